package dk.referat.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Moves a fragment's headings down, so a document embedded under a page's h1 keeps a heading order without gaps. */
final class Headings {
    private Headings() {
    }

    static String shift(String html, int levels) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, h.tagName().charAt(1) - '0' + levels);
            h.tagName("h" + level);
        }
        return doc.body().html();
    }
}
