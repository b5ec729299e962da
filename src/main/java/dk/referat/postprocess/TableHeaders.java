package dk.referat.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks the header cells of Markdown tables as column headers and lets wide tables scroll inside
 * their own box, so a screen reader announces each cell's column and a phone never scrolls the page sideways.
 */
public final class TableHeaders implements Transformer {
    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private final String label;

    /** @param label what a table's scroll region is called ("Tabel"), followed by its caption or heading */
    public TableHeaders(String label) {
        this.label = label;
    }

    @Override
    public void apply(Document page, String path) {
        for (Element th : page.select("thead th:not([scope])")) th.attr("scope", "col");
        for (Element table : page.select("main table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) continue;
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", label + ": " + name(table));
        }
    }

    /** The table's caption, or else the heading it stands under, so tables' regions are told apart by name. */
    private static String name(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null) return caption.text();
        for (Element e = table; e != null && !e.is("body"); e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (sibling.is(HEADINGS)) return sibling.text();
                Element last = sibling.select(HEADINGS).last();
                if (last != null) return last.text();
            }
        }
        return "";
    }
}
