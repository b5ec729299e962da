package dk.referat.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Moves a fragment's headings so that its highest one sits at a given level, keeping their order: an
 * editor's "####" under an item's h2 becomes h3, and a Markdown document's "#" under a page's h2
 * becomes h3. The page's heading order then has no gaps and only one h1, whatever the editor wrote.
 */
public final class Headings {
    private static final String ALL = "h1, h2, h3, h4, h5, h6";

    private Headings() {
    }

    public static String startAt(String html, int level) {
        if (!html.contains("<h")) return html;
        Document doc = Jsoup.parseBodyFragment(html);
        Elements headings = doc.body().select(ALL);
        if (headings.isEmpty()) return html;
        int top = headings.stream().mapToInt(Headings::level).min().orElse(level);
        if (top == level) return html;
        for (Element h : headings) h.tagName("h" + Math.min(6, level(h) - top + level));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static int level(Element h) {
        return h.tagName().charAt(1) - '0';
    }
}
