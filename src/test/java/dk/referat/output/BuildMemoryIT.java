package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import dk.referat.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole site — pages, feeds, calendars, open data and the search index — is built in the heap its
 * pages alone need: no output gathers the site in memory. Run as `./referat build` runs, on the jar
 * `mvn package` made, in a Java of its own with a fixed heap, on a generated 2,000-record archive.
 * And running out of memory ends with a message saying what to do, not a stack trace, and leaves the
 * previous site as it was.
 */
class BuildMemoryIT {
    /**
     * Just above what the pages alone need on this corpus (their smallest heap, measured, is in
     * docs/performance.md): a build that held all search records, feeds or open data at once needs more.
     */
    static final String HEAP = "-Xmx100m";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void corpus() throws IOException {
        site = tmp.resolve("archive");
        CorpusGenerator.generate(2000, site, 42);
    }

    @Test
    void theFullSiteBuildsInTheHeapItsPagesNeed() throws Exception {
        Path output = tmp.resolve("full");
        Run run = referat(HEAP, "build", site.toString(), "--output", output.toString());
        assertEquals(0, run.exit(), run.output());
        for (String file : List.of("index.html", "feed.xml", "kalender.ics", "data.json", "sitemap.xml", "pagefind/pagefind-entry.json")) {
            assertTrue(Files.isRegularFile(output.resolve(file)), file + " is written");
        }
        assertTrue(Files.readString(output.resolve("pagefind/pagefind-entry.json")).contains("\"page_count\""), "the search index is built");
    }

    @Test
    void runningOutOfMemorySaysWhatToDoAndLeavesThePreviousSite() throws Exception {
        Path output = tmp.resolve("kept");
        TestSites.build(TestSites.repository(), output);
        Map<String, String> before = TestSites.digests(output);

        Run run = referat("-Xmx24m", "build", site.toString(), "--output", output.toString(), "--no-search");

        assertEquals(1, run.exit(), run.output());
        String[] lines = run.output().strip().split("\n");
        assertTrue(lines[lines.length - 2].matches("sitet blev ikke bygget: trinnet \"(indlæsning|sammenkobling|sider|efterbehandling"
                + "|skrivning)\" stoppede, da Java løb tør for hukommelse \\(dens heap er \\d+ MB\\)( under arbejdet med .+)?, (før|da) .+;"
                + " intet blev skrevet, det forrige site er som det var"), run.output());
        assertEquals("    løsning: giv Java mere hukommelse: ./referat tager op til 40 % af maskinens (REFERAT_JAVA_OPTS=\"-XX:+UseParallelGC"
                + " -XX:MaxRAMPercentage=70\" for mere), java -jar en fjerdedel, hvis ikke andet er sagt (java -Xmx8g -jar …); heap'en"
                + " rummer dokumenternes tekst, omkring 50 MB for hver 1.000 dokumenter, uanset hvad der ellers bygges", lines[lines.length - 1]);
        assertFalse(run.output().contains("\tat ") || run.output().contains("Exception"), "no Java stack trace: " + run.output());
        assertEquals(before, TestSites.digests(output), "the previous site is as it was");
    }

    record Run(int exit, String output) {
    }

    /** The command line as a user runs it: a Java of its own, on the runnable jar, from the repository. */
    static Run referat(String heap, String... args) throws IOException, InterruptedException {
        Path jar = TestSites.jar();
        assertTrue(Files.isRegularFile(jar), "mvn package builds " + jar + " before the integration tests");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseParallelGC", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(tmp, "referat-", ".log");
        Process process = new ProcessBuilder(command).directory(TestSites.repository().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not finish in 10 minutes: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).replace("\r", "\n"));
    }
}
