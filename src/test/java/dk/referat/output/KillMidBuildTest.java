package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import dk.referat.bench.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of writing (power loss, an impatient CI runner) leaves the
 * previous site exactly as it was, and the next build clears away what the killed one left.
 */
class KillMidBuildTest {

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteUntouched(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("public");
        TestSites.build(TestSites.repository(), output);
        Map<String, String> before = TestSites.digests(output);

        Path big = tmp.resolve("big");
        CorpusGenerator.generate(400, big, 11);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dk.referat.cli.Main",
                "build", big.toString(), "--output", output.toString(), "--no-search")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
        try {
            // Kill it once it is well into writing pages into its unfinished folder.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (pagesWritten(tmp) < 100) {
                assertTrue(build.isAlive(), "the build ended before it could be killed: " + Files.readString(tmp.resolve("build.log")));
                assertTrue(System.nanoTime() < deadline, "the build never started writing");
                Thread.sleep(20);
            }
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
        } finally {
            build.destroyForcibly();
        }
        assertEquals(137, build.exitValue(), "killed by SIGKILL");
        assertTrue(pagesWritten(tmp) >= 100, "the killed build left its unfinished folder behind");
        assertEquals(before, TestSites.digests(output), "the previous site is exactly as it was");

        TestSites.build(big, output);
        assertTrue(Files.isRegularFile(output.resolve("udvalg-01/index.html")), "the next build goes through");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public.")).toList(),
                    "the next build removed what the killed one left");
        }
    }

    /** Pages in the unfinished folder of a build into tmp/public, if there is one. */
    private static long pagesWritten(Path tmp) throws Exception {
        try (Stream<Path> siblings = Files.list(tmp)) {
            for (Path staging : siblings.filter(p -> p.getFileName().toString().startsWith(".public.new-")).toList()) {
                try (Stream<Path> files = Files.walk(staging)) {
                    return files.filter(p -> p.toString().endsWith(".html")).count();
                } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
