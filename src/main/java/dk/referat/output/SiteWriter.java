package dk.referat.output;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a fresh folder beside the destination and swaps it in only when everything is
 * written. A build that fails leaves the previous site exactly as it was.
 *
 * <p>Swapping replaces the whole destination, so it only ever replaces a folder that is empty or
 * that Referat wrote (it carries the {@value #MARKER} file): a mistyped {@code --output} must never
 * delete someone's documents.
 *
 * <p>Every text written passes {@link PublicationCheck}: whatever output is added, no CPR number
 * leaves the build in it.
 */
public final class SiteWriter implements AutoCloseable {
    public static final String MARKER = ".referat-site";
    private final Path destination;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    private SiteWriter(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * @param siteRoot      the site folder, which the destination must not be or contain
     * @param sourceFolders content/, data/, templates/, assets/: the destination must not be, contain or lie inside them
     * @throws ToldFailure when the destination is not safe to replace, or no folder can be made beside it
     */
    public static SiteWriter open(Path destination, Path siteRoot, List<Path> sourceFolders) {
        Objects.requireNonNull(destination, "destination");
        Path target = destination.toAbsolutePath().normalize();
        for (Path folder : sourceFolders) {
            Path source = folder.toAbsolutePath().normalize();
            if (target.startsWith(source)) {
                throw new ToldFailure(Message.of("output.inside-sources", String.valueOf(target), String.valueOf(source)));
            }
        }
        for (Path folder : java.util.stream.Stream.concat(java.util.stream.Stream.of(siteRoot), sourceFolders.stream()).toList()) {
            Path source = folder.toAbsolutePath().normalize();
            if (source.startsWith(target)) {
                throw new ToldFailure(Message.of("output.holds-sources", String.valueOf(target), String.valueOf(source)));
            }
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new ToldFailure(Message.of("output.not-empty", String.valueOf(target)));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ToldFailure(Message.of("output.is-file", String.valueOf(target)));
        }
        try {
            Files.createDirectories(target.getParent());
            removeLeftovers(target);
            // The staging folder carries the process id, so a later build can tell a killed build's
            // leftovers from the folder of a build still running.
            Path staging = Files.createTempDirectory(target.getParent(),
                    "." + target.getFileName() + ".new-" + ProcessHandle.current().pid() + "-");
            Files.writeString(staging.resolve(MARKER), "This folder was written by Referat and is replaced whole by each build.\n");
            return new SiteWriter(target, staging);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("output.no-staging", String.valueOf(target)), e);
        }
    }

    /**
     * @param sitePath a site-absolute address, percent-encoded as in links: "/x/" is written as
     *                 x/index.html, "/sitemap.xml" as it is, "/x/Bilag%201.pdf" as "x/Bilag 1.pdf"
     */
    public void write(String sitePath, String content) {
        Path file = fileFor(sitePath);
        PublicationCheck.check(sitePath, content);
        try {
            Files.createDirectories(file.getParent());
            writeWhole(file, content.getBytes(StandardCharsets.UTF_8));
            files.incrementAndGet();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-write", String.valueOf(file)), e);
        }
    }

    /** Text written to a file as it is made, for outputs that grow with the site (calendars, indexes, the sitemap). */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /** Writes a file as its content is made, in UTF-8, never holding the whole of it in memory. */
    public void write(String sitePath, Content content) {
        Path file = fileFor(sitePath);
        try {
            Files.createDirectories(file.getParent());
            try (java.io.Writer out = new PublicationCheck.Checked(Files.newBufferedWriter(file, StandardCharsets.UTF_8), sitePath)) {
                content.writeTo(out);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-write", String.valueOf(file)), e);
        }
    }

    /**
     * Writes a stream, replacing a file already written at the same place (a site asset over a bundled
     * one). A text file (a stylesheet, a script) is checked as every written text is.
     */
    public void write(String sitePath, InputStream in) {
        Path file = fileFor(sitePath);
        try {
            Files.createDirectories(file.getParent());
            boolean replaces = Files.exists(file);
            if (PublicationCheck.isText(sitePath)) {
                byte[] bytes = in.readAllBytes();
                PublicationCheck.check(sitePath, new String(bytes, StandardCharsets.UTF_8));
                in = new java.io.ByteArrayInputStream(bytes);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (!replaces) files.incrementAndGet();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-write", String.valueOf(file)), e);
        }
    }

    public void copy(Path source, String sitePath) {
        try (InputStream in = Files.newInputStream(source)) {
            write(sitePath, in);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-copy", String.valueOf(source)), e);
        }
    }

    /** The unfinished site's folder, for tools that add to it before it is swapped in (the search index). */
    public Path folder() {
        return staging;
    }

    public int filesWritten() {
        return files.get();
    }

    /** Puts the new site in place of the old one. */
    public void commit() {
        Path old = destination.resolveSibling("." + destination.getFileName() + ".old-" + ProcessHandle.current().pid());
        try {
            boolean hadSite = Files.exists(destination);
            if (hadSite) move(destination, old);
            try {
                move(staging, destination);
            } catch (IOException e) {
                if (hadSite) move(old, destination);
                throw e;
            }
            committed = true;
            if (hadSite) deleteTree(old);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("output.not-in-place", String.valueOf(destination)), e);
        }
    }

    /** Removes the unfinished folder when the build did not commit. */
    @Override
    public void close() {
        if (committed) return;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("output.unfinished-left", String.valueOf(staging)), e);
        }
    }

    private Path fileFor(String sitePath) {
        return fileIn(staging, sitePath);
    }

    /** Where a page's file is in a site folder. */
    static Path fileIn(Path site, String sitePath) {
        if (!sitePath.startsWith("/")) throw new IllegalArgumentException("sitePath must start with '/': " + sitePath);
        String relative = URI.create(sitePath).getPath().substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) relative = relative + "index.html";
        Path file = site.resolve(relative).normalize();
        if (!file.startsWith(site)) throw new IllegalArgumentException("sitePath leaves the site: " + sitePath);
        return file;
    }

    /**
     * Replaces one file of a finished site in place ({@code serve}'s preview folder, which it alone
     * writes): the new bytes go to a temporary file beside it and are moved over the old one, so the
     * preview server never sends half a page. A file whose bytes are unchanged is left alone.
     *
     * @return true when the file was written
     */
    public static boolean replace(Path site, String sitePath, String content) {
        Path file = fileIn(site, sitePath);
        PublicationCheck.check(sitePath, content);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path next = Files.createTempFile(file.getParent(), ".referat-", ".tmp");
            try {
                writeWhole(next, bytes);
                try {
                    Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(next);
            }
            return true;
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-write", String.valueOf(file)), e);
        }
    }

    /**
     * One write for the whole file: Files.write writes in 8 KB pieces, a system call each, and system
     * calls are most of what writing 30,000 pages costs on a disk.
     */
    private static void writeWhole(Path file, byte[] content) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) channel.write(bytes);
        }
    }

    /** Copies a file into a finished site in place, as {@link #replace} writes a page. */
    public static void copy(Path site, Path source, String sitePath) {
        Path file = fileIn(site, sitePath);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-copy", String.valueOf(source)), e);
        }
    }

    /** Removes one file of a finished site in place, for a page the site no longer has. */
    public static void remove(Path site, String sitePath) {
        Path file = fileIn(site, sitePath);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-remove", String.valueOf(file)), e);
        }
    }

    /** Removes what builds killed mid-way (kill -9, power loss) left beside the destination. */
    private static void removeLeftovers(Path target) throws IOException {
        java.util.regex.Pattern leftover = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + target.getFileName()) + "\\.(?:new|old)-(\\d+)(?:-.*)?");
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                java.util.regex.Matcher m = leftover.matcher(sibling.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-read", String.valueOf(folder)), e);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
