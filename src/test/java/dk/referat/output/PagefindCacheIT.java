package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, started from a folder of its own, builds a site that has no Node project
 * (no package.json, no node_modules) with search: Referat installs its pinned Pagefind into its cache
 * once, says so, and later builds use it.
 */
class PagefindCacheIT {

    static Process start(Path workingFolder, Path site, Path output, Path cache) throws Exception {
        Path jar = TestSites.jar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "build", site.toString(), "--output",
                output.toString()).directory(workingFolder.toFile()).redirectErrorStream(true);
        builder.environment().put("REFERAT_CACHE", cache.toString());
        builder.environment().remove("REFERAT_PAGEFIND");
        return builder.start();
    }

    static String build(Path workingFolder, Path site, Path output, Path cache) throws Exception {
        Process run = start(workingFolder, site, output, cache);
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, run.exitValue(), out);
        return out;
    }

    @Test
    void aCacheFolderWithoutPagefindInItIsNamedWithTheFix(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("minsite"));
        Path cache = tmp.resolve("cache");
        Files.createDirectories(cache.resolve("pagefind-1.6.0/node_modules"));
        Files.writeString(cache.resolve("pagefind-1.6.0/node_modules/left-over"), "");
        Process run = start(tmp, site, tmp.resolve("out"), cache);
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(10, TimeUnit.MINUTES));
        assertEquals(1, run.exitValue(), out);
        assertTrue(out.contains(cache.resolve("pagefind-1.6.0") + " findes, men indeholder ingen Pagefind: slet mappen, så installerer"
                + " næste kørsel Pagefind igen"), out);
    }

    @Test
    void aSiteWithoutANodeProjectGetsSearchFromTheCache(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("minsite"));
        Path elsewhere = Files.createDirectories(tmp.resolve("somewhere-else"));
        Path cache = tmp.resolve("cache");

        String first = build(elsewhere, site, tmp.resolve("out1"), cache);
        assertTrue(first.contains("Referat: installerede Pagefind 1.6.0 til søgeindekset i " + cache.resolve("pagefind-1.6.0")),
                first);
        assertTrue(Files.isRegularFile(tmp.resolve("out1/pagefind/pagefind-entry.json")), first);
        assertFalse(Files.exists(site.resolve("node_modules")) || Files.exists(site.resolve("package.json")),
                "nothing is installed into the site");

        String second = build(elsewhere, site, tmp.resolve("out2"), cache);
        assertFalse(second.contains("installerede Pagefind"), second);
        assertTrue(Files.isRegularFile(tmp.resolve("out2/pagefind/pagefind-entry.json")), second);
        try (var left = Files.list(cache)) {
            assertEquals(java.util.List.of(cache.resolve("pagefind-1.6.0")), left.toList(), "no half-installed folder is left");
        }
    }
}
