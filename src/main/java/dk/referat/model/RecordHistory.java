package dk.referat.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a record was first published and when what it publishes last changed, read from the site's
 * git history by comparing what each commit's version of the record publishes; empty outside git.
 *
 * @param published when the record was first published: the first commit at which it was (not a draft,
 *                  its publish date reached)
 * @param changed   when what it publishes last changed: the last such commit whose version publishes
 *                  anything different from the one before (a reformatted line or a comment is no change)
 * @param sequence  how many times the meeting's date, time, place or cancellation changed while it was
 *                  published: the calendars' SEQUENCE
 */
public record RecordHistory(Optional<Instant> published, Optional<Instant> changed, int sequence) {
    public static final RecordHistory NONE = new RecordHistory(Optional.empty(), Optional.empty(), 0);

    public RecordHistory {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(changed, "changed");
        if (sequence < 0) throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
    }
}
