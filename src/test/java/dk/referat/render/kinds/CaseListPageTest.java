package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CaseListPageTest {
    private final CaseListPage kind = new CaseListPage(PARTS);

    @Test
    void eachCaseWithItsTitleAndCountOfTreatments() {
        assertEquals(List.of("/sager/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/sager/");
        assertEquals("21/100: Budget 2022 – proces", page.selectFirst("main li a").text());
        assertEquals("21-100/index.html", page.selectFirst("main li a").attr("href"));
        assertTrue(page.selectFirst("main li").text().contains("Budget 2022 – proces"), page.selectFirst("main li").text());
        assertTrue(page.selectFirst("main li").text().contains("2 behandlinger"));
        assertEquals(2, KindsSite.reads(kind, "/sager/").size(), "both records that treat the case");
    }
}
