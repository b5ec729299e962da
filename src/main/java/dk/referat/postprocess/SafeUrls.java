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
        Matcher m = ATTRIBUTE.matcher(html);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!plainlySafe(value)) return true;
        }
        return false;
    }

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s(?i:href|src|action|formaction|srcset)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern PLAIN = Pattern.compile("(?:https?://|mailto:|tel:|[/#?])[\\s\\S]*|[^:&\\s\\x00-\\x1f\\x7f]*");

    private static boolean plainlySafe(String value) {
        return PLAIN.matcher(value).matches();
    }

    static boolean isSafe(String url) {
        String normalised = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(normalised);
        return !m.find() || ALLOWED.contains(m.group(1));
    }
}
