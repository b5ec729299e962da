package dk.referat.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns references in a record's running text into links, so editors can write plain Danish: a
 * known case or KLE number links to its page, and "punkt 27" links to item 27 of the same record.
 * Only text nodes are touched, never text inside links, code or headings.
 */
public final class TextReferences implements Transformer {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.-])(\\d{2}/\\d{1,7}|\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:-[A-ZÆØÅ]\\d{2}(?:-\\d{1,7}-\\d{2})?)?)(?![\\p{L}\\p{N}/-])"
                    + "|(?<![\\p{L}\\p{N}])([Pp]unkt(?:et)?\\s+(\\d{1,4}))(?![\\p{L}\\p{N}])");
    // Selectors are parsed once: parsing one per node was a large share of the build's time.
    private static final Evaluator SKIP = QueryParser.parse("a, code, pre, h1, h2, h3, h4, h5, h6");
    private static final Evaluator RUNNING_TEXT = QueryParser.parse("article.meeting .item-section, article.meeting .preamble");

    private final Map<String, String> numberLinks;

    /** @param numberLinks each known case or KLE number and the site-absolute address of its page */
    public TextReferences(Map<String, String> numberLinks) {
        this.numberLinks = Map.copyOf(Objects.requireNonNull(numberLinks, "numberLinks"));
    }

    @Override
    public void apply(Document page, String path) {
        List<TextNode> nodes = new ArrayList<>();
        for (Element text : page.select(RUNNING_TEXT)) collect(text, nodes);
        Set<String> ids = null;
        for (TextNode node : nodes) {
            if (!hasDigit(node.getWholeText())) continue;
            // The page's ids are gathered once, and only on a page that has a number in its text.
            if (ids == null) ids = ids(page);
            link(node, ids);
        }
    }

    private static void collect(Element element, List<TextNode> out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else if (child instanceof Element e && !e.is(SKIP)) {
                collect(e, out);
            }
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }

    private static Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element e : page.getAllElements()) {
            String id = e.id();
            if (!id.isEmpty()) ids.add(id);
        }
        return ids;
    }

    private void link(TextNode node, Set<String> ids) {
        String text = node.getWholeText();
        Matcher m = REFERENCE.matcher(text);
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String href = m.group(1) != null ? numberLinks.get(m.group(1))
                    : ids.contains("punkt-" + m.group(3)) ? "#punkt-" + m.group(3) : null;
            if (href == null) continue;
            if (m.start() > last) replacement.add(new TextNode(text.substring(last, m.start())));
            replacement.add(new Element("a").attr("href", href).attr("class", "reference").text(m.group()));
            last = m.end();
        }
        if (replacement.isEmpty()) return;
        if (last < text.length()) replacement.add(new TextNode(text.substring(last)));
        for (Node n : replacement) node.before(n);
        node.remove();
    }
}
