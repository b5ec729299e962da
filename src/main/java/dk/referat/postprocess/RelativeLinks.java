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
    /** Where the site's root is on its server: "/", or "/referater/" for a site published under a folder. */
    private final String root;

    /** @param siteHost the public address ending in '/', or empty */
    public RelativeLinks(String siteHost) {
        String path = siteHost.isEmpty() ? "/" : java.net.URI.create(siteHost).getRawPath();
        this.root = path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public void apply(Document page, String path) {
        // A server shows the 404 page at whatever address was missing, so relative links cannot work
        // there: it gets root-relative ones under the folder of the public address. Full addresses would
        // send a visitor of a staging copy or a mirror to the public site for its stylesheet.
        boolean notFound = path.equals(Permalinks.NOT_FOUND);
        if (notFound && root.equals("/")) return;
        for (String attribute : ATTRIBUTES) {
            for (Element e : page.select("[" + attribute + "^=/]")) {
                String target = e.attr(attribute);
                if (target.startsWith("//")) continue;
                e.attr(attribute, notFound ? root + target.substring(1) : relative(path, target));
            }
        }
    }

    /**
     * The same job on the text. Only links written as the templates write them (lower-case name,
     * double quotes, no entity in the value) are rewritten; a page with any other spelling of an href
     * or src is left to the parser, which reads every spelling.
     */
    @Override
    public String rewrite(String html, String path) {
        boolean notFound = path.equals(Permalinks.NOT_FOUND);
        // Relative links are longer ("../../x/index.html"): room for them saves copying the page again.
        StringBuilder out = new StringBuilder(html.length() + html.length() / 8 + 1024);
        int[] last = {0};
        boolean plain = AttributeScanner.scan(html, (name, start, end, quote) -> {
            if (!name.equalsIgnoreCase("href") && !name.equalsIgnoreCase("src")) return true;
            if (!(name.equals("href") || name.equals("src")) || quote != '"' || AttributeScanner.has(html, '&', start, end)) {
                return false;
            }
            if (start < end && html.charAt(start) == '/' && !html.startsWith("//", start) && !(notFound && root.equals("/"))) {
                String target = html.substring(start, end);
                out.append(html, last[0], start).append(notFound ? root + target.substring(1) : relative(path, target));
                last[0] = end;
            }
            return true;
        });
        return plain ? out.append(html, last[0], html.length()).toString() : null;
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
        // The folders both paths share, then one "../" for each of the page's own folders left.
        int common = 0;
        int fromSlash = from.indexOf('/', 1);
        int toSlash = to.indexOf('/', 1);
        while (fromSlash >= 0 && toSlash >= 0 && fromSlash == toSlash && from.regionMatches(common + 1, to, common + 1, fromSlash - common - 1)) {
            common = fromSlash;
            fromSlash = from.indexOf('/', common + 1);
            toSlash = to.indexOf('/', common + 1);
        }
        int up = 0;
        for (int i = from.indexOf('/', common + 1); i >= 0; i = from.indexOf('/', i + 1)) up++;
        StringBuilder out = new StringBuilder(3 * up + to.length() - common + fragment.length());
        for (int i = 0; i < up; i++) out.append("../");
        return out.append(to, common + 1, to.length()).append(fragment).toString();
    }
}
