package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CasePageTest {
    private final CasePage kind = new CasePage(PARTS);

    @Test
    void theTreatmentsOldestFirstWithWhatWasRecommendedAndDecided() {
        assertEquals(List.of("/sager/21-100/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/sager/21-100/");
        assertEquals("Sag 21/100: Budget 2022 – proces – Referater", page.title());
        assertEquals(List.of("../../byraadet/2021-01-20/index.html#punkt-1", "../../oekonomiudvalget/2021-03-03/index.html#punkt-5"),
                page.select("main li a[href*=punkt]").eachAttr("href"));
        assertTrue(page.selectFirst("main").text().contains("Indstilling: Direktionen indstiller, at processen godkendes."));
        assertEquals(List.of("feed.xml"), page.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(2, KindsSite.reads(kind, "/sager/21-100/").size(), "the two records that treat it");
    }
}
