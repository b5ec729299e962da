package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site works when opened from disk: every internal link and #anchor on every page points
 * at a file that exists and an element with that id; the home page and the committee indexes reach
 * every meeting.
 */
class SiteLinksTest {
    static final Path site = TestSites.sample().site();

    @Test
    void everyInternalLinkAndAnchorResolvesOnDisk() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : TestSites.htmlFiles(site)) {
            // The 404 page is shown at any missing address, so it keeps site-absolute links (RelativeLinksTest).
            if (file.equals(site.resolve("404.html"))) continue;
            Document doc = TestSites.read(file);
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:")) continue;
                checked++;
                URI uri = file.toUri().resolve(target);
                Path targetFile = Path.of(uri.getPath());
                String where = site.relativize(file) + " → " + target;
                if (target.startsWith("/")) {
                    broken.add(where + " (site-absolute: breaks under a sub-path and on disk)");
                } else if (!Files.isRegularFile(targetFile)) {
                    broken.add(where + " (no such file)");
                } else if (uri.getFragment() != null && !uri.getFragment().isEmpty()
                        && TestSites.read(targetFile).getElementById(uri.getFragment()) == null) {
                    broken.add(where + " (no element with id " + uri.getFragment() + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, "the check looked at " + checked + " links");
    }

    @Test
    void homeLinksEveryCommitteeAndTheLatestMeetings() {
        Document home = TestSites.page(site, "/");
        assertEquals(List.of(
                        "arbejdsplads-med/index.html",
                        "boerne-og-ungeudvalget/index.html",
                        "lokal-med-fti-familiehuset-og-sundhedsplejen/index.html",
                        "sektor-med-boern-og-familie/index.html",
                        "udvalget-til-analyse-af-den-kommunale-sagsbehandling/index.html"),
                home.select(".committee-list a").eachAttr("href"));
        assertEquals(List.of(
                        "lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/index.html",
                        "boerne-og-ungeudvalget/2021-06-07/index.html",
                        "udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-09-15/index.html",
                        "arbejdsplads-med/2020-04-30/index.html",
                        "sektor-med-boern-og-familie/2020-02-12/index.html"),
                home.select("#seneste + ul a").eachAttr("href"), "newest first");
        assertEquals("Om sitet", home.selectFirst(".footer-links a").text());
    }

    @Test
    void eachCommitteeIndexListsExactlyItsOwnRecords() {
        assertEquals(List.of("2020-04-30/index.html"), meetingLinks("/arbejdsplads-med/"));
        assertEquals(List.of("2020-02-12/index.html"), meetingLinks("/sektor-med-boern-og-familie/"));
        assertEquals(List.of("2021-10-26/index.html"), meetingLinks("/lokal-med-fti-familiehuset-og-sundhedsplejen/"));
        assertEquals(List.of("2020-09-15/index.html"), meetingLinks("/udvalget-til-analyse-af-den-kommunale-sagsbehandling/"));
        assertEquals(List.of("2021-06-07/index.html"), meetingLinks("/boerne-og-ungeudvalget/"));
        Document committee = TestSites.page(site, "/sektor-med-boern-og-familie/");
        assertEquals("Sektor-MED Børn og Familie", committee.selectFirst("h1").text());
        assertEquals(List.of("2020"), committee.select("main section h2").eachText());
        assertEquals("Dagsorden med beslutninger", committee.selectFirst(".record-list .badge").text(),
                "agenda or minutes is marked, and an agenda that carries decisions says so");
        assertEquals("Referat", TestSites.page(site, "/arbejdsplads-med/").selectFirst(".record-list .badge").text());
    }

    @Test
    void plainPageFromJBakeHeaderIsPublished() {
        Document page = TestSites.page(site, "/om-sitet/");
        assertEquals("Om sitet", page.selectFirst("h1").text());
        assertEquals("Sådan er sitet lavet", page.selectFirst("main h2").text());
        assertEquals(5, page.select("main li").size());
    }

    @Test
    void sitemapListsEveryPage() throws Exception {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (String path : List.of("/", "/arbejdsplads-med/", "/arbejdsplads-med/2020-04-30/", "/om-sitet/",
                "/boerne-og-ungeudvalget/bilag/status-task-force-projekt/")) {
            assertTrue(sitemap.contains("<loc>https://referat.example.org" + path + "</loc>"), path);
        }
        assertTrue(!sitemap.contains("404"), "the 404 page is not in the sitemap");
    }

    private List<String> meetingLinks(String committee) {
        return TestSites.page(site, committee).select(".record-list a").eachAttr("href");
    }
}
