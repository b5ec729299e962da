package dk.referat.source;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The site's files as git has known them: each file's revisions, newest first, read with one
 * {@code git log} for the whole site, and any revision's text on demand from one {@code git cat-file}
 * process. Only times and texts are taken from git, never commit messages or authors: what git says
 * of a change is written for developers, not citizens. Outside a git repository, or without git,
 * there is no history and the build goes on.
 */
public final class GitHistory implements AutoCloseable {
    /** No history: a site outside git. */
    public static final GitHistory NONE = new GitHistory(null, Map.of());
    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';
    private static final String DELETED = "0".repeat(40);

    /**
     * One commit that changed a file.
     *
     * @param blob the file's content in that commit as git names it (its SHA-1); empty when the commit deleted the file
     */
    public record Revision(String commit, Instant time, String blob) {
        public Revision {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(blob, "blob");
        }

        public boolean deleted() {
            return blob.isEmpty();
        }
    }

    private final Path root;
    private final Map<String, List<Revision>> revisions;
    private Process catFile;
    private InputStream catFileOut;

    private GitHistory(Path root, Map<String, List<Revision>> revisions) {
        this.root = root;
        this.revisions = revisions;
    }

    /** The history of the site folder, or {@link #NONE}. */
    public static GitHistory read(Path siteRoot) {
        if (!hasGit()) return NONE;
        try {
            // core.quotePath=false: git would otherwise quote "økonomiudvalget" as "\303\270konomiudvalget".
            Process git = new ProcessBuilder("git", "-c", "core.quotePath=false", "-C", siteRoot.toString(), "log",
                    "--no-renames", "--relative", "--raw", "--no-abbrev", "--format=" + RECORD + "%H" + FIELD + "%cI", "--", ".")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) return NONE;
            Map<String, List<Revision>> byFile = new HashMap<>();
            for (String commit : out.split(String.valueOf(RECORD))) {
                if (commit.isBlank()) continue;
                String[] lines = commit.split("\n");
                String[] head = lines[0].split(String.valueOf(FIELD), 2);
                Instant time = OffsetDateTime.parse(head[1].strip()).toInstant();
                for (int i = 1; i < lines.length; i++) {
                    // ":100644 100644 <old blob> <new blob> M\t<path>"
                    String line = lines[i];
                    int tab = line.indexOf('\t');
                    if (!line.startsWith(":") || tab < 0) continue;
                    String[] fields = line.substring(1, tab).split(" ");
                    String blob = fields[3].equals(DELETED) ? "" : fields[3];
                    byFile.computeIfAbsent(line.substring(tab + 1), k -> new ArrayList<>()).add(new Revision(head[0], time, blob));
                }
            }
            byFile.replaceAll((file, list) -> List.copyOf(list));
            return new GitHistory(siteRoot, byFile);
        } catch (IOException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** @param file relative to the site folder, as the editor knows it ("content/x/2020-02-12.md") */
    public List<Revision> revisions(String file) {
        return revisions.getOrDefault(file, List.of());
    }

    /** The files git has seen, present or deleted. */
    public java.util.Set<String> files() {
        return revisions.keySet();
    }

    /** A revision's text, read through one {@code git cat-file --batch} kept open until {@link #close}. */
    public synchronized Optional<byte[]> content(Revision revision) {
        if (root == null || revision.deleted()) return Optional.empty();
        try {
            if (catFile == null || !catFile.isAlive()) {
                catFile = new ProcessBuilder("git", "-C", root.toString(), "cat-file", "--batch")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                catFileOut = new BufferedInputStream(catFile.getInputStream());
            }
            OutputStream in = catFile.getOutputStream();
            in.write((revision.blob() + "\n").getBytes(StandardCharsets.US_ASCII));
            in.flush();
            // "<sha> blob <size>\n<content>\n", or "<sha> missing\n"
            String[] header = readLine(catFileOut).split(" ");
            if (header.length < 3) return Optional.empty();
            byte[] content = catFileOut.readNBytes(Integer.parseInt(header[2]));
            catFileOut.read();
            return Optional.of(content);
        } catch (IOException | NumberFormatException e) {
            close();
            return Optional.empty();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) line.append((char) c);
        return line.toString();
    }

    /** How git names a file's content: the SHA-1 of "blob SIZE\0" and the bytes. */
    public static String blobName(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    /** Ends the {@code git cat-file} process, if one runs; a later {@link #content} starts another. */
    @Override
    public synchronized void close() {
        if (catFile == null) return;
        catFile.destroy();
        try {
            catFile.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catFile = null;
        catFileOut = null;
    }

    private static boolean hasGit() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "git"))) return true;
        }
        return false;
    }
}
