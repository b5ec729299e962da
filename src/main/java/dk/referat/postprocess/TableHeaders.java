package dk.referat.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks the header cells of Markdown tables as column headers and lets wide tables scroll inside
 * their own box, so a screen reader announces each cell's column and a phone never scrolls the page sideways.
 */
public final class TableHeaders implements Transformer {

    @Override
    public void apply(Document page, String path) {
        for (Element th : page.select("thead th:not([scope])")) th.attr("scope", "col");
        for (Element table : page.select("main table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) continue;
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            Element caption = table.selectFirst("caption");
            Element region = table.parent();
            if (caption != null) {
                region.attr("aria-label", caption.text());
            } else {
                region.attr("aria-label", "Tabel");
            }
        }
    }
}
