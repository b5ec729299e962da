package dk.referat;

import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds whole sites for tests and reads their pages back, parsed, as a browser would see them. */
public final class TestSites {
    private TestSites() {
    }

    /** The repository root (Maven passes it; an IDE runs from it). */
    public static Path repository() {
        return Path.of(System.getProperty("referat.repository", System.getProperty("user.dir"))).toAbsolutePath();
    }

    /** The engine as a runnable jar, as {@code mvn package} made it ({@code target/referat-VERSION.jar}). */
    public static Path jar() {
        String made = System.getProperty("referat.jar");
        if (made != null) return Path.of(made);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(repository().resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("referat-\\d.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/referat-VERSION.jar: run mvn package"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample site built from content/, once per test run, for the tests that only read it. */
    public record Sample(Path site, BuildResult result) {
    }

    private static Sample sample;

    public static synchronized Sample sample() {
        if (sample == null) {
            try {
                Path tmp = Files.createTempDirectory("referat-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        dk.referat.output.SiteWriter.deleteTree(tmp);
                    } catch (IOException ignored) {
                        // A temporary folder left behind is harmless.
                    }
                }));
                Path site = tmp.resolve("site");
                sample = new Sample(site, build(repository(), site));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    /** A template of the bundled theme, as the jar carries it. */
    public static String bundledTemplate(String name) {
        try (var in = TestSites.class.getClassLoader().getResourceAsStream("referat/theme/templates/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture site under src/test/sites/. */
    public static Path fixture(String name) {
        return repository().resolve("src/test/sites").resolve(name);
    }

    /**
     * A scenario written as one text file, {@code src/test/sites/NAME.txtar}, as Hugo's integration
     * tests write theirs: each file of the site follows a line {@code -- path --} (lines before the
     * first are a comment). A site that does not write {@code data/committees.yaml} gets the shared one
     * (src/test/sites/shared/committees.yaml: Byrådet and Økonomiudvalget of Eksempel Kommune).
     *
     * @return {@code into}, holding the site
     */
    public static Path scenario(String name, Path into) {
        try {
            String text = Files.readString(fixture(name + ".txtar"), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("(?m)^-- (\\S.*?) --$\n?").matcher(text);
            java.util.List<String> names = new java.util.ArrayList<>();
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            while (file.find()) {
                if (!spans.isEmpty()) spans.get(spans.size() - 1)[1] = file.start();
                names.add(file.group(1));
                spans.add(new int[] {file.end(), text.length()});
            }
            for (int i = 0; i < names.size(); i++) {
                Path target = into.resolve(names.get(i)).normalize();
                if (!target.startsWith(into)) throw new IllegalArgumentException(name + ": " + names.get(i) + " leaves the site");
                Files.createDirectories(target.getParent());
                Files.writeString(target, text.substring(spans.get(i)[0], spans.get(i)[1]), java.nio.charset.StandardCharsets.UTF_8);
            }
            sharedCommittees(into);
            return into;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final java.util.Set<String> WRITTEN = new java.util.HashSet<>();

    /** A scenario written out afresh once per test run under target/scenarios/, for tests that only read it. */
    public static synchronized Path scenario(String name) {
        Path into = repository().resolve("target/scenarios").resolve(name);
        if (WRITTEN.add(name)) {
            try (Stream<Path> old = Files.exists(into) ? Files.walk(into) : Stream.empty()) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            scenario(name, into);
        }
        return into;
    }

    /** A fixture copied to a temporary folder, for tests that add files (such as PDFs they write). */
    public static Path copy(String fixture, Path into) {
        Path from = fixture(fixture);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = into.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
            sharedCommittees(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** A site that does not test committees gets the shared src/test/sites/shared/committees.yaml. */
    private static void sharedCommittees(Path site) throws IOException {
        Path committees = site.resolve("data/committees.yaml");
        if (Files.exists(committees)) return;
        Files.createDirectories(committees.getParent());
        Files.copy(fixture("shared/committees.yaml"), committees);
    }

    /**
     * The warnings about the content: a fixture without jbake.properties also gets one warning per
     * unset accessibility statement key (StatementPageTest checks those).
     */
    public static java.util.List<dk.referat.diagnostics.Problem> contentWarnings(BuildResult result) {
        return result.warnings().stream().filter(w -> !w.file().equals(ConfigReader.FILE_NAME)).toList();
    }

    /** Builds without the search index, which needs Node.js; SearchTest builds with it. */
    public static BuildResult build(Path site, Path output) {
        SiteConfig config = ConfigReader.read(site).withDestination(output).withSearch(false);
        return Referat.build(config);
    }

    /** The page at a site-absolute address ("/x/2020-02-12/"), parsed. */
    public static Document page(Path output, String sitePath) {
        String relative = sitePath.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) relative += "index.html";
        return read(output.resolve(relative));
    }

    public static Document read(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of a built site. */
    public static java.util.List<Path> htmlFiles(Path output) {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A snapshot of a folder (every file's path and bytes), to prove a failed build changed nothing. */
    public static java.util.Map<String, String> snapshot(Path folder) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Each file's path and SHA-256, for folders that hold PDFs as well as text. */
    public static java.util.Map<String, String> digests(Path folder) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(folder.relativize(p).toString(), java.util.HexFormat.of().formatHex(sha));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
