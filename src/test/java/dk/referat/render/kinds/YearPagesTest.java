package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The list of years and a year's page. */
class YearPagesTest {

    @Test
    void theYearsNewestFirstEachWithItsMeetingsAcrossCommittees() {
        assertEquals(List.of("/aar/"), KindsSite.addresses(new YearListPage(PARTS)));
        assertEquals(List.of("2021"), KindsSite.page(new YearListPage(PARTS), "/aar/").select("main li a").eachText());
        YearPage kind = new YearPage(PARTS);
        assertEquals(List.of("/aar/2021/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/aar/2021/");
        assertEquals("Møder i 2021", page.selectFirst("h1").text());
        assertEquals(List.of("../../oekonomiudvalget/2021-03-03/index.html", "../../byraadet/2021-01-20/index.html"),
                page.select("main li a").eachAttr("href"));
        assertEquals(2, KindsSite.reads(kind, "/aar/2021/").size());
    }
}
