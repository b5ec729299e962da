package dk.referat.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites site-absolute links ("/x/2020-02-12/#punkt-2") as relative ones ending in index.html
 * ("../../x/2020-02-12/index.html#punkt-2"), so the site works from any sub-path of a server and when
 * opened from disk, where a folder link would show a file listing instead of the page.
 */
public final class RelativeLinks implements Transformer {
    private static final String[] ATTRIBUTES = {"href", "src"};

    @Override
    public void apply(Document page, String path) {
        for (String attribute : ATTRIBUTES) {
            for (Element e : page.select("[" + attribute + "^=/]")) {
                String target = e.attr(attribute);
                if (target.startsWith("//")) continue;
                e.attr(attribute, relative(path, target));
            }
        }
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
