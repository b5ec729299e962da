package dk.referat.source;

import java.util.List;
import java.util.Optional;

/** The files of a site, sorted by path so that every build sees them in the same order. */
public record SiteSources(Optional<SourceFile> committees, List<SourceFile> documents, List<SourceFile> attachments) {

    public SiteSources {
        documents = List.copyOf(documents);
        attachments = List.copyOf(attachments);
    }
}
