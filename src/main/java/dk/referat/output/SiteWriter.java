package dk.referat.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a fresh folder beside the destination and swaps it in only when everything is
 * written. A build that fails leaves the previous site exactly as it was.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path destination;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    private SiteWriter(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    public static SiteWriter open(Path destination) {
        Objects.requireNonNull(destination, "destination");
        Path target = destination.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
            return new SiteWriter(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target, e);
        }
    }

    /** @param sitePath site-absolute: "/x/" is written as x/index.html, "/sitemap.xml" as it is */
    public void write(String sitePath, String content) {
        Path file = fileFor(sitePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a stream, replacing a file already written at the same place (a site asset over a bundled one). */
    public void write(String sitePath, java.io.InputStream in) {
        Path file = fileFor(sitePath);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void copy(Path source, String sitePath) {
        Path file = fileFor(sitePath);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + file, e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(fileFor(sitePath));
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
            move(staging, destination);
            committed = true;
            if (hadSite) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + destination, e);
        }
    }

    /** Removes the unfinished folder when the build did not commit. */
    @Override
    public void close() {
        if (committed) return;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished site at " + staging, e);
        }
    }

    private Path fileFor(String sitePath) {
        if (!sitePath.startsWith("/")) throw new IllegalArgumentException("sitePath must start with '/': " + sitePath);
        String relative = sitePath.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) relative = relative + "index.html";
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) throw new IllegalArgumentException("sitePath leaves the site: " + sitePath);
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
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
