package dk.referat.assemble;

import dk.referat.model.Meeting;
import dk.referat.model.PublicationStatus;
import dk.referat.model.RecordHistory;
import dk.referat.source.GitHistory;
import dk.referat.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A record's history as citizens see it: each git revision of its file read as a record, and what it
 * published compared with the revision before. Only a revision that publishes something different
 * changes the record; a revision with content errors was never built, so it is passed over.
 */
final class HistoryReader {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final GitHistory git;

    HistoryReader(GitHistory git) {
        this.git = git;
    }

    /** One version of the record and from when it stood; empty when it had errors (or the file was deleted). */
    private record Version(Instant time, Optional<Meeting> record) {
    }

    /**
     * @param read reads a revision's text as a record, empty when it has errors
     * @param now  when the build runs: an edit not yet committed counts from then
     */
    RecordHistory of(SourceFile file, Meeting current, Function<String, Optional<Meeting>> read, Instant now) {
        List<GitHistory.Revision> revisions = git.revisions(file.displayName());
        if (revisions.isEmpty()) return RecordHistory.NONE;
        String currentBlob;
        try {
            currentBlob = GitHistory.blobName(Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return RecordHistory.NONE;
        }
        List<Version> versions = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            GitHistory.Revision r = revisions.get(i);
            Optional<Meeting> record = r.deleted() ? Optional.empty() : r.blob().equals(currentBlob) ? Optional.of(current)
                    : git.content(r).flatMap(bytes -> read.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            versions.add(new Version(r.time(), r.deleted() ? Optional.empty() : record.isPresent() ? record : null));
        }
        if (!revisions.get(0).blob().equals(currentBlob)) versions.add(new Version(now, Optional.of(current)));

        Instant published = null;
        Instant changed = null;
        String content = null;
        String event = null;
        int sequence = 0;
        for (Version v : versions) {
            if (v.record() == null) continue;
            Meeting m = v.record().orElse(null);
            if (m == null || m.status() != PublicationStatus.PUBLISHED) {
                // Taken down: published again, it counts as changed.
                content = null;
                continue;
            }
            Instant from = m.publishFrom().map(d -> d.atStartOfDay(COPENHAGEN).toInstant()).filter(d -> d.isAfter(v.time()))
                    .orElse(v.time());
            String c = PublishedContent.of(m);
            String e = PublishedContent.event(m);
            if (published == null) published = from;
            if (!c.equals(content)) changed = from;
            if (event != null && !e.equals(event)) sequence++;
            content = c;
            event = e;
        }
        return new RecordHistory(Optional.ofNullable(published), Optional.ofNullable(changed), sequence);
    }
}
