package dk.referat.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A page the site once published and no longer does: its record was deleted, made a draft again, or
 * moved to another address. Read from the site's git history; the site publishes a notice in its
 * place that holds nothing of what it said.
 */
public sealed interface Removed {

    /** When it stopped being published: the commit that took it down. */
    Instant removed();

    /** A meeting record's page, known by what its address says: the committee and the date. */
    record Meeting(Committee committee, String slug, RecordType type, LocalDate date, Instant removed) implements Removed {
        public Meeting {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(removed, "removed");
        }
    }

    /** A plain page, known by its path in content/. */
    record Page(String contentPath, Instant removed) implements Removed {
        public Page {
            Objects.requireNonNull(contentPath, "contentPath");
            Objects.requireNonNull(removed, "removed");
        }
    }
}
