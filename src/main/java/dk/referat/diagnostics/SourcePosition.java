package dk.referat.diagnostics;

import java.util.Objects;

/** A place in a content file: the file relative to the site folder, 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition atLine(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
    }
}
