package dk.referat.parse;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JBake's {@code key=value} header into the same {@link YamlNode} shape as YAML front matter, so
 * the model reads both the same way. As in JBake, {@code tags} is a comma-separated list.
 */
public final class JBakeHeader {
    private JBakeHeader() {
    }

    public static YamlNode.Mapping read(String header, SourcePosition firstLine, Problems problems) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        String[] lines = header.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            int eq = line.indexOf('=');
            SourcePosition keyAt = firstLine.atLine(firstLine.line() + i, 1);
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            if (entries.containsKey(key)) {
                problems.error(keyAt, Message.of("yaml.field.twice", key, String.valueOf(entries.get(key).keyAt().line())));
                continue;
            }
            SourcePosition valueAt = keyAt.atLine(keyAt.line(), eq + 2);
            YamlNode node;
            if (value.isEmpty()) {
                node = null;
            } else if (key.equals("tags")) {
                List<YamlNode> tags = new ArrayList<>();
                for (String tag : value.split(",")) {
                    if (!tag.isBlank()) tags.add(new YamlNode.Scalar(tag.trim(), valueAt));
                }
                node = new YamlNode.Sequence(tags, valueAt);
            } else {
                node = new YamlNode.Scalar(value, valueAt);
            }
            entries.put(key, new YamlNode.Entry(keyAt, node));
        }
        return new YamlNode.Mapping(entries, firstLine);
    }
}
