package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.model.RecordType;
import dk.referat.model.Removed;
import dk.referat.resolve.RemovedPage;
import dk.referat.resolve.SiteIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The search page, the 404 page and the notice where a page taken down was. */
class FixedPagesTest {

    @Test
    void theSearchAndNotFoundPagesReadNothingOfTheRecordsAndOnlySearchIsIndexedBySearchEngines() {
        SearchPage search = new SearchPage(PARTS);
        assertEquals(List.of("/soeg/"), KindsSite.addresses(search));
        assertTrue(KindsSite.reads(search, "/soeg/").isEmpty());
        NotFoundPage notFound = new NotFoundPage(PARTS);
        Document page = KindsSite.page(notFound, "/404.html");
        assertEquals("Siden findes ikke", page.selectFirst("h1").text());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(KindsSite.page(search, "/soeg/").select("meta[name=robots]").isEmpty());
    }

    @Test
    void aRemovedMeetingIsNamedByWhatItWasAndWhenItWentAndNothingOfWhatItSaid() {
        SiteIndex base = KindsSite.INDEX;
        var committee = base.committees().get(0);
        RemovedPage gone = new RemovedPage("/byraadet/2020-11-11/", new Removed.Meeting(committee, "2020-11-11",
                RecordType.REFERAT, LocalDate.parse("2020-11-11"), Instant.parse("2021-02-01T10:00:00Z")), "Fejl i referatet");
        SiteIndex index = new SiteIndex(base.committees(), base.meetingsByCommittee(), base.neighbours(), base.latest(),
                base.pages(), base.attachments(), base.cases(), base.classifications(), base.relations(), base.casePositions(),
                base.byYear(), List.of(gone));
        RemovedNotice kind = new RemovedNotice(PARTS);
        assertEquals(List.of("/byraadet/2020-11-11/"), kind.pages(index).map(p -> p.path()).toList());
        Document page = org.jsoup.Jsoup.parse(dk.referat.Pages.prepare(KindsSite.CONFIG, index)
                .page(kind.pages(index).findFirst().orElseThrow()).html());
        assertEquals("Fjernet: Referat: Byrådet, 11. november 2020", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("main").text().contains("Siden blev fjernet fra sitet den 1. februar 2021."));
        assertTrue(page.selectFirst("main").text().contains("Fejl i referatet"));
        assertEquals("../index.html", page.selectFirst("main a:containsOwn(Byrådet)").attr("href"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }
}
