package dk.referat.model;

import java.time.LocalDate;
import java.util.Objects;

/** A change to a record in the site's git history: when, and the commit message that says why. */
public record Change(LocalDate date, String message) {

    public Change {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
    }
}
