package dk.referat.parse;

import dk.referat.diagnostics.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clerk did, told from where SnakeYAML stopped: a tab, a line indented to no field above it,
 * a value with ": " in it, a quote never closed. The parser's own words ("expected <block end>, but
 * found '<block mapping start>'") follow in the hint, for whoever knows YAML.
 */
final class YamlMistakes {
    /** A line's indentation, its list dashes, and the field it starts. */
    private static final Pattern FIELD = Pattern.compile("^( *)((?:- +)*)([^\\s:#\"'\\-][^:#]*?):(?:[ \\t]+(.*))?$");

    /**
     * @param line   the line (counted from 0) where the parser stopped
     * @param column the column (from 0) there
     * @return line (from 0), column (from 1), message and hint; null when no plainer words fit
     */
    record Explained(int line, int column, Message message, Message hint) {
    }

    private YamlMistakes() {
    }

    /**
     * @param firstLine the file line of the YAML's first line, for naming another line in the hint
     */
    static Explained explain(String yaml, int firstLine, int line, int column, String problem) {
        String[] lines = yaml.split("\n", -1);
        if (line < 0 || line >= lines.length) return null;
        Message parser = Message.verbatim(problem.strip());
        String text = lines[line];
        if (problem.contains("\\t(TAB)") || leadingWhitespace(text).contains("\t")) {
            return new Explained(line, 1, Message.of("yaml.tab"), Message.of("yaml.tab.fix", parser));
        }
        boolean[] inBlock = blockScalarLines(lines);
        if (problem.contains("end of stream") || problem.contains("while scanning a quoted scalar")) {
            for (int i = 0; i < lines.length; i++) {
                Matcher field = FIELD.matcher(lines[i]);
                if (inBlock[i] || !field.matches() || field.group(4) == null) continue;
                String value = field.group(4).strip();
                char quote = value.isEmpty() ? 0 : value.charAt(0);
                if ((quote == '"' || quote == '\'') && !closes(value, quote)) {
                    return new Explained(i, field.start(4) + 1, Message.of("yaml.quote.unclosed"),
                            Message.of("yaml.quote.unclosed.fix", String.valueOf(quote), parser));
                }
            }
            return null;
        }
        Matcher here = FIELD.matcher(text);
        if (!here.matches()) return null;
        String key = here.group(3).strip();
        String value = here.group(4) == null ? "" : here.group(4);
        if (problem.contains("mapping values are not allowed") && (value.contains(": ") || value.endsWith(":"))
                && column > here.end(3)) {
            return new Explained(line, column + 1, Message.of("yaml.colon", key),
                    Message.of("yaml.colon.fix", key, value.replace("\"", "\\\""), parser));
        }
        int indent = here.group(1).length() + here.group(2).length();
        // The field just above, and, when this line is less deep than that one, the nearest field further up
        // that is less deep than this line: the two places the clerk may have meant.
        List<Message> places = new ArrayList<>();
        int nearest = -1;
        for (int i = line - 1; i >= 0; i--) {
            Matcher above = FIELD.matcher(lines[i]);
            if (inBlock[i] || !above.matches()) continue;
            int aboveIndent = above.group(1).length() + above.group(2).length();
            if (aboveIndent == indent) return null;
            if (nearest < 0) {
                nearest = aboveIndent;
                places.add(place(above, aboveIndent, i, line, firstLine));
                if (aboveIndent < indent) break;
            } else if (aboveIndent < indent) {
                places.add(place(above, aboveIndent, i, line, firstLine));
                break;
            }
        }
        if (places.isEmpty()) return null;
        Message where = places.size() == 1 ? places.get(0) : Message.of("yaml.indent.either", places.get(0), places.get(1));
        return new Explained(line, indent + 1, Message.of("yaml.indent", key, indent), Message.of("yaml.indent.fix", where, parser));
    }

    /** One place the line may have been meant to start: its indentation, and the field there. */
    private static Message place(Matcher field, int indent, int at, int line, int firstLine) {
        Message which = at == line - 1 ? Message.of("yaml.indent.above") : Message.of("yaml.indent.on-line", String.valueOf(firstLine + at));
        String key = field.group(3).strip();
        return indent == 0 ? Message.of("yaml.indent.at-edge", key, which)
                : Message.of("yaml.indent.spaces-in", String.valueOf(indent), key, which);
    }

    /** Whether a quoted value ends with its quote (a doubled '' or an escaped \" inside does not end it). */
    private static boolean closes(String value, char quote) {
        String rest = value.substring(1).replaceAll("\\s+#.*$", "");
        rest = quote == '"' ? rest.replace("\\\\", "").replace("\\\"", "") : rest.replace("''", "");
        return rest.indexOf(quote) >= 0;
    }

    /** The lines of literal and folded blocks (key: | or key: >): text, whatever it looks like. */
    private static boolean[] blockScalarLines(String[] lines) {
        boolean[] in = new boolean[lines.length];
        int blockIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = leadingWhitespace(line).length();
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    in[i] = true;
                    continue;
                }
                blockIndent = -1;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches() && field.group(4) != null && field.group(4).strip().matches("[|>][-+0-9]*(\\s+#.*)?")) {
                blockIndent = field.group(1).length() + field.group(2).length();
            }
        }
        return in;
    }

    private static String leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(0, i);
    }
}
