package dk.referat.render.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.Pages;
import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Problems;
import dk.referat.model.Meeting;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site of {@code src/test/sites/kinds.txtar}, read and resolved once, and a page kind's pages
 * made from it as a build makes them: view, template, post-processing.
 */
final class KindsSite {
    static final SiteConfig CONFIG = ConfigReader.read(TestSites.scenario("kinds"));
    static final SiteIndex INDEX = read();
    static final PageParts PARTS = new PageParts(new Labels(new Messages(CONFIG.language())), CONFIG.siteTitle(),
            CONFIG.siteHost(), INDEX.pages());
    private static final Pages PAGES = Pages.prepare(CONFIG, INDEX);

    private KindsSite() {
    }

    private static SiteIndex read() {
        Problems problems = new Problems();
        SiteIndex index = Referat.read(CONFIG, problems);
        assertEquals(List.of(), problems.sorted().stream().map(p -> p.format(Language.DANISH)).toList());
        return index;
    }

    /** The addresses of the kind's pages, in the kind's order. */
    static List<String> addresses(PageKind<?> kind) {
        return kind.pages(INDEX).map(PlannedPage::path).toList();
    }

    /** The kind's page at {@code address}, finished. */
    static Document page(PageKind<?> kind, String address) {
        return Jsoup.parse(PAGES.page(planned(kind, address)).html());
    }

    /** Whether the kind's page at {@code address} goes into the search index. */
    static boolean searchable(PageKind<?> kind, String address) {
        return PAGES.page(planned(kind, address)).searchable();
    }

    /** What the kind's page at {@code address} reads, by record file (or matter). */
    static Map<String, Long> reads(PageKind<?> kind, String address) {
        return planned(kind, address).inputs();
    }

    static Meeting meeting(String committee, String date) {
        return INDEX.allMeetings().filter(m -> m.committee().slug().equals(committee) && m.date().toString().equals(date))
                .findFirst().orElseThrow();
    }

    private static PlannedPage planned(PageKind<?> kind, String address) {
        return kind.pages(INDEX).filter(p -> p.path().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no page at " + address + " among " + addresses(kind)));
    }

    static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }
}
