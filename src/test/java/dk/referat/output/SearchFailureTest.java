package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When Pagefind fails or takes too long, the build ends with a message that says how far it got and
 * what to do, without a Java stack trace, and the site that was there stays as it was. A stand-in
 * for Pagefind in the site's node_modules plays the failing program; its own child is stopped too.
 */
class SearchFailureTest {

    @Test
    void aFailingPagefindStopsTheBuildWithHowFarItGotAndTheFix(@TempDir Path tmp) throws IOException {
        Path site = withPagefind(tmp, """
                export const createIndex = async () => ({ errors: [], index: {
                  addHTMLFile: async () => ({ errors: [] }),
                  writeFiles: async () => { throw new Error("memory allocation of 1073741824 bytes failed"); } } });
                export const close = async () => null;
                """);
        Path output = tmp.resolve("public");
        Map<String, String> before = previousSite(site, output);

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> Referat.build(config(site, output)));

        assertTrue(e.getMessage().startsWith("build failed in step \"write\": search index: Pagefind failed with 8 pages to"
                + " index, after all 8 pages read, writing the index: "), e.getMessage());
        assertTrue(e.getMessage().contains("memory allocation of 1073741824 bytes failed"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; fix: if it ran out of memory, give the machine more (Pagefind is a program of its own,"
                + " outside Java's heap, and needs about 0.5 MB for each page it indexes), or build without search"
                + " (referat.search=off or --no-search)"), e.getMessage());
        assertEquals(before, TestSites.digests(output), "the previous site is as it was");
    }

    @Test
    void aPagefindThatTakesTooLongIsStoppedWithItsChild(@TempDir Path tmp) throws Exception {
        Path pid = tmp.resolve("child.pid");
        Path site = withPagefind(tmp, """
                import { spawn } from "node:child_process";
                import { writeFileSync } from "node:fs";
                export const createIndex = async () => {
                  const child = spawn("sleep", ["600"], { stdio: "ignore" });
                  writeFileSync(%s, String(child.pid));
                  return { errors: [], index: { addHTMLFile: () => new Promise(() => {}), writeFiles: async () => ({ errors: [] }) } };
                };
                export const close = async () => null;
                """.formatted(jsString(pid.toString())));
        Path output = tmp.resolve("public");
        Map<String, String> before = previousSite(site, output);

        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> Referat.build(config(site, output).withSearchTimeout(Duration.ofSeconds(3))));

        assertEquals("build failed in step \"write\": search index: Pagefind took more than 3 seconds and was stopped with 8"
                + " pages to index, before it had read them; fix: allow it longer with referat.search.timeout (minutes) in jbake.properties, or build"
                + " without search (referat.search=off or --no-search)", e.getMessage());
        long child = Long.parseLong(Files.readString(pid).strip());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "Pagefind's own program is stopped too");
        assertEquals(before, TestSites.digests(output), "the previous site is as it was");
    }

    /** The relations fixture with a stand-in for Pagefind's Node API in its node_modules. */
    private static Path withPagefind(Path tmp, String module) throws IOException {
        Path site = TestSites.copy("relations", tmp.resolve("site"));
        Path lib = Files.createDirectories(site.resolve("node_modules/pagefind/lib"));
        Files.writeString(lib.resolve("index.js"), module);
        Files.writeString(site.resolve("node_modules/pagefind/package.json"), "{\"type\": \"module\"}");
        return site;
    }

    private static Map<String, String> previousSite(Path site, Path output) {
        TestSites.build(site, output);
        return TestSites.digests(output);
    }

    private static SiteConfig config(Path site, Path output) {
        return ConfigReader.read(site).withDestination(output).withSearch(true);
    }

    private static String jsString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
