package dk.referat.postprocess;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives each table a caption (Markdown has none), numbered among the page's tables and named by the
 * heading the page shows above it, and lets wide tables scroll inside their own named box, so a
 * screen reader announces what the table is and a phone never scrolls the page sideways. Markdown
 * tables come with their header cells' scopes (parse.TableHeaderScopes); a table from raw HTML gets
 * them here.
 */
public final class TableHeaders implements TextTransformer {
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

    /**
     * The same job on the text, for tables as the Markdown renderer writes them: a bare
     * {@code <table>} in main, not nested, without caption, under a heading of plain text. Anything
     * else (a table from raw HTML, a template's own table) is left to the parse.
     */
    @Override
    public String rewrite(String html, String path) {
        int first = html.indexOf("<table");
        if (first < 0) return html;
        if (html.contains("<caption") || html.contains("table-scroll")) return null;
        int main = html.indexOf("<main");
        int mainEnd = html.indexOf("</main>");
        if (main < 0 || mainEnd < 0 || first < main) return null;
        StringBuilder out = new StringBuilder(html.length() + 512);
        int done = 0;
        int number = 0;
        for (int table = first, next; table >= 0; table = next) {
            int end = html.indexOf("</table>", table);
            next = html.indexOf("<table", table + 1);
            if (!html.startsWith("<table>", table) || end < 0 || end > mainEnd || next >= 0 && next < end) return null;
            String name = headingBefore(html, table);
            if (name == null) return null;
            String caption = label + " " + ++number + (name.isEmpty() ? "" : ": " + name);
            int afterStart = table + "<table>".length();
            out.append(html, done, table)
                    .append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(caption).append("\">")
                    .append("<table><caption>").append(caption).append("</caption>");
            String inside = html.substring(afterStart, end);
            if (!headerCellsScoped(inside)) return null;
            out.append(inside).append("</table></div>");
            done = end + "</table>".length();
        }
        return out.append(html, done, html.length()).toString();
    }

    /**
     * Whether every header cell of the table's thead says its scope, as the Markdown renderer writes
     * them (parse.TableHeaderScopes); a table from raw HTML may not, and is left to the parse.
     */
    private static boolean headerCellsScoped(String inside) {
        int thead = inside.indexOf("<thead>");
        if (thead < 0) return !inside.contains("<thead");
        int theadEnd = inside.indexOf("</thead>", thead);
        if (theadEnd < 0 || inside.indexOf("<thead", thead + 1) >= 0) return false;
        for (int th = inside.indexOf("<th", thead); th >= 0 && th < theadEnd; th = inside.indexOf("<th", th + 1)) {
            char next = inside.charAt(th + 3);
            if (next != '>' && next != ' ') continue;
            String tag = inside.substring(th, inside.indexOf('>', th));
            if (!tag.contains(" scope=\"col\"") || tag.indexOf('<', 1) >= 0) return false;
        }
        return true;
    }

    /**
     * The text of the heading a table stands under: the last heading element that ends before it,
     * which is what the walk through previous siblings and ancestors in {@link #name} finds. Null
     * when the heading holds markup or entities, whose text only a parse reads.
     */
    private static String headingBefore(String html, int table) {
        int close = -1;
        int level = 0;
        for (int l = 1; l <= 6; l++) {
            int at = html.lastIndexOf("</h" + l + ">", table);
            if (at > close) {
                close = at;
                level = l;
            }
        }
        if (close < 0) return "";
        int open = Math.max(html.lastIndexOf("<h" + level + ">", close), html.lastIndexOf("<h" + level + " ", close));
        if (open < 0) return null;
        int textStart = html.indexOf('>', open) + 1;
        String inner = html.substring(textStart, close);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            // Letters, digits and printable ASCII read the same either way; Jsoup's text() drops or
            // keeps some other characters (soft hyphens, Unicode spaces) its own way.
            if (c == '<' || c == '&' || c == '>' || c == '"' || c >= 127 && !Character.isLetterOrDigit(c) || c < ' ' && c != '\n') {
                return null;
            }
        }
        return inner.strip().replaceAll("[ \t\n\f\r]+", " ");
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
