package dk.referat.parse;

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
    record Explained(int line, int column, String message, String hint) {
    }

    private YamlMistakes() {
    }

    static Explained explain(String yaml, int line, int column, String problem) {
        String[] lines = yaml.split("\n", -1);
        if (line < 0 || line >= lines.length) return null;
        String parser = " (the YAML parser: " + problem.strip() + ")";
        String text = lines[line];
        if (problem.contains("\\t(TAB)") || leadingWhitespace(text).contains("\t")) {
            return new Explained(line, 1, "the line is indented with a tab, and front matter is indented with spaces only",
                    "replace the tab with spaces, two for each level" + parser);
        }
        if (problem.contains("end of stream") || problem.contains("while scanning a quoted scalar")) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].chars().filter(c -> c == '"').count() % 2 == 1) {
                    return new Explained(i, lines[i].indexOf('"') + 1, "the quote that starts here is never closed",
                            "end the value with \" on the same line" + parser);
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
            return new Explained(line, column + 1, "the value of '" + key + "' holds ': ', which YAML reads as the start of another field",
                    "put the value in quotes: " + key + ": \"" + value.replace("\"", "\\\"") + "\"" + parser);
        }
        int indent = here.group(1).length() + here.group(2).length();
        // The field above that this one should line up with: the nearest one not deeper than it, else the one just above.
        for (int i = line - 1; i >= 0; i--) {
            Matcher above = FIELD.matcher(lines[i]);
            if (!above.matches()) continue;
            int aboveIndent = above.group(1).length() + above.group(2).length();
            if (aboveIndent == indent) return null;
            String where = aboveIndent == 0 ? "at the beginning of the line" : aboveIndent + " spaces in";
            return new Explained(line, indent + 1, "'" + key + ":' is indented " + indent + (indent == 1 ? " space" : " spaces")
                    + ", which lines it up with no field above it", "start it " + where + ", like '" + above.group(3).strip()
                    + ":' on the line above it" + (i == line - 1 ? "" : " (line " + (i + 1) + " of the front matter)") + parser);
        }
        return null;
    }

    private static String leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(0, i);
    }
}
