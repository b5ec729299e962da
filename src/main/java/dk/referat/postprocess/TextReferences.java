package dk.referat.postprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns references in a record's running text into links, so editors can write plain Danish: a
 * known case or KLE number links to its page, and "punkt 27" links to item 27 of the same record.
 * Only text nodes are touched, never text inside links, code or headings.
 */
public final class TextReferences implements Transformer {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.-])(\\d{2}/\\d{1,7}|\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:-[A-ZÆØÅ]\\d{2}(?:-\\d{1,7}-\\d{2})?)?)(?![\\p{L}\\p{N}/-])"
                    + "|(?<![\\p{L}\\p{N}])([Pp]unkt(?:et)?\\s+(\\d{1,4}))(?![\\p{L}\\p{N}])");
    private static final String SKIP = "a, code, pre, h1, h2, h3, h4, h5, h6";

    private final Map<String, String> numberLinks;

    /** @param numberLinks each known case or KLE number and the site-absolute address of its page */
    public TextReferences(Map<String, String> numberLinks) {
        this.numberLinks = Map.copyOf(Objects.requireNonNull(numberLinks, "numberLinks"));
    }

    @Override
    public void apply(Document page, String path) {
        for (Element text : page.select("article.meeting .item-section, article.meeting .preamble")) {
            List<TextNode> nodes = new ArrayList<>();
            collect(text, nodes);
            for (TextNode node : nodes) link(node, page);
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

    private void link(TextNode node, Document page) {
        String text = node.getWholeText();
        Matcher m = REFERENCE.matcher(text);
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String href = m.group(1) != null ? numberLinks.get(m.group(1))
                    : page.getElementById("punkt-" + m.group(3)) != null ? "#punkt-" + m.group(3) : null;
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
