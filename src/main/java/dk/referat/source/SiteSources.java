package dk.referat.source;

import java.util.List;
import java.util.Optional;

/** The files of a site, sorted by path so that every build sees them in the same order. */
/** @param history each file's changes in git, by the name the editor knows it by; empty outside git */
public record SiteSources(Optional<SourceFile> committees, List<SourceFile> documents, List<SourceFile> attachments,
                          java.util.Map<String, List<dk.referat.model.Change>> history) {

    public SiteSources {
        documents = List.copyOf(documents);
        attachments = List.copyOf(attachments);
        history = java.util.Map.copyOf(history);
    }
}
