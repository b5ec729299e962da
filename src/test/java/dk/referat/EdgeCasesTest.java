package dk.referat;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.diagnostics.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/test/sites/edge-cases: hostile links, odd file names and item headings that could collide. */
class EdgeCasesTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path source;
    static dk.referat.BuildResult result;

    @BeforeAll
    static void build() {
        source = TestSites.copy("edge-cases", tmp.resolve("source"));
        TestPdfs.write(source.resolve("content/byraadet/bilag/Bilag 1 #2.pdf"), "Bilag", "da", true, "Tekst");
        site = tmp.resolve("site");
        result = TestSites.build(source, site);
    }

    @Test
    void noScriptReachesAnyPage() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = TestSites.read(file);
                // Only Referat's own search script, on the search page, may load.
                assertTrue(doc.select("script:not([src$=assets/search.js]):not([type=application/ld+json]), [onerror], [onload]").isEmpty(),
                        file.toString());
                for (String url : doc.select("[href], [src]").eachAttr("abs:href")) {
                    String lower = url.toLowerCase(Locale.ROOT);
                    assertFalse(lower.startsWith("javascript:") || lower.startsWith("data:"), file + ": " + url);
                }
            }
        }
        Document doc = TestSites.page(site, "/byraadet/2020-02-12/");
        assertEquals(List.of("https://ok.example/sti"), doc.select("#punkt-26 .item-section a[href]").eachAttr("href"));
        assertEquals(List.of("a", "b", "c", "d"), doc.select("#punkt-26 .item-section a").eachText(),
                "the link texts stay, without their unsafe addresses");
        assertFalse(doc.text().contains("alert("), "raw script is removed, not shown");
        assertEquals(List.of(
                "content/byraadet/2020-02-12.md:8:1: warning: raw HTML is not published as written: <script> removed",
                "content/byraadet/2020-02-12.md:22:8: warning: the address 'JAVASCRIPT:alert(1)' is not published; the link text is",
                "content/byraadet/2020-02-12.md:22:34: warning: the address 'javascript:alert(2)' is not published; the link text is",
                "content/byraadet/2020-02-12.md:23:1: warning: the address 'data:text/html;base64,PHNjcmlwdD4=' is not published; the link text is",
                "content/byraadet/2020-02-12.md:23:42: warning: the address 'javascript:alert(3)' is not published; the link text is",
                "content/byraadet/2020-02-12.md:23:69: warning: raw HTML is not published as written: the attribute onerror on <img> removed"),
                TestSites.contentWarnings(result).stream().map(w -> w.format(Language.ENGLISH).lines().findFirst().orElse("")).toList());
    }

    @Test
    void numberedItemsKeepTheirAnchorsAndNoIdIsUsedTwice() {
        Document doc = TestSites.page(site, "/byraadet/2020-02-12/");
        assertEquals("Punkt 26: Velkomst", doc.selectFirst("#punkt-26 h2").text());
        assertEquals("26", doc.selectFirst("#punkt-26-2 h2").text(), "the unnumbered item gets the next free anchor");
        assertEquals("Punkt 3: Budget skrevet som i de trykte referater", doc.selectFirst("#punkt-3 h2").text(),
                "'## Punkt 3: …', as printed minutes write it, is item 3");
        for (Path file : TestSites.htmlFiles(site)) {
            List<String> ids = TestSites.read(file).select("[id]").eachAttr("id");
            assertEquals(ids.stream().distinct().count(), ids.size(), file + " repeats an id: " + ids);
        }
    }

    @Test
    void attachmentFileNamesAreEncodedInLinks() {
        Document doc = TestSites.page(site, "/byraadet/2020-02-12/");
        assertEquals("../bilag/Bilag%201%20%232/index.html", doc.selectFirst("#punkt-26 .attachments a").attr("href"));
        Document attachment = TestSites.page(site, "/byraadet/bilag/Bilag 1 #2/");
        assertEquals("../Bilag%201%20%232.pdf", attachment.selectFirst("a.download").attr("href"));
        assertTrue(Files.isRegularFile(site.resolve("byraadet/bilag/Bilag 1 #2.pdf")));
    }

    @Test
    void introductionHeadingsFollowTheItemHeadingWithoutAGap() {
        Document doc = TestSites.page(site, "/byraadet/2020-02-12/");
        assertEquals("h3", doc.selectFirst("#punkt-26 .item-section--indledning :is(h3, h4)").tagName());
    }

    @Test
    void theOutputFolderMayNotHoldTheSiteOrSomeoneElsesFiles(@TempDir Path other) throws IOException {
        Path fixture = source;
        BuildFailedException intoSources = assertThrows(BuildFailedException.class, () -> TestSites.build(fixture, fixture));
        assertTrue(intoSources.getMessage().contains("holds the site's own files"), intoSources.getMessage());

        Files.writeString(other.resolve("letter.txt"), "Kære borger");
        BuildFailedException intoDocuments = assertThrows(BuildFailedException.class, () -> TestSites.build(fixture, other));
        assertTrue(intoDocuments.getMessage().contains("is not empty and was not written by Referat"), intoDocuments.getMessage());
        assertEquals("Kære borger", Files.readString(other.resolve("letter.txt")));
        assertTrue(Files.isRegularFile(fixture.resolve("content/byraadet/2020-02-12.md")));
    }
}
