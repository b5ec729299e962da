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
        String fromFolder = from.substring(0, from.lastIndexOf('/') + 1);
        if (to.equals(from.endsWith("/") ? from + "index.html" : from) && !fragment.isEmpty()) return fragment;
        int depth = (int) fromFolder.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat(depth) + to.substring(1) + fragment;
    }
}
