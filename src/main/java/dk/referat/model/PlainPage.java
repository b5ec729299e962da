package dk.referat.model;

import java.util.Objects;

/**
 * An ordinary page (about, contact), published at its path inside content/.
 *
 * @param contentPath e.g. "om-sitet.md"
 */
public record PlainPage(String sourceFile, String contentPath, String title, PublicationStatus status, RichText body)
        implements Publication {

    public PlainPage {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String addressKey() {
        return contentPath;
    }

    @Override
    public Removed removal(java.time.Instant time) {
        return new Removed.Page(contentPath, time);
    }
}
