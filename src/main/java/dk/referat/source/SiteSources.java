package dk.referat.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a site, sorted by path so that every build sees them in the same order.
 *
 * @param history the site's files as git has known them; {@link GitHistory#NONE} outside git
 */
public record SiteSources(Optional<SourceFile> committees, List<SourceFile> documents, List<SourceFile> attachments,
                          GitHistory history) {

    public SiteSources {
        documents = List.copyOf(documents);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(history, "history");
    }
}
