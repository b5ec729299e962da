package dk.referat.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestPdfs;
import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/test/sites/attachments, with PDFs the test writes: one shared by two committees, one tagged,
 * one closed, one never listed, plus an external and a file-less attachment.
 */
class AttachmentPagesTest {
    static final String NOTE = "/oekonomiudvalget/bilag/budgetnotat/";
    @TempDir
    static Path tmp;
    static Path source;
    static Path site;

    @BeforeAll
    static void build() {
        source = TestSites.copy("attachments", tmp.resolve("source"));
        Path bilag = source.resolve("content/oekonomiudvalget/bilag");
        TestPdfs.write(bilag.resolve("budgetnotat.pdf"), null, null, false,
                "Økonomi og velfærd på tværs af år – side ét", "Anden side: æøå ÆØÅ");
        TestPdfs.write(bilag.resolve("tilgaengelig.pdf"), "Tilgængeligt notat", "da-DK", true, "Tagget tekst");
        TestPdfs.write(bilag.resolve("lukket.pdf"), "KANARIEFUGL-METADATA", "da", false, "KANARIEFUGL-INDHOLD");
        TestPdfs.write(bilag.resolve("ikke-listet.pdf"), null, null, false, "Aldrig listet");
        site = tmp.resolve("site");
        TestSites.build(source, site);
    }

    static Document page(String path) {
        return TestSites.page(site, path);
    }

    @Test
    void anAttachmentSharedByTwoCommitteesHasOnePageListingBoth() {
        Document doc = page(NOTE);
        assertEquals("Budgetnotat", doc.selectFirst("h1").text());
        assertEquals(List.of("../../2021-03-03/index.html#punkt-5", "../../../byraadet/2021-03-24/index.html#punkt-7"),
                doc.select("#brugt-i + ul a").eachAttr("href"));
        assertEquals("../../oekonomiudvalget/bilag/budgetnotat/index.html",
                page("/byraadet/2021-03-24/").selectFirst("#punkt-7 .attachments a").attr("href"));
        assertEquals("Bilag 1: Budgetnotat", page("/byraadet/2021-03-24/").selectFirst("#punkt-7 .attachments a").attr("aria-label"));
    }

    @Test
    void thePdfsFactsAndTextAreOnItsPage() throws Exception {
        Document doc = page(NOTE);
        String facts = doc.selectFirst(".facts dl").text();
        byte[] pdf = Files.readAllBytes(source.resolve("content/oekonomiudvalget/bilag/budgetnotat.pdf"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertTrue(facts.contains("Dok.nr. 1001"), facts);
        assertTrue(facts.contains("Fil budgetnotat.pdf"), facts);
        assertTrue(facts.contains("Format PDF"), facts);
        assertTrue(facts.contains("Sider 2"), facts);
        assertTrue(facts.contains("SHA-256 " + sha), facts);
        Element download = doc.selectFirst("a.download");
        assertTrue(download.text().startsWith("Hent bilaget (PDF, "), download.text());
        assertEquals("../budgetnotat.pdf", download.attr("href"));
        assertTrue(Files.isRegularFile(site.resolve("oekonomiudvalget/bilag/budgetnotat.pdf")));

        assertEquals(List.of("Side 1", "Side 2"), doc.select(".pdf-page h3").eachText());
        assertEquals("Økonomi og velfærd på tværs af år – side ét", doc.selectFirst("#side-1 p").text());
        assertEquals("Anden side: æøå ÆØÅ", doc.selectFirst("#side-2 p").text());
        assertEquals("PDF, 2 sider, " + download.text().replaceAll(".*, (.*)\\)", "$1"),
                page("/byraadet/2021-03-24/").selectFirst("#punkt-7 .attachment-status").text());
    }

    @Test
    void theAccessibilityReportListsTheUntaggedPdfAndNotTheTaggedOne() {
        Document report = page("/tilgaengelighed/bilag/");
        assertEquals(List.of("Budgetnotat"), report.select("tbody td:first-child").eachText());
        assertEquals("tags, titel, sprog", report.selectFirst("tbody td:last-child").text());
        assertEquals("3. marts 2021", report.selectFirst("tbody time").text(), "dated by its first meeting");
        assertEquals(3, page(NOTE).select(".accessibility li").size());
        assertTrue(page("/oekonomiudvalget/bilag/tilgaengelig/").selectFirst(".accessibility").text()
                .contains("PDF-filen er tagget og har titel og sprog."));
        assertEquals("Tilgængelighed af bilag", page("/").select(".footer-links a").last().text());
    }

    @Test
    void aClosedAttachmentsFileAndTextAppearNowhere() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(file).toString();
                assertFalse(name.contains("lukket"), "the closed file or a page named after it: " + name);
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("KANARIEFUGL-INDHOLD") || text.contains("KANARIEFUGL-METADATA"), name);
            }
        }
        Document closed = page("/oekonomiudvalget/2021-03-03/bilag/punkt-5-3/");
        assertEquals("Lukket bilag KANARIEFUGL-TITEL-ER-TILLADT", closed.selectFirst("h1").text());
        assertEquals("Bilaget er lukket. Kun titlen offentliggøres.", closed.selectFirst(".availability").text());
        assertNull(closed.selectFirst("a.download"));
    }

    @Test
    void onlyListedFilesAreCopied() {
        assertFalse(Files.exists(site.resolve("oekonomiudvalget/bilag/ikke-listet.pdf")));
    }

    @Test
    void externalAndFilelessAttachmentsSaySoPlainly() {
        Document meeting = page("/oekonomiudvalget/2021-03-03/");
        assertEquals(List.of("PDF, 2 sider", "PDF, 1 side", "Lukket bilag", "Ekstern henvisning", "Filen er ikke lagt på dette site"),
                meeting.select("#punkt-5 .attachment-status").eachText().stream()
                        .map(s -> s.replaceAll(", [\\d,.]+ (kB|B)$", "")).toList());
        String external = meeting.select("#punkt-5 .attachments a").get(3).attr("href");
        Document ext = TestSites.read(site.resolve("oekonomiudvalget/2021-03-03").resolve(external));
        assertEquals("https://example.org/rapport.pdf", ext.selectFirst(".facts p a").attr("href"));
        Document none = page("/oekonomiudvalget/2021-03-03/bilag/punkt-5-5/");
        assertEquals("Filen er ikke lagt på dette site.", none.selectFirst(".availability").text());
    }
}
