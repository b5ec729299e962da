package dk.referat.parse;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML into {@link YamlNode}s that remember where they were written. Only SnakeYAML's composer
 * runs: no Java objects are ever constructed from content, and every value stays text until the
 * model checks it against what the field needs.
 */
public final class YamlReader {
    /** Deeper than any front matter needs; stops alias loops and hostile nesting. */
    private static final int MAX_DEPTH = 32;
    /** Immutable, so made once: a build reads some 200,000 punkt blocks. Messages take their place from our own positions. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(10)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(5 * 1024 * 1024)
            .build();

    private YamlReader() {
    }

    /**
     * @param yaml      the YAML text
     * @param firstLine the position of the text's first line in its file, so positions are file positions
     */
    public static Optional<YamlNode> read(String yaml, SourcePosition firstLine, Problems problems) {
        Optional<YamlNode> simple = SimpleYaml.read(yaml, firstLine);
        return simple != null ? simple : readWithSnakeYaml(yaml, firstLine, problems);
    }

    /** Any YAML, by snakeyaml: what {@link SimpleYaml} leaves, and what it is checked against. */
    static Optional<YamlNode> readWithSnakeYaml(String yaml, SourcePosition firstLine, Problems problems) {
        // SnakeYAML's composer recurses once per level and has no limit of its own: count them first.
        int deepLine = deeperThan(yaml, MAX_DEPTH);
        if (deepLine >= 0) {
            problems.error(firstLine.atLine(firstLine.line() + deepLine, 1), Message.of("yaml.too-deep", MAX_DEPTH));
            return Optional.empty();
        }
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
            if (root.isEmpty()) return Optional.empty();
            return Optional.ofNullable(convert(root.get(), firstLine, problems, 0));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePosition at = mark == null ? firstLine : shift(firstLine, mark);
            String what = e.getProblem() == null ? "" : e.getProblem();
            YamlMistakes.Explained plain = mark == null ? null : YamlMistakes.explain(yaml, firstLine.line(), mark.getLine(), mark.getColumn(), what);
            if (plain != null) {
                problems.error(firstLine.atLine(firstLine.line() + plain.line(), plain.column()), plain.message(), plain.hint());
                return Optional.empty();
            }
            problems.error(at, Message.of("yaml.unreadable", Message.verbatim(what.trim())));
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.error(firstLine, Message.of("yaml.too-deep.stack"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(firstLine, Message.of("yaml.unreadable.engine", Message.verbatim(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
    }

    /**
     * The first line (counted from 0) at which the text's nesting, by indentation, list dashes and
     * open brackets, exceeds {@code max} levels; -1 when it never does. It counts generously (a
     * bracket inside quotes counts too), which only matters far beyond what front matter needs.
     */
    static int deeperThan(String yaml, int max) {
        java.util.ArrayDeque<Integer> indents = new java.util.ArrayDeque<>();
        int brackets = 0;
        String[] lines = yaml.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            if (indent == line.length() || line.charAt(indent) == '#') continue;
            while (!indents.isEmpty() && indents.peek() >= indent) indents.pop();
            indents.push(indent);
            int dashes = 0;
            for (int i = indent; i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' '; i += 2) {
                while (i + 2 < line.length() && line.charAt(i + 2) == ' ') i++;
                dashes++;
            }
            for (int i = indent; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '[' || c == '{') {
                    if (indents.size() + dashes + ++brackets > max) return n;
                } else if ((c == ']' || c == '}') && brackets > 0) {
                    brackets--;
                }
            }
            if (indents.size() + dashes + brackets > max) return n;
        }
        return -1;
    }

    private static YamlNode convert(Node node, SourcePosition base, Problems problems, int depth) {
        SourcePosition at = node.getStartMark().map(m -> shift(base, m)).orElse(base);
        if (depth > MAX_DEPTH) {
            problems.error(at, Message.of("yaml.too-deep.composed"));
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
            if (plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                    || value.equals("NULL"))) {
                return null;
            }
            return new YamlNode.Scalar(value, at);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node child : sequence.getValue()) {
                YamlNode item = convert(child, base, problems, depth + 1);
                if (item != null) items.add(item);
            }
            return new YamlNode.Sequence(items, at);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourcePosition keyAt = keyNode.getStartMark().map(m -> shift(base, m)).orElse(at);
            if (!(keyNode instanceof ScalarNode key)) {
                problems.error(keyAt, Message.of("yaml.key.not-plain"));
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                problems.error(keyAt, Message.of("yaml.field.twice", key.getValue(), String.valueOf(entries.get(key.getValue()).keyAt().line())));
                continue;
            }
            entries.put(key.getValue(), new YamlNode.Entry(keyAt, convert(tuple.getValueNode(), base, problems, depth + 1)));
        }
        return new YamlNode.Mapping(entries, at);
    }

    private static SourcePosition shift(SourcePosition base, Mark mark) {
        int line = base.line() + mark.getLine();
        int column = (mark.getLine() == 0 ? Math.max(base.column(), 1) - 1 : 0) + mark.getColumn() + 1;
        return base.atLine(line, column);
    }
}
