package dk.referat.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a site, sorted by path so that every build sees them in the same order.
 *
 * @param removed  data/removed.yaml, why pages were taken down, if the site has it
 * @param former   the records and pages git has known that are gone from content/
 * @param history  the site's files as git has known them; {@link GitHistory#NONE} outside git
 */
public record SiteSources(Optional<SourceFile> committees, Optional<SourceFile> removed, List<SourceFile> documents,
                          List<SourceFile> former, List<SourceFile> attachments, GitHistory history) {

    public SiteSources {
        Objects.requireNonNull(committees, "committees");
        Objects.requireNonNull(removed, "removed");
        documents = List.copyOf(documents);
        former = List.copyOf(former);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(history, "history");
    }
}
