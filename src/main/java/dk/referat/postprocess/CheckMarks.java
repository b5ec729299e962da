package dk.referat.postprocess;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Status reports list done things as "- ✓ …". Such list items get a class, so the stylesheet can drop
 * the bullet and the check mark stands alone, as in the printed report. The text is untouched.
 */
public final class CheckMarks implements Transformer {
    private static final Evaluator LIST_ITEMS = QueryParser.parse("main li");
    private static final Evaluator WRAPPERS = QueryParser.parse("p, strong, em");

    @Override
    public boolean mayApply(String html) {
        return html.indexOf('✓') >= 0;
    }

    @Override
    public void apply(Document page, String path) {
        for (Element li : page.select(LIST_ITEMS)) {
            if (li.childNodeSize() > 0 && startsWithCheck(li)) li.addClass("check");
        }
    }

    private static boolean startsWithCheck(Element li) {
        Element first = li;
        while (first.childNodeSize() > 0 && first.childNode(0) instanceof Element child && child.is(WRAPPERS)) {
            first = child;
        }
        return first.childNodeSize() > 0 && first.childNode(0) instanceof TextNode text
                && text.text().stripLeading().startsWith("✓");
    }
}
