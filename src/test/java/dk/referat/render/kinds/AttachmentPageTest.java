package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AttachmentPageTest {
    private final AttachmentPage kind = new AttachmentPage(PARTS);

    @Test
    void aPagePerAttachmentBesideTheMeetingThatListsIt() {
        assertEquals(List.of("/bilag/ekstern-rapport-a722d6e8/", "/oekonomiudvalget/2021-03-03/bilag/punkt-5-3/",
                "/oekonomiudvalget/bilag/budgetnotat/"), KindsSite.addresses(kind).stream().sorted().toList());
    }

    @Test
    void aMarkdownDocumentIsShownWithItsHeadingsUnderThePageAndIsFound() {
        Document page = KindsSite.page(kind, "/oekonomiudvalget/bilag/budgetnotat/");
        assertEquals("Budgetnotat", page.selectFirst("h1").text());
        assertEquals("Budgetnotat", page.selectFirst("main h3").text());
        assertTrue(page.selectFirst("main").text().contains("Notatet beskriver budgetprocessen for 2022."));
        assertTrue(page.selectFirst("main").text().contains("Punkt 5: Budget 2022"), "where it was treated");
        assertTrue(KindsSite.searchable(kind, "/oekonomiudvalget/bilag/budgetnotat/"));
    }

    @Test
    void anAttachmentWithoutAFileSaysSoAndIsNotFoundBySearch() {
        String address = "/oekonomiudvalget/2021-03-03/bilag/punkt-5-3/";
        assertTrue(KindsSite.page(kind, address).selectFirst("main").text().contains("Filen er ikke lagt på dette site."));
        assertFalse(KindsSite.searchable(kind, address), "the meeting page that lists it is found instead");
        assertEquals("https://example.org/rapport.pdf",
                KindsSite.page(kind, "/bilag/ekstern-rapport-a722d6e8/").selectFirst("main a[href^=https://example.org]").text());
    }
}
