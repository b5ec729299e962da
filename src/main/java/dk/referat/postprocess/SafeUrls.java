package dk.referat.postprocess;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import java.util.Locale;
import java.util.Set;
import dk.referat.parse.Addresses;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops any link or image address whose scheme is not plainly safe (javascript:, data:, vbscript:,
 * in any case or spelling), so content can never run script in a reader's browser. The link text
 * stays. Jsoup has already decoded entities, so "java&amp;#115;cript:" is checked as "javascript:".
 */
public final class SafeUrls implements Transformer {
    private static final java.util.List<String> ATTRIBUTES = java.util.List.of("href", "src", "action", "formaction", "srcset");
    private static final Set<String> CHECKED = Set.copyOf(ATTRIBUTES);
    private static final Evaluator ADDRESSES = QueryParser.parse(String.join(", ",
            ATTRIBUTES.stream().map(a -> "[" + a + "]").toList()));

    @Override
    public void apply(Document page, String path) {
        for (Element e : page.select(ADDRESSES)) {
            for (String attribute : ATTRIBUTES) {
                if (e.hasAttr(attribute) && !Addresses.isSafe(e.attr(attribute))) e.removeAttr(attribute);
            }
        }
    }

    /** True when some address on the page is not safe as written, or only a parse can tell. */
    @Override
    public boolean mayApply(String html) {
        boolean[] unsafe = {false};
        AttributeScanner.scan(html, (name, start, end, quote) -> {
            if (start >= 0 && CHECKED.contains(name.toLowerCase(Locale.ROOT))
                    && !Addresses.isSafeAsWritten(html.substring(start, end))) {
                unsafe[0] = true;
            }
            return !unsafe[0];
        });
        return unsafe[0];
    }
}
