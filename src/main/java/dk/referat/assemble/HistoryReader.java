package dk.referat.assemble;

import dk.referat.model.Meeting;
import dk.referat.model.Publication;
import dk.referat.model.PublicationStatus;
import dk.referat.model.RecordHistory;
import dk.referat.model.Removed;
import dk.referat.source.GitHistory;
import dk.referat.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A record's history as citizens saw it: each git revision of its file read as the build reads it,
 * and what it published compared with the revision before. Only a revision that publishes something
 * different changes the record; a revision with content errors was never built, so it is passed over.
 */
final class HistoryReader {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final GitHistory git;

    HistoryReader(GitHistory git) {
        this.git = git;
    }

    /**
     * One version of a file and from when it stood.
     *
     * @param record the record or page it was; empty when the file was deleted or the version had errors
     * @param built  false when the version had errors: no build published it, so it changed nothing
     */
    record Version(Instant time, Optional<Publication> record, boolean built) {
    }

    /**
     * Every version of a file, oldest first: its revisions, and the file as it is when that differs
     * from its last commit (an edit not yet committed counts from {@code now}).
     *
     * @param current the file as it is now, read; empty when it is deleted or has errors
     * @param read    reads a revision's text as the build would, empty when it has errors
     */
    List<Version> versions(SourceFile file, Optional<Publication> current, Function<String, Optional<Publication>> read, Instant now) {
        List<GitHistory.Revision> revisions = git.revisions(file.displayName());
        if (revisions.isEmpty()) return List.of();
        String currentBlob = "";
        if (Files.isRegularFile(file.path())) {
            try {
                currentBlob = GitHistory.blobName(Files.readAllBytes(file.path()));
            } catch (IOException e) {
                return List.of();
            }
        }
        List<Version> versions = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            GitHistory.Revision r = revisions.get(i);
            if (r.deleted()) {
                versions.add(new Version(r.time(), Optional.empty(), true));
            } else if (r.blob().equals(currentBlob)) {
                versions.add(new Version(r.time(), current, current.isPresent()));
            } else {
                Optional<Publication> record = git.content(r).flatMap(bytes -> read.apply(new String(bytes, StandardCharsets.UTF_8)));
                versions.add(new Version(r.time(), record, record.isPresent()));
            }
        }
        if (!revisions.get(0).blob().equals(currentBlob)) versions.add(new Version(now, current, true));
        return versions;
    }

    /** When the record was first published, when what it publishes last changed, and how often its meeting moved. */
    static RecordHistory history(List<Version> versions) {
        Instant published = null;
        Instant changed = null;
        String content = null;
        String event = null;
        int sequence = 0;
        for (Version v : versions) {
            if (!v.built()) continue;
            Optional<Meeting> m = publishedMeeting(v);
            if (m.isEmpty()) {
                // Taken down: published again, it counts as changed.
                content = null;
                continue;
            }
            Instant from = visibleFrom(m.get(), v.time());
            String c = PublishedContent.of(m.get());
            String e = PublishedContent.event(m.get());
            if (published == null) published = from;
            if (!c.equals(content)) changed = from;
            if (event != null && !e.equals(event)) sequence++;
            content = c;
            event = e;
        }
        return new RecordHistory(Optional.ofNullable(published), Optional.ofNullable(changed), sequence);
    }

    /**
     * The pages the file published at some time and no longer does, each with when it stopped: a
     * record deleted, made a draft again, or moved to another address.
     */
    static List<Removed> former(List<Version> versions) {
        Map<String, Removed> gone = new LinkedHashMap<>();
        String standing = null;
        Publication standingRecord = null;
        for (Version v : versions) {
            if (!v.built()) continue;
            Optional<Publication> published = v.record().filter(Publication::isPublished);
            String address = published.map(Publication::addressKey).orElse(null);
            if (standing != null && !standing.equals(address)) gone.put(standing, standingRecord.removal(v.time()));
            if (address != null) gone.remove(address);
            standing = address;
            standingRecord = published.orElse(null);
        }
        return List.copyOf(gone.values());
    }

    private static Optional<Meeting> publishedMeeting(Version v) {
        return v.record().filter(Meeting.class::isInstance).map(Meeting.class::cast).filter(m -> m.status() == PublicationStatus.PUBLISHED);
    }

    /** A version with a publish date after its commit became public on that date. */
    private static Instant visibleFrom(Meeting m, Instant committed) {
        return m.publishFrom().map(d -> d.atStartOfDay(COPENHAGEN).toInstant()).filter(d -> d.isAfter(committed)).orElse(committed);
    }
}
