package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (as `referat serve` runs) renders only the pages a change touches, and its
 * output is byte-identical to a full build of the same content, so nothing goes stale.
 */
class IncrementalBuildTest {

    @Test
    void aOneRecordChangeRendersFewPagesAndMatchesAFullBuild(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("relations", tmp.resolve("source"));
        SiteConfig incremental = ConfigReader.read(site).withDestination(tmp.resolve("incremental")).withSearch(false);
        BuildCache cache = new BuildCache();
        BuildResult first = Referat.build(incremental, cache);
        assertEquals(first.pages(), first.rendered(), "the first build renders everything");

        Path record = site.resolve("content/byraadet/2021-03-24.md");
        Files.writeString(record, Files.readString(record).replace("Vedtaget.", "Vedtaget med 25 stemmer mod 6."));
        BuildResult second = Referat.build(incremental, cache);
        System.out.printf("incremental: %d of %d pages rendered after a one-record edit%n", second.rendered(), second.pages());
        assertTrue(second.rendered() > 0 && second.rendered() <= 3, second.rendered() + " pages rendered");
        assertEquals(1, cache.parsed().parsedLastBuild(), "only the changed record was read again");
        assertSameAsFullBuild(site, tmp, "full-1");

        // A relation removed on one side disappears from the other side too.
        Path oeu = site.resolve("content/oekonomiudvalget/2021-03-03.md");
        Files.writeString(oeu, Files.readString(oeu).replace("relations:\n  - type: recommends-to\n    to: byraadet/2021-03-24\n    item: 7\n", ""));
        BuildResult third = Referat.build(incremental, cache);
        assertTrue(third.rendered() < third.pages(), third.rendered() + " of " + third.pages());
        assertTrue(TestSites.page(tmp.resolve("incremental"), "/byraadet/2021-03-24/").select("#punkt-7 .relations").isEmpty());
        assertSameAsFullBuild(site, tmp, "full-2");

        Map<String, String> before = files(tmp.resolve("incremental"));
        BuildResult unchanged = Referat.build(incremental, cache);
        assertEquals(0, unchanged.rendered(), "nothing changed, nothing rendered");
        assertEquals(third.pages(), unchanged.pages());
        assertEquals(third.warnings(), unchanged.warnings(), "the warnings are still reported");
        assertEquals(before, files(tmp.resolve("incremental")), "nothing was written");

        // A template is an input too: changing one renders again, even though no record changed.
        Path templates = site.resolve("templates");
        Files.createDirectories(templates);
        try (var in = IncrementalBuildTest.class.getClassLoader().getResourceAsStream("referat/theme/templates/404.peb")) {
            Files.write(templates.resolve("404.peb"), in.readAllBytes());
        }
        Files.writeString(templates.resolve("404.peb"), Files.readString(templates.resolve("404.peb")).replace("</h1>", " (ændret)</h1>"));
        BuildResult afterTemplate = Referat.build(incremental, cache);
        assertTrue(afterTemplate.rendered() > 0, "a changed template renders again");
        assertTrue(Files.readString(tmp.resolve("incremental/404.html")).contains("(ændret)"));
        assertSameAsFullBuild(site, tmp, "full-3");
    }

    private static void assertSameAsFullBuild(Path site, Path tmp, String name) throws IOException {
        TestSites.build(site, tmp.resolve(name));
        assertEquals(files(tmp.resolve(name)), files(tmp.resolve("incremental")));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
