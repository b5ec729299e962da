package dk.referat.parse;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.regex.Pattern;

/**
 * Splits a content file into header and body. Two header formats are accepted: YAML front matter
 * between {@code ---} lines, and JBake's {@code key=value} lines ended by a {@code ~~~~~~} line, so that
 * pages written for JBake keep working.
 */
public final class FrontMatterSplitter {
    private static final Pattern YAML_FENCE = Pattern.compile("---[ \\t]*");
    private static final Pattern YAML_END = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");
    private static final Pattern JBAKE_END = Pattern.compile("~{6,}[ \\t]*");
    private static final Pattern JBAKE_LINE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*\\s*=.*|\\s*");

    private FrontMatterSplitter() {
    }

    /** Line endings are normalised to '\n' and a byte-order mark is dropped before anything else. */
    public static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static SplitDocument split(String text, String file, Problems problems) {
        String t = normalise(text);
        String[] lines = t.split("\n", -1);
        // Blank lines before the opening '---' are forgiven: they are invisible in most editors.
        int first = 0;
        while (first < lines.length - 1 && lines[first].isBlank()) first++;
        if (YAML_FENCE.matcher(lines[first]).matches()) {
            for (int i = first + 1; i < lines.length; i++) {
                if (YAML_END.matcher(lines[i]).matches()) {
                    return new SplitDocument(SplitDocument.HeaderFormat.YAML, join(lines, first + 1, i), first + 2,
                            join(lines, i + 1, lines.length), i + 2);
                }
            }
            problems.error(new SourcePosition(file, first + 1, 1), Message.of("header.unclosed"));
            return new SplitDocument(SplitDocument.HeaderFormat.NONE, "", 1, "", lines.length + 1);
        }
        for (int i = 0; i < lines.length; i++) {
            if (JBAKE_END.matcher(lines[i]).matches()) {
                return new SplitDocument(SplitDocument.HeaderFormat.JBAKE, join(lines, 0, i), 1,
                        join(lines, i + 1, lines.length), i + 2);
            }
            if (!JBAKE_LINE.matcher(lines[i]).matches()) break;
        }
        return new SplitDocument(SplitDocument.HeaderFormat.NONE, "", 1, t, 1);
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(lines[i]);
            if (i < to - 1) out.append('\n');
        }
        return out.toString();
    }
}
