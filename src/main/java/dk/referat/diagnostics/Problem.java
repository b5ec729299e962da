package dk.referat.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, where it is, and how to put it right. The words are said when
 * the problem is shown, in the reader's {@link Language}.
 *
 * @param file   the file as the editor knows it, relative to the site folder ("content/x/2020-02-12.md")
 * @param line   1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param hint   how to fix it, in plain words; {@link Message#NONE} when the message says it all
 */
public record Problem(String file, int line, int column, Severity severity, Message message, Message hint) {

    /** Reports sort by file, then position, so that the editor can work down the list. */
    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.message().key())
            .thenComparing(p -> p.message().args().toString());

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        // A message's own hint (key.fix) is optional: where the catalogue has none, the message says it all.
        hint = hint == null || hint.key().endsWith(".fix") && !Catalogue.of(Language.DANISH).has(hint.key()) ? Message.NONE : hint;
        if (line < 0) throw new IllegalArgumentException("line must be >= 0, was " + line);
        if (column < 0) throw new IllegalArgumentException("column must be >= 0, was " + column);
    }

    /** A problem whose hint is its message's own ({@code key.fix}), when the catalogue has one. */
    public static Problem of(SourcePosition at, Severity severity, Message message) {
        return new Problem(at.file(), at.line(), at.column(), severity, message, message.fix());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message(Language language) {
        return Catalogue.of(language).say(message);
    }

    public String hint(Language language) {
        return Catalogue.of(language).say(hint);
    }

    /** {@code file:line:col: fejl: message}, and the hint on a second, indented line. */
    public String format(Language language) {
        Catalogue words = Catalogue.of(language);
        StringBuilder out = new StringBuilder(where());
        out.append(": ").append(words.say(severity.said())).append(": ").append(words.say(message));
        if (!hint.isNone()) out.append("\n    ").append(words.say("problem.hint")).append(": ").append(words.say(hint));
        return out.toString();
    }

    /** {@code file:line:col}, as far as it is known. */
    public String where() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) out.append(':').append(column);
        }
        return out.toString();
    }
}
