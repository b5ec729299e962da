package dk.referat.browser;

import dk.referat.TestPdfs;
import dk.referat.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages the browser and validator checks cover: every page of the sample site as `mvn package`
 * built it, and every page of the attachments fixture, whose PDFs bring the page kinds the sample
 * site lacks (a PDF's text and facts, a filled accessibility report).
 */
final class SitesUnderTest {
    private SitesUnderTest() {
    }

    static Path sample() {
        Path site = Path.of(System.getProperty("referat.site.output",
                TestSites.repository().resolve("target/site").toString()));
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("the sample site is not built at " + site + "; run mvn verify, which builds it first");
        }
        return site;
    }

    /** Builds the attachments fixture (with its PDFs) into a folder under target/. */
    static Path attachments() {
        Path work = TestSites.repository().resolve("target/it-sites");
        Path source = work.resolve("attachments-source");
        Path output = work.resolve("attachments");
        try {
            if (Files.exists(work)) {
                try (var walk = Files.walk(work)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestSites.copy("attachments", source);
        Path bilag = source.resolve("content/oekonomiudvalget/bilag");
        TestPdfs.write(bilag.resolve("budgetnotat.pdf"), null, null, false, "Økonomi og velfærd – side ét", "Side to");
        TestPdfs.write(bilag.resolve("tilgaengelig.pdf"), "Tilgængeligt notat", "da-DK", true, "Tagget tekst");
        TestPdfs.write(bilag.resolve("lukket.pdf"), "Lukket", "da", false, "Lukket indhold");
        TestSites.build(source, output);
        return output;
    }

    /** Every HTML page of the given sites; the WAS redirect is not a page to read but a pointer elsewhere. */
    static List<Path> pages(Path... sites) {
        List<Path> pages = new ArrayList<>();
        for (Path site : sites) {
            pages.addAll(TestSites.htmlFiles(site).stream().filter(p -> !site.relativize(p).startsWith("was")).toList());
        }
        return pages;
    }
}
