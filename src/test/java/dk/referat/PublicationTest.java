package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/test/sites/publication: a draft record and a closed item, each carrying canary words in every
 * field. Neither may reach any file of the output; the closed item shows its number and title only.
 */
class PublicationTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        TestSites.build(TestSites.fixture("publication"), site);
    }

    @Test
    void noCanaryReachesAnyOutputFile() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("KANARIEFUGL"), file + " leaks a draft or a closed item");
            }
        }
    }

    @Test
    void draftRecordsAreNotPublished() {
        assertFalse(Files.exists(site.resolve("byraadet/2020-02-12")));
        assertFalse(Files.exists(site.resolve("byraadet/2019-11-06")), "a record whose publish date is ahead waits");
        assertEquals(List.of("2020-03-11/index.html", "2020-01-15/index.html", "2019-12-04/index.html"),
                TestSites.page(site, "/byraadet/").select(".record-list a").eachAttr("href"));
    }

    @Test
    void closedItemShowsNumberAndTitleOnly() {
        Document doc = TestSites.page(site, "/byraadet/2020-01-15/");
        assertEquals("Punkt 2: Køb af grund", doc.selectFirst("#punkt-2 h2").text());
        assertTrue(doc.selectFirst("#punkt-2 .item-meta").text().contains("Status Lukket"));
        assertTrue(doc.select("#punkt-2 .item-section, #punkt-2 .attachments, #punkt-2 .case-number").isEmpty());
    }

    @Test
    void aClosedAttachmentIsItsTitleAlone() {
        Document item = TestSites.page(site, "/byraadet/2020-01-15/");
        assertEquals("Fortroligt notat", item.selectFirst("#punkt-3 .attachments a").text());
        Document page = TestSites.page(site, "/byraadet/2020-01-15/bilag/punkt-3-1/");
        assertEquals("Fortroligt notat", page.selectFirst("h1").text());
        assertTrue(page.select("main dl").isEmpty() || !page.selectFirst("main dl").text().contains("Dokumentnr"),
                "no document number or reference: " + page.selectFirst("main").text());
    }

    @Test
    void aClosedItemsCaseNumberTiesNoOpenItemToAMatter() {
        // Item 3 resumes closed item 2, whose number 20/4711 no open item carries: the number would tell
        // what item 3 is about, so it makes no matter, no page and no link.
        assertFalse(Files.exists(site.resolve("sager/20-4711")));
        Document doc = TestSites.page(site, "/byraadet/2020-01-15/");
        assertTrue(doc.select("#punkt-3 .treatments, a[href*=20-4711]").isEmpty());
        assertEquals("Genoptager: Byrådet, 15. januar 2020: Punkt 2: Køb af grund", doc.selectFirst("#punkt-3 .relations li").text());
    }

    @Test
    void withHiddenTitlesAClosedItemIsPublishedAsLukketPunkt() throws IOException {
        Path source = TestSites.copy("publication", tmp.resolve("hidden-source"));
        Files.writeString(source.resolve("jbake.properties"), "referat.closed.titles=hidden\n");
        Path hidden = tmp.resolve("hidden");
        TestSites.build(source, hidden);
        assertEquals("Punkt 2: Lukket punkt", TestSites.page(hidden, "/byraadet/2020-01-15/").selectFirst("#punkt-2 h2").text());
        try (Stream<Path> files = Files.walk(hidden)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("Køb af grund"), file + " publishes a closed item's title");
            }
        }
        assertTrue(Files.readString(site.resolve("byraadet/2020-01-15/index.html")).contains("Køb af grund"),
                "by default the title is published");
    }

    @Test
    void previousAndNextMeetingSkipDraftsAndStopAtTheEdges() {
        Document first = TestSites.page(site, "/byraadet/2019-12-04/");
        assertNull(first.selectFirst(".pager-previous"));
        assertEquals("../2020-01-15/index.html", first.selectFirst(".pager-next a").attr("href"));

        Document middle = TestSites.page(site, "/byraadet/2020-01-15/");
        assertEquals("../2019-12-04/index.html", middle.selectFirst(".pager-previous a").attr("href"));
        assertEquals("../2020-03-11/index.html", middle.selectFirst(".pager-next a").attr("href"));

        Document last = TestSites.page(site, "/byraadet/2020-03-11/");
        assertEquals("../2020-01-15/index.html", last.selectFirst(".pager-previous a").attr("href"));
        assertNull(last.selectFirst(".pager-next"));
    }
}
