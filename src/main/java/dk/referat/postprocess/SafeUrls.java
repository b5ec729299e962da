package dk.referat.postprocess;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops any link or image address whose scheme is not plainly safe (javascript:, data:, vbscript:,
 * in any case or spelling), so content can never run script in a reader's browser. The link text
 * stays. Jsoup has already decoded entities, so "java&amp;#115;cript:" is checked as "javascript:".
 */
public final class SafeUrls implements Transformer {
    private static final Evaluator ADDRESSES = QueryParser.parse("[href], [src], [action], [formaction], [srcset]");
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u0000-\\u001f\\u007f]+");

    @Override
    public void apply(Document page, String path) {
        for (Element e : page.select(ADDRESSES)) {
            for (String attribute : new String[] {"href", "src", "action", "formaction", "srcset"}) {
                if (e.hasAttr(attribute) && !isSafe(e.attr(attribute))) e.removeAttr(attribute);
            }
        }
    }

    /**
     * True when some address on the page is not plainly safe as written: a scheme other than http(s),
     * mailto or tel, or characters (entities, white space) that only a parse can judge.
     */
    @Override
    public boolean mayApply(String html) {
        boolean[] unsafe = {false};
        AttributeScanner.scan(html, (name, start, end, quote) -> {
            if (start >= 0 && CHECKED.contains(name.toLowerCase(Locale.ROOT)) && !plainlySafe(html.substring(start, end))) {
                unsafe[0] = true;
            }
            return !unsafe[0];
        });
        return unsafe[0];
    }

    private static final Set<String> CHECKED = Set.of("href", "src", "action", "formaction", "srcset");

    private static boolean plainlySafe(String value) {
        for (String prefix : new String[] {"https://", "http://", "mailto:", "tel:", "/", "#", "?"}) {
            if (value.startsWith(prefix)) return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == '&' || c <= ' ' || c == '\u007f') return false;
        }
        return true;
    }

    static boolean isSafe(String url) {
        String normalised = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(normalised);
        return !m.find() || ALLOWED.contains(m.group(1));
    }
}
