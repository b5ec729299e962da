package dk.referat.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the site folder and what it is for.
 *
 * @param path        where it is on disk
 * @param displayName how the editor knows it (relative to the site folder), used in every message
 * @param contentPath its path inside content/ with '/' separators ("arbejdsplads-med/2020-04-30.md")
 */
public record SourceFile(Path path, String displayName, String contentPath, Kind kind) {

    public enum Kind {
        /** A Markdown file with front matter: a meeting record or a plain page. */
        DOCUMENT,
        /** A file in a {@code bilag} folder: published only when an item lists it. */
        ATTACHMENT,
        /** {@code data/committees.yaml}. */
        COMMITTEES,
        /** Another file of {@code data/}. */
        DATA
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(kind, "kind");
    }
}
