package dk.referat.parse;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Raw HTML that editors write in Markdown. Records are public and anyone with commit rights can
 * change them, so raw HTML is cleaned with a Jsoup {@link Safelist}: formatting and tables pass;
 * script, style, iframe, object, forms, event-handler attributes and addresses other than http(s),
 * mailto, tel and relative ones are removed, and each removal is reported as a warning at its line.
 */
final class RawHtml {
    /** What Referat's Markdown itself produces, plus plain formatting an editor may write by hand. */
    static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "s", "ins", "mark", "abbr", "hr")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("code", "class").addAttributes("abbr", "title")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);
    /** Relative addresses are judged against a base that no reader visits; they are kept as written. */
    private static final String BASE = "https://referat.invalid/";
    private static final org.jsoup.nodes.Document.OutputSettings OUTPUT = new org.jsoup.nodes.Document.OutputSettings()
            .prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);

    private RawHtml() {
    }

    /**
     * Reports, for each piece of raw HTML, what cleaning will remove from it.
     *
     * @param lineOf the file position of an offset in the Markdown text
     * @return whether the document has raw HTML at all (when not, nothing needs cleaning)
     */
    static boolean check(Document document, java.util.function.IntFunction<SourcePosition> lineOf, Problems problems) {
        boolean any = false;
        List<Node> html = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) html.add(node);
        }
        html = removeUnpublishable(html, lineOf, problems);
        for (Node node : html) {
            any = true;
            Set<Object> removed = removedFrom(node.getChars().toString());
            if (!removed.isEmpty()) {
                problems.warning(lineOf.apply(node.getStartOffset()), Message.of("html.removed", list(removed)));
            }
        }
        return any;
    }

    /**
     * Reports each Markdown link or image whose address is not plainly safe; cleaning drops the
     * address and keeps the text. Checked here, on the text, so that no copy of the HTML (the page,
     * the open-data JSON, the search index) ever holds it.
     *
     * @return whether there is such a link
     */
    static boolean checkLinks(Document document, java.util.function.IntFunction<SourcePosition> lineOf, Problems problems) {
        boolean any = false;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof LinkNodeBase link)) continue;
            String url = link.getUrl().unescape();
            if (Addresses.isSafe(url)) continue;
            any = true;
            String shown = url.length() > 40 ? url.substring(0, 40) + "…" : url;
            problems.warning(lineOf.apply(node.getStartOffset()), Message.of("markdown.link.unsafe", shown));
        }
        return any;
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)\\b[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col", "area", "input", "source", "track", "meta", "link", "base", "embed", "param");

    /**
     * Takes out of the document, each with a warning, what no page can publish and what a cleaner
     * would only mangle: comments, processing instructions, CDATA sections and declarations (Jsoup
     * reads {@code <?php … ?>} as a comment ending at its first {@code >}, leaving the rest as text),
     * a closing tag without its opening one, and an opening tag its paragraph never closes (which a
     * browser's parser would carry over into the next paragraph).
     *
     * @return the raw HTML left
     */
    private static List<Node> removeUnpublishable(List<Node> html, java.util.function.IntFunction<SourcePosition> lineOf,
                                                  Problems problems) {
        List<Node> kept = new ArrayList<>();
        java.util.Map<Node, List<Node>> inlineByParent = new java.util.LinkedHashMap<>();
        for (Node node : html) {
            String raw = node.getChars().toString().strip();
            Unpublishable kind = Unpublishable.of(raw);
            if (kind != null) {
                String closing = kind.closing;
                Message what = kind.label;
                int end = raw.lastIndexOf(closing);
                if (end < 0) {
                    what = Message.of("html.unpublishable.unclosed", what, closing);
                } else if (node instanceof HtmlBlockBase && !raw.substring(end + closing.length()).isBlank()) {
                    // An HTML block takes its whole last line: the text after the comment goes with it.
                    String after = raw.substring(end + closing.length()).strip();
                    what = Message.of("html.unpublishable.text-after", what, after.length() > 40 ? after.substring(0, 40) + "…" : after);
                }
                problems.warning(lineOf.apply(node.getStartOffset()), Message.of("html.removed", what),
                        Message.of(kind == Unpublishable.COMMENT ? "html.hint.comment" : "html.hint.markdown"));
                node.unlink();
            } else if (node instanceof HtmlInlineBase) {
                inlineByParent.computeIfAbsent(enclosingBlock(node), p -> new ArrayList<>()).add(node);
            } else {
                kept.add(node);
            }
        }
        for (List<Node> tags : inlineByParent.values()) {
            java.util.ArrayDeque<Node> open = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<String> openNames = new java.util.ArrayDeque<>();
            for (Node node : tags) {
                java.util.regex.Matcher m = TAG.matcher(node.getChars().toString().strip());
                if (!m.matches()) {
                    kept.add(node);
                    continue;
                }
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (m.group(1).isEmpty()) {
                    kept.add(node);
                    if (!VOID.contains(name) && m.group(3).isEmpty()) {
                        open.push(node);
                        openNames.push(name);
                    }
                } else if (openNames.contains(name)) {
                    while (!openNames.peek().equals(name)) unclosed(open.pop(), openNames.pop(), lineOf, problems, kept);
                    open.pop();
                    openNames.pop();
                    kept.add(node);
                } else {
                    Message alone = Message.of("html.closing-alone", name);
                    problems.warning(lineOf.apply(node.getStartOffset()), Message.of("html.removed", alone), alone.fix());
                    node.unlink();
                }
            }
            while (!open.isEmpty()) unclosed(open.pop(), openNames.pop(), lineOf, problems, kept);
        }
        return kept;
    }

    /** The paragraph, heading or table cell an inline tag is in: emphasis or a link between its tags is no boundary. */
    private static Node enclosingBlock(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof com.vladsch.flexmark.util.ast.Block)
                && !(parent instanceof com.vladsch.flexmark.ext.tables.TableCell)) {
            parent = parent.getParent();
        }
        return parent;
    }

    private static void unclosed(Node node, String name, java.util.function.IntFunction<SourcePosition> lineOf, Problems problems,
                                 List<Node> kept) {
        problems.warning(lineOf.apply(node.getStartOffset()), Message.of("html.unclosed", name));
        kept.remove(node);
        node.unlink();
    }

    /** The HTML with everything outside the safelist removed. */
    static String clean(String html) {
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
    }

    /** What cleaning removes from the HTML: each tag as it is written ("<script>"), each attribute as a message. */
    private static Set<Object> removedFrom(String raw) {
        Set<Object> removed = new LinkedHashSet<>();
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(raw, BASE);
        for (Element e : fragment.body().getAllElements()) {
            if (e == fragment.body()) continue;
            String tag = e.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                removed.add("<" + tag + ">");
                continue;
            }
            List<Attribute> attributes = new ArrayList<>();
            e.attributes().forEach(attributes::add);
            for (Attribute a : attributes) {
                if (!SAFELIST.isSafeAttribute(tag, e, a)) {
                    removed.add(Message.of("html.removed.attribute", a.getKey().toLowerCase(Locale.ROOT), tag));
                }
            }
        }
        return removed;
    }

    /** The parts one after another, "<script>, <style>", however many there are. */
    private static Object list(Set<Object> parts) {
        Object said = null;
        for (Object part : parts) said = said == null ? part : Message.of("html.removed.and", said, part);
        return said;
    }
}
