package dk.referat.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, where it is, and how to put it right.
 *
 * @param file   the file as the editor knows it, relative to the site folder ("content/x/2020-02-12.md")
 * @param line   1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param hint   how to fix it, in plain words; empty when the message says it all
 */
public record Problem(String file, int line, int column, Severity severity, String message, String hint) {

    /** Reports sort by file, then position, so that the editor can work down the list. */
    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0) throw new IllegalArgumentException("line must be >= 0, was " + line);
        if (column < 0) throw new IllegalArgumentException("column must be >= 0, was " + column);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, and the hint on a second, indented line. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) out.append(':').append(column);
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) out.append("\n    fix: ").append(hint);
        return out.toString();
    }
}
