package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The KLE list and a KLE number's page. */
class ClassificationPagesTest {

    @Test
    void theListCountsTheItemsOfEachNumber() {
        ClassificationListPage kind = new ClassificationListPage(PARTS);
        assertEquals(List.of("/kle/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/kle/");
        assertEquals("00.30.10", page.selectFirst("main li a").text());
        assertTrue(page.selectFirst("main li").text().contains("2 behandlinger"));
    }

    @Test
    void aNumberPageListsItsItemsOldestFirst() {
        ClassificationPage kind = new ClassificationPage(PARTS);
        assertEquals(List.of("/kle/00-30-10/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/kle/00-30-10/");
        assertEquals("KLE-nummer 00.30.10", page.selectFirst("h1").text());
        assertEquals(List.of("Punkt 1: Budget 2022 – proces", "Punkt 5: Budget 2022"), page.select("main li a[href*=punkt]").eachText());
        assertTrue(KindsSite.searchable(kind, "/kle/00-30-10/"));
    }
}
