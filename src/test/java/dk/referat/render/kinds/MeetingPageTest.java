package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.INDEX;
import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.model.Meeting;
import dk.referat.render.Inputs;
import dk.referat.render.StructuredData;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MeetingPageTest {
    private final MeetingPage kind = new MeetingPage(PARTS, new StructuredData(PARTS), "https://git.example/edit/");

    @Test
    void aPagePerMeetingCommitteeByCommitteeAtItsDate() {
        assertEquals(List.of("/byraadet/2021-01-20/", "/oekonomiudvalget/2021-03-03/"), KindsSite.addresses(kind));
    }

    @Test
    void theHeadingNamesTypeAndCommitteeAndTheFactsWhenWhereAndWho() {
        Document page = KindsSite.page(kind, "/byraadet/2021-01-20/");
        assertEquals("Referat: Byrådet", page.selectFirst("h1").text());
        assertEquals("Referat: Byrådet, 20. januar 2021 – Referater", page.title());
        assertEquals(List.of("Byrådet", "Eksempel Kommune", "onsdag den 20. januar 2021", "kl. 17.00–19.30", "Rådhuset"),
                KindsSite.texts(page, "main dl dd").subList(0, 5));
        assertEquals(List.of("Anne Hansen, borgmester", "Bo Jensen", "Carl Nielsen"), KindsSite.texts(page, "#deltagere + ul li, #afbud + ul li"));
        assertEquals("https://git.example/edit/content/byraadet/2021-01-20.md", page.selectFirst("a[href^=https://git.example]").attr("href"));
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"startDate\":\"2021-01-20T17:00+01:00\""));
    }

    @Test
    void aClosedItemShowsItsHeadingAndThatItIsClosedAndNothingOfItsText() {
        Document page = KindsSite.page(kind, "/byraadet/2021-01-20/");
        assertTrue(page.selectFirst("#punkt-2").parent().text().contains("Lukket"), page.selectFirst("#punkt-2").parent().text());
        assertFalse(page.html().contains("LUKKET-TEKST"), "a closed item's text is never on the page");
    }

    @Test
    void anItemLinksItsCaseTheTreatmentsBeforeAndAfterAndItsDecisionHasAnAnchor() {
        Document page = KindsSite.page(kind, "/oekonomiudvalget/2021-03-03/");
        assertEquals("Dagsorden med beslutninger: Økonomiudvalget", page.selectFirst("h1").text());
        assertEquals("../../sager/21-100/index.html", page.selectFirst("a:containsOwn(21/100)").attr("href"));
        assertEquals("../../byraadet/2021-01-20/index.html#punkt-1",
                page.selectFirst("a:containsOwn(Byrådet, 20. januar 2021: Punkt 1)").attr("href"));
        assertEquals(1, page.select("#beslutning-punkt-5").size());
        assertEquals(List.of("Bilag 1: Budgetnotat", "Bilag 2: Ekstern rapport", "Bilag 3: Bilag uden fil"),
                page.select("a[aria-label^=Bilag]").eachAttr("aria-label"));
        assertTrue(KindsSite.searchable(kind, "/oekonomiudvalget/2021-03-03/"));
    }

    @Test
    void itReadsAllOfItsRecordAndOfOthersOnlyWhatItLinksTo() {
        Map<String, Long> reads = KindsSite.reads(kind, "/oekonomiudvalget/2021-03-03/");
        Meeting own = KindsSite.meeting("oekonomiudvalget", "2021-03-03");
        Meeting before = KindsSite.meeting("byraadet", "2021-01-20");
        assertEquals(-1L, reads.get(own.sourceFile()));
        long byraadet = reads.get(before.sourceFile());
        assertNotEquals(0, byraadet & Inputs.headingBit(before.items().get(0)), "the previous treatment's heading");
        assertEquals(0, byraadet & Inputs.SUMMARY, "not the other record's type label");
        assertTrue(reads.containsKey(Inputs.matter(before.items().get(0).cases().get(0))), "the matter's timeline");
    }

    @Test
    void theFacetsAreWhatOtherPagesShowOfTheRecord() {
        Meeting m = KindsSite.meeting("oekonomiudvalget", "2021-03-03");
        Map<Long, List<Object>> facets = kind.facets(m);
        assertEquals(List.of(List.of("Dagsorden med beslutninger", m.type())), facets.get(Inputs.SUMMARY));
        assertEquals(List.of("Punkt 5: Budget 2022"), facets.get(Inputs.headingBit(m.items().get(0))));
        assertEquals(3, ((List<?>) facets.get(Inputs.attachmentsBit(m.items().get(0))).get(0)).size());
    }
}
