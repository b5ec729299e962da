package dk.referat.postprocess;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks the header cells of Markdown tables as column headers, gives each table a caption (Markdown
 * has none) and lets wide tables scroll inside their own named box, so a screen reader announces
 * each cell's column and what the table is, and a phone never scrolls the page sideways.
 */
public final class TableHeaders implements Transformer {
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator HEADER_CELLS = QueryParser.parse("thead th:not([scope])");
    private static final Evaluator TABLES = QueryParser.parse("main table");
    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator BODY = QueryParser.parse("body");
    private final String label;

    /** @param label what a table's scroll region is called ("Tabel"), followed by its caption or heading */
    public TableHeaders(String label) {
        this.label = label;
    }

    @Override
    public boolean mayApply(String html) {
        return html.contains("<table");
    }

    @Override
    public void apply(Document page, String path) {
        for (Element th : page.select(HEADER_CELLS)) th.attr("scope", "col");
        int number = 0;
        for (Element table : page.select(TABLES)) {
            number++;
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) continue;
            if (table.selectFirst(CAPTION) == null) {
                String name = name(table);
                table.prependElement("caption").text(label + " " + number + (name.isEmpty() ? "" : ": " + name));
            }
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", table.selectFirst(CAPTION).text());
        }
    }

    /** The heading a table stands under, which names it in its caption ("Tabel 1: Målgruppe og sagsantal"). */
    private static String name(Element table) {
        for (Element e = table; e != null && !e.is(BODY); e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (sibling.is(HEADINGS)) return sibling.text();
                Element last = sibling.select(HEADINGS).last();
                if (last != null) return last.text();
            }
        }
        return "";
    }
}
