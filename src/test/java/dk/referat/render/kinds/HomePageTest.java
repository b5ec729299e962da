package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.render.Inputs;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HomePageTest {
    private final HomePage kind = new HomePage(PARTS);

    @Test
    void theLatestMeetingsWithTheirCommitteesAndEveryCommitteeCounted() {
        assertEquals(List.of("/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/");
        assertEquals("Referater", page.title());
        assertEquals(List.of("oekonomiudvalget/2021-03-03/index.html", "byraadet/2021-01-20/index.html"),
                page.select("main section").first().select("a").eachAttr("href"));
        assertTrue(page.selectFirst("main").text().contains("Dagsorden med beslutninger: Økonomiudvalget 3. marts 2021"));
        assertTrue(page.selectFirst("main").text().contains("Byrådet Eksempel Kommune · Politisk udvalg · 1 møde"));
        assertEquals(List.of("feed.xml", "kalender.ics"), page.select("link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void itReadsTheShapeOfEveryMeetingAndTheSummaryOfTheLatest() {
        Map<String, Long> reads = KindsSite.reads(kind, "/");
        assertEquals(2, reads.size());
        reads.values().forEach(bits -> assertEquals(1L | Inputs.SUMMARY, bits));
    }
}
