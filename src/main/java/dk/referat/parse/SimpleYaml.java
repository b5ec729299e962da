package dk.referat.parse;

import dk.referat.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the plain YAML that front matter and punkt blocks are written in nearly always — fields,
 * lists of fields, words and [flow, lists] — without the general YAML parser, which took a tenth of
 * reading a site's records and much of the JIT compiler's time. It answers only for text it is sure
 * of and gives exactly the nodes, with the same positions, that {@link YamlReader} gives through
 * snakeyaml ({@code SimpleYamlTest} compares the two on generated text); anything else — comments,
 * quotes with escapes, anchors, multi-line values, odd indentation — it leaves to snakeyaml.
 */
final class SimpleYaml {
    /** A line (or, after a list's "- ", the rest of one) and where its text starts. */
    private record Line(int number, int indent, String text) {
        String rest() {
            return text.substring(indent);
        }
    }

    /** Thrown within this class for text outside the subset; never escapes it. */
    private static final class NotSimple extends Exception {
        NotSimple() {
            super(null, null, false, false);
        }
    }

    /** Well below {@link YamlReader}'s limit, so that no text it refuses as too deep is read here. */
    private static final int MAX_DEPTH = 8;
    private final List<Line> lines;
    private final SourcePosition base;
    private int next;
    private int depth;

    private SimpleYaml(List<Line> lines, SourcePosition base) {
        this.lines = lines;
        this.base = base;
    }

    /**
     * @return the document as {@link YamlReader#read} gives it (empty for an empty document), or
     *         null when the text is not in the subset read here
     */
    static Optional<YamlNode> read(String yaml, SourcePosition base) {
        if (yaml.indexOf('#') >= 0 || !isPrintable(yaml)) return null;
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (int start = 0; start <= yaml.length(); number++) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) end = yaml.length();
            String text = yaml.substring(start, end);
            if (!text.chars().allMatch(c -> c == ' ')) {
                int indent = 0;
                while (text.charAt(indent) == ' ') indent++;
                if (text.endsWith(" ") || text.startsWith("---") || text.startsWith("...") || text.startsWith("%")) return null;
                lines.add(new Line(number, indent, text));
            }
            start = end + 1;
        }
        if (lines.isEmpty()) return Optional.empty();
        if (lines.get(0).indent() != 0) return null;
        SimpleYaml reader = new SimpleYaml(lines, base);
        try {
            YamlNode root = reader.isItem(lines.get(0)) ? null : reader.mapping(0);
            if (root == null || reader.next != lines.size()) return null;
            return Optional.of(root);
        } catch (NotSimple e) {
            return null;
        }
    }

    /**
     * Only characters YAML allows, as snakeyaml checks them, and none that would count its columns
     * differently (it counts code points, and skips a byte-order mark): no tab, no CR, no control
     * character, no surrogate, no U+FEFF, U+FFFE or U+FFFF.
     */
    private static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\n' : c >= 0x7F && c <= 0x9F || c >= 0xD800 && c <= 0xDFFF || c >= 0xFEFF && (c == 0xFEFF || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    private boolean isItem(Line line) {
        return line.text().startsWith("- ", line.indent()) || line.rest().equals("-");
    }

    private YamlNode.Mapping mapping(int indent) throws NotSimple {
        if (++depth > MAX_DEPTH) throw new NotSimple();
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        SourcePosition at = null;
        while (next < lines.size() && lines.get(next).indent() == indent && !isItem(lines.get(next))) {
            Line line = lines.get(next);
            String rest = line.rest();
            int colon = keyEnd(rest);
            if (colon < 0) throw new NotSimple();
            String key = rest.substring(0, colon);
            if (entries.containsKey(key)) throw new NotSimple();
            SourcePosition keyAt = position(line.number(), indent);
            if (at == null) at = keyAt;
            YamlNode value;
            if (colon + 1 == rest.length()) {
                next++;
                if (next < lines.size() && lines.get(next).indent() > indent) {
                    value = node(lines.get(next).indent());
                } else if (next < lines.size() && lines.get(next).indent() == indent && isItem(lines.get(next))) {
                    value = sequence(indent);
                } else {
                    value = null;
                }
            } else {
                int start = colon + 1;
                while (rest.charAt(start) == ' ') start++;
                value = value(rest.substring(start), line.number(), indent + start);
                next++;
            }
            entries.put(key, new YamlNode.Entry(keyAt, value));
        }
        if (next < lines.size() && lines.get(next).indent() > indent) throw new NotSimple();
        if (at == null) throw new NotSimple();
        depth--;
        return new YamlNode.Mapping(entries, at);
    }

    private YamlNode node(int indent) throws NotSimple {
        return isItem(lines.get(next)) ? sequence(indent) : mapping(indent);
    }

    private YamlNode.Sequence sequence(int indent) throws NotSimple {
        if (++depth > MAX_DEPTH) throw new NotSimple();
        List<YamlNode> items = new ArrayList<>();
        SourcePosition at = position(lines.get(next).number(), indent);
        while (next < lines.size() && lines.get(next).indent() == indent && isItem(lines.get(next))) {
            Line line = lines.get(next);
            String content = line.text().substring(indent + Math.min(2, line.rest().length()));
            if (content.isEmpty() || content.startsWith(" ") || content.startsWith("-")) throw new NotSimple();
            YamlNode item;
            if (keyEnd(content) >= 0) {
                // "- key: value": the item is a mapping whose keys stand two columns in.
                lines.set(next, new Line(line.number(), indent + 2, line.text()));
                item = mapping(indent + 2);
            } else {
                item = value(content, line.number(), indent + 2);
                next++;
            }
            if (item != null) items.add(item);
        }
        if (next < lines.size() && lines.get(next).indent() > indent) throw new NotSimple();
        depth--;
        return new YamlNode.Sequence(items, at);
    }

    /** A value on the line: a [flow, list], a "quoted" text without escapes, or a plain word or words. */
    private YamlNode value(String text, int line, int column) throws NotSimple {
        SourcePosition at = position(line, column);
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) throw new NotSimple();
            String inside = text.substring(1, text.length() - 1);
            List<YamlNode> items = new ArrayList<>();
            if (!inside.isBlank()) {
                int from = 0;
                while (true) {
                    int comma = inside.indexOf(',', from);
                    String part = inside.substring(from, comma < 0 ? inside.length() : comma);
                    int lead = 0;
                    while (lead < part.length() && part.charAt(lead) == ' ') lead++;
                    String item = part.strip();
                    if (!isPlain(item, true)) throw new NotSimple();
                    YamlNode.Scalar scalar = scalar(item, position(line, column + 1 + from + lead));
                    if (scalar != null) items.add(scalar);
                    if (comma < 0) break;
                    from = comma + 1;
                }
            }
            return new YamlNode.Sequence(items, at);
        }
        if (text.startsWith("\"")) {
            String inside = text.length() >= 2 && text.endsWith("\"") ? text.substring(1, text.length() - 1) : null;
            if (inside == null || inside.indexOf('"') >= 0 || inside.indexOf('\\') >= 0) throw new NotSimple();
            return new YamlNode.Scalar(inside, at);
        }
        if (!isPlain(text, false)) throw new NotSimple();
        return scalar(text, at);
    }

    /** As {@link YamlReader} reads a plain scalar: ~ and null are absent. */
    private static YamlNode.Scalar scalar(String text, SourcePosition at) {
        if (text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) return null;
        return new YamlNode.Scalar(text, at);
    }

    /**
     * Words a YAML parser reads as they are: starting with a letter, digit or '(', without ": ",
     * brackets or braces, and in a [flow list] without ',' or ':' either.
     */
    private static boolean isPlain(String text, boolean inFlow) {
        if (text.isEmpty()) return false;
        char first = text.charAt(0);
        if (!Character.isLetterOrDigit(first) && first != '(') return false;
        if (text.endsWith(":") || text.contains(": ")) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}' || c < ' ' || (inFlow && (c == ',' || c == ':'))) return false;
        }
        return true;
    }

    /** Where "key:" ends (the colon), when the text starts with a plain key followed by ':' and a space or its end; else -1. */
    private static int keyEnd(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128
                || text.charAt(i) == '_' || (i > 0 && (text.charAt(i) == '-' || text.charAt(i) == '.')))) {
            i++;
        }
        if (i == 0 || i >= text.length() || text.charAt(i) != ':') return -1;
        return i + 1 == text.length() || text.charAt(i + 1) == ' ' ? i : -1;
    }

    /** As {@link YamlReader} places a node: lines from the text's first, columns shifted on that line only. */
    private SourcePosition position(int line, int column) {
        return base.atLine(base.line() + line, (line == 0 ? Math.max(base.column(), 1) - 1 : 0) + column + 1);
    }
}
