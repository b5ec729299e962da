package dk.referat.postprocess;

import dk.referat.resolve.Permalinks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites site-absolute links ("/x/2020-02-12/#punkt-2") as relative ones ending in index.html
 * ("../../x/2020-02-12/index.html#punkt-2"), so the site works from any sub-path of a server and when
 * opened from disk, where a folder link would show a file listing instead of the page.
 */
public final class RelativeLinks implements TextTransformer {
    private static final String[] ATTRIBUTES = {"href", "src"};
    /** A link as Referat's templates and Markdown renderer write it: lower-case name, double quotes. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(\\s(?:href|src)=\")(/[^\"]*)\"");
    /** Every href and src attribute, with how it is written. */
    private static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("\\s((?i:href|src))(\\s*=\\s*)(.)(.?)");

    private final String siteHost;

    /** @param siteHost the public address ending in '/', or empty */
    public RelativeLinks(String siteHost) {
        this.siteHost = siteHost;
    }

    @Override
    public void apply(Document page, String path) {
        // A server shows the 404 page at whatever address was missing, so relative links cannot work
        // there: it gets full addresses when the public address is known, else site-absolute ones.
        boolean notFound = path.equals(Permalinks.NOT_FOUND);
        if (notFound && siteHost.isEmpty()) return;
        for (String attribute : ATTRIBUTES) {
            for (Element e : page.select("[" + attribute + "^=/]")) {
                String target = e.attr(attribute);
                if (target.startsWith("//")) continue;
                e.attr(attribute, notFound ? siteHost + target.substring(1) : relative(path, target));
            }
        }
    }

    @Override
    public String rewrite(String html, String path) {
        if (!writtenPlainly(html)) return null;
        boolean notFound = path.equals(Permalinks.NOT_FOUND);
        if (notFound && siteHost.isEmpty()) return html;
        java.util.regex.Matcher m = QUOTED.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 1024);
        while (m.find()) {
            String target = m.group(2);
            String replaced = target.startsWith("//") ? target
                    : notFound ? siteHost + target.substring(1) : relative(path, target);
            m.appendReplacement(out, "");
            out.append(m.group(1)).append(replaced).append('"');
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every href and src is written as the templates write them; anything else (quotes, case, entities) is for a parser. */
    private static boolean writtenPlainly(String html) {
        java.util.regex.Matcher m = ANY.matcher(html);
        while (m.find()) {
            boolean plain = (m.group(1).equals("href") || m.group(1).equals("src")) && m.group(2).equals("=")
                    && m.group(3).equals("\"") && !m.group(4).equals("&");
            if (!plain) return false;
        }
        return true;
    }

    /** Both arguments are site-absolute; the result is relative from the page at {@code from}. */
    public static String relative(String from, String to) {
        String fragment = "";
        int hash = to.indexOf('#');
        if (hash >= 0) {
            fragment = to.substring(hash);
            to = to.substring(0, hash);
        }
        if (to.endsWith("/")) to = to + "index.html";
        if (from.endsWith("/")) from = from + "index.html";
        if (to.equals(from) && !fragment.isEmpty()) return fragment;
        String[] fromParts = from.substring(1).split("/", -1);
        String[] toParts = to.substring(1).split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]);
            if (i < toParts.length - 1) out.append('/');
        }
        return out + fragment;
    }
}
