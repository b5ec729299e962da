package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CommitteePageTest {
    private final CommitteePage kind = new CommitteePage(PARTS);

    @Test
    void aPagePerCommitteeWithItsMeetingsByYearAndItsFeeds() {
        assertEquals(List.of("/byraadet/", "/oekonomiudvalget/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/byraadet/");
        assertEquals("Byrådet", page.selectFirst("h1").text());
        assertEquals(List.of("2021"), KindsSite.texts(page, "main h2:matches(^\\d{4}$)"));
        assertEquals(List.of("2021-01-20/index.html"), page.select("main a[href*=2021-]").eachAttr("href"));
        assertEquals(List.of("feed.xml", "kalender.ics"), page.select("link[rel=alternate]").eachAttr("href"));
        assertTrue(KindsSite.searchable(kind, "/byraadet/"));
    }

    @Test
    void itReadsOnlyItsOwnMeetings() {
        assertEquals(List.of(KindsSite.meeting("byraadet", "2021-01-20").sourceFile()),
                List.copyOf(KindsSite.reads(kind, "/byraadet/").keySet()));
    }
}
