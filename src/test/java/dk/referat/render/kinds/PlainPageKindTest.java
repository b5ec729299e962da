package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PlainPageKindTest {
    private final PlainPageKind kind = new PlainPageKind(PARTS);

    @Test
    void aPageOfTheSiteOwnWithItsHeadingsUnderItsTitleAndLinkedFromEveryFooter() {
        assertEquals(List.of("/om/"), KindsSite.addresses(kind));
        Document page = KindsSite.page(kind, "/om/");
        assertEquals("Om sitet", page.selectFirst("h1").text());
        assertEquals("Kontakt", page.selectFirst("main h2").text());
        assertTrue(KindsSite.page(new NotFoundPage(PARTS), "/404.html").select("footer a").eachText().contains("Om sitet"));
        assertTrue(KindsSite.reads(kind, "/om/").isEmpty());
        assertFalse(KindsSite.searchable(kind, "/om/"));
    }
}
