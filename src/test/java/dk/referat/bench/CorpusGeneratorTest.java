package dk.referat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures a real site: a small generated corpus builds, with case pages, relations and attachments. */
class CorpusGeneratorTest {

    @Test
    void aSmallCorpusBuildsWithCasesRelationsAndAttachments(@TempDir Path tmp) throws Exception {
        CorpusGenerator.generate(120, tmp.resolve("site"), 7);
        BuildResult result = TestSites.build(tmp.resolve("site"), tmp.resolve("out"));
        assertEquals(java.util.List.of(), result.warnings());
        try (Stream<Path> cases = Files.list(tmp.resolve("out/sager"))) {
            assertTrue(cases.filter(Files::isDirectory).count() > 20, "case pages");
        }
        long relations = 0;
        long shared = 0;
        try (Stream<Path> pages = Files.walk(tmp.resolve("out"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith("index.html")).toList()) {
                var doc = TestSites.read(page);
                relations += doc.select(".relations li a").size();
                shared += doc.select(".timeline-entry").size() > 1 ? 1 : 0;
            }
        }
        assertTrue(relations > 10, relations + " relation links");
        assertTrue(shared > 5, shared + " case timelines with more than one treatment");
        try (Stream<Path> pdfs = Files.walk(tmp.resolve("out"))) {
            assertTrue(pdfs.anyMatch(p -> p.toString().endsWith(".pdf")), "PDF attachments are published");
        }
        CorpusGenerator.generate(120, tmp.resolve("again"), 7);
        assertEquals(Files.readString(tmp.resolve("site/data/committees.yaml")), Files.readString(tmp.resolve("again/data/committees.yaml")));
        try (Stream<Path> a = Files.walk(tmp.resolve("site/content")); Stream<Path> b = Files.walk(tmp.resolve("again/content"))) {
            assertEquals(a.filter(p -> p.toString().endsWith(".md")).map(p -> tmp.resolve("site").relativize(p).toString()).sorted().toList(),
                    b.filter(p -> p.toString().endsWith(".md")).map(p -> tmp.resolve("again").relativize(p).toString()).sorted().toList(),
                    "the same seed gives the same corpus");
        }
    }
}
