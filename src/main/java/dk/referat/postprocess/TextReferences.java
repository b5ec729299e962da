package dk.referat.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
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
public final class TextReferences implements TextTransformer {
    // Selectors are parsed once: parsing one per node was a large share of the build's time.
    private static final Evaluator SKIP = QueryParser.parse("a, code, pre, h1, h2, h3, h4, h5, h6");
    private static final Evaluator RUNNING_TEXT = QueryParser.parse("article.meeting .item-section, article.meeting .preamble");

    private final Map<String, String> numberLinks;

    /** @param numberLinks each known case or KLE number and the site-absolute address of its page */
    public TextReferences(Map<String, String> numberLinks) {
        this.numberLinks = Map.copyOf(Objects.requireNonNull(numberLinks, "numberLinks"));
    }

    /** Where running text starts: an element whose classes include item-section or preamble ({@link #regions} reads it by hand). */
    static final Pattern REGION = Pattern.compile("class=\"[^\"]*\\b(?:item-section|preamble)\\b[^\"]*\"[^>]*>");
    /** Where it ends at the latest: the Markdown renderer writes none of these. */
    static final Pattern REGION_END = Pattern.compile("</?(?:section|div|nav|article|main)\\b");

    /**
     * True when the running text holds a known number or a "punkt N". Tags count as spaces, so every
     * reference the parsed page has is found here too, and possibly a few more.
     */
    @Override
    public boolean mayApply(String html) {
        return hasReference(html, regions(html));
    }

    private boolean hasReference(String html, int[] regions) {
        for (int r = 0; r < regions.length; r += 2) {
            String text = tagsAsSpaces(html, regions[r], regions[r + 1]);
            for (References.Match m = References.find(text, 0); m != null; m = References.find(text, m.end())) {
                if (m.number() == null || numberLinks.containsKey(m.number())) return true;
            }
        }
        return false;
    }

    /**
     * Where running text starts and ends, in pairs: after each start tag whose class holds
     * item-section or preamble, up to the next section, div, nav, article or main tag. Exactly what
     * the expressions {@link #REGION} and {@link #REGION_END} find, read by hand: they were tried at
     * every attribute of every page.
     */
    static int[] regions(String html) {
        int[] out = new int[8];
        int count = 0;
        int from = 0;
        while (true) {
            int start = regionStart(html, from);
            if (start < 0) break;
            int end = regionEnd(html, start);
            if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
            out[count++] = start;
            out[count++] = end;
            from = end;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The end of the first match of {@link #REGION} starting at or after {@code from}, or -1. */
    private static int regionStart(String html, int from) {
        for (int c = html.indexOf("class=\"", from); c >= 0; c = html.indexOf("class=\"", c + 1)) {
            int value = c + 7;
            int quote = html.indexOf('"', value);
            if (quote < 0) return -1;
            if (holdsWord(html, value, quote, "item-section") || holdsWord(html, value, quote, "preamble")) {
                int close = html.indexOf('>', quote + 1);
                return close < 0 ? -1 : close + 1;
            }
        }
        return -1;
    }

    /** Whether text[from, to) holds the word with a word boundary (as Java's \\b) on both sides. */
    private static boolean holdsWord(String text, int from, int to, String word) {
        // Within the value only: indexOf would search on to the end of the page for every class
        // attribute, which made a 1 MB list page quadratic.
        char first = word.charAt(0);
        for (int at = from; at <= to - word.length(); at++) {
            if (text.charAt(at) == first && text.startsWith(word, at) && isBoundary(text, at) && isBoundary(text, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] REGION_ENDS = {"section", "div", "nav", "article", "main"};

    /** The start of the first match of {@link #REGION_END} at or after {@code from}, or the text's end. */
    private static int regionEnd(String html, int from) {
        for (int lt = html.indexOf('<', from); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int name = lt + 1 < html.length() && html.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
            for (String end : REGION_ENDS) {
                if (html.startsWith(end, name) && isBoundary(html, name + end.length())) return lt;
            }
        }
        return html.length();
    }

    /**
     * Whether a word boundary stands at {@code i}, exactly as Java's {@code \\b} decides: a word
     * character is a letter, a digit or '_', and a combining mark that follows a letter or digit.
     */
    static boolean isBoundary(CharSequence text, int i) {
        boolean left = i > 0 && isWordBefore(text, i);
        boolean right = i < text.length() && isWord(text, i, Character.codePointAt(text, i));
        return left != right;
    }

    private static boolean isWordBefore(CharSequence text, int i) {
        int c = Character.codePointBefore(text, i);
        return isWord(text, i - Character.charCount(c), c);
    }

    private static boolean isWord(CharSequence text, int at, int c) {
        if (c == '_' || Character.isLetterOrDigit(c)) return true;
        if (Character.getType(c) != Character.NON_SPACING_MARK) return false;
        for (int x = at; x >= 0; x--) {
            int b = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(b)) return true;
            if (Character.getType(b) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }

    /** The text from..to with each tag ({@code <[^>]*>}) written as one space. */
    private static String tagsAsSpaces(String html, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int open = html.indexOf('<', i);
            int close = open < 0 || open >= to ? -1 : html.indexOf('>', open);
            if (close < 0 || close >= to) break;
            out.append(html, i, open).append(' ');
            i = close + 1;
        }
        return out.append(html, i, to).toString();
    }

    /**
     * +1 for an opening and -1 for a closing tag of an element whose text is never linked (a, code,
     * pre, h1–h6, as {@code <(/?)(?:a|code|pre|h[1-6])\b[^>]*>} reads them), 0 for any other tag.
     */
    static int skipping(String tag) {
        int p = tag.length() > 1 && tag.charAt(1) == '/' ? 2 : 1;
        int end;
        if (tag.startsWith("a", p)) end = p + 1;
        else if (tag.startsWith("code", p)) end = p + 4;
        else if (tag.startsWith("pre", p)) end = p + 3;
        else if (tag.startsWith("h", p) && p + 1 < tag.length() && tag.charAt(p + 1) >= '1' && tag.charAt(p + 1) <= '6') end = p + 2;
        else return 0;
        if (!isBoundary(tag, end)) return 0;
        return p == 2 ? -1 : 1;
    }

    /**
     * Links the references in the running text without parsing the page: that text is the Markdown
     * renderer's, whose tags are plain and whose text is escaped. Text holding an entity (which the
     * parse would decode before matching) is left to the parse.
     */
    @Override
    public String rewrite(String html, String path) {
        int[] regions = regions(html);
        if (!hasReference(html, regions)) return html;
        Set<String> ids = null;
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int done = 0;
        for (int r = 0; r < regions.length; r += 2) {
            out.append(html, done, regions[r]);
            String region = html.substring(regions[r], regions[r + 1]);
            if (ids == null && region.contains("unkt")) {
                ids = ids(html);
                if (ids == null) return null;
            }
            String linked = linkRegion(region, ids == null ? Set.of() : ids);
            if (linked == null) return null;
            out.append(linked);
            done = regions[r + 1];
        }
        return out.append(html, done, html.length()).toString();
    }

    /** The region with its references linked, or null when it holds text only a parse can read. */
    private String linkRegion(String region, Set<String> ids) {
        StringBuilder out = new StringBuilder(region.length() + 256);
        int skipped = 0;
        int last = 0;
        while (true) {
            int open = region.indexOf('<', last);
            int close = open < 0 ? -1 : region.indexOf('>', open);
            boolean found = close >= 0;
            String text = region.substring(last, found ? open : region.length());
            if (skipped == 0 && !text.isEmpty()) {
                if (text.indexOf('&') >= 0 && hasDigit(text)) return null;
                out.append(linkText(text, ids));
            } else {
                out.append(text);
            }
            if (!found) break;
            String tag = region.substring(open, close + 1);
            skipped = Math.max(0, skipped + skipping(tag));
            out.append(tag);
            last = close + 1;
        }
        return out.toString();
    }

    /** Where a match leads: a known number's page, or an item of this page; null for neither. */
    private String href(References.Match m, Set<String> ids) {
        if (m.number() != null) return numberLinks.get(m.number());
        return ids.contains("punkt-" + m.item()) ? "#punkt-" + m.item() : null;
    }

    private String linkText(String text, Set<String> ids) {
        if (!hasDigit(text)) return text;
        StringBuilder out = null;
        int last = 0;
        for (References.Match m = References.find(text, 0); m != null; m = References.find(text, m.end())) {
            String href = href(m, ids);
            if (href == null) continue;
            if (out == null) out = new StringBuilder(text.length() + 64);
            out.append(text, last, m.start()).append("<a href=\"").append(href).append("\" class=\"reference\">")
                    .append(text, m.start(), m.end()).append("</a>");
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The page's ids, or null when one is written in a way only a parse reads reliably. */
    private static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        boolean plain = AttributeScanner.scan(html, (name, start, end, quote) -> {
            if (!name.equalsIgnoreCase("id")) return true;
            if (!name.equals("id") || quote != '"' || AttributeScanner.has(html, '&', start, end)) return false;
            ids.add(html.substring(start, end));
            return true;
        });
        return plain ? ids : null;
    }

    @Override
    public void apply(Document page, String path) {
        List<TextNode> nodes = new ArrayList<>();
        for (Element text : page.select(RUNNING_TEXT)) collect(text, nodes);
        Set<String> ids = null;
        for (TextNode node : nodes) {
            // A node met twice (nested sections) was replaced the first time and is detached now.
            if (node.parentNode() == null || !hasDigit(node.getWholeText())) continue;
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

    /** Any digit, not only ASCII: the parse path's check, kept as it was. */
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
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        for (References.Match m = References.find(text, 0); m != null; m = References.find(text, m.end())) {
            String href = href(m, ids);
            if (href == null) continue;
            if (m.start() > last) replacement.add(new TextNode(text.substring(last, m.start())));
            replacement.add(new Element("a").attr("href", href).attr("class", "reference").text(text.substring(m.start(), m.end())));
            last = m.end();
        }
        if (replacement.isEmpty()) return;
        if (last < text.length()) replacement.add(new TextNode(text.substring(last)));
        for (Node n : replacement) node.before(n);
        node.remove();
    }
}
