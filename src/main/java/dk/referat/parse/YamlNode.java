package dk.referat.parse;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML as the editor wrote it, each node with its place in the file, so that every later check can
 * name the line and column of the value it rejects.
 */
public sealed interface YamlNode {

    SourcePosition at();

    /** A scalar; {@code null} values ({@code ~}, {@code null} or nothing) are read as absent, not as this. */
    record Scalar(String value, SourcePosition at) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, SourcePosition at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping with string keys, in the order written. */
    record Mapping(Map<String, Entry> entries, SourcePosition at) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<YamlNode> get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? Optional.empty() : Optional.ofNullable(entry.value());
        }

        public static Mapping empty(SourcePosition at) {
            return new Mapping(Map.of(), at);
        }
    }

    /** A key and its value; the value is null when the editor left it empty. */
    record Entry(SourcePosition keyAt, YamlNode value) {
    }

    /** What an editor would call this kind of value, as a part of a message ("… but it is a list"). */
    static Message kind(YamlNode node) {
        if (node instanceof Scalar) return Message.of("yaml.kind.scalar");
        if (node instanceof Sequence) return Message.of("yaml.kind.sequence");
        return Message.of("yaml.kind.mapping");
    }
}
