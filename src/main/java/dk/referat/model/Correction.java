package dk.referat.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A correction of a published record, as its editor wrote it for citizens in the record's
 * {@code corrections:} list: when, and what was corrected.
 */
public record Correction(LocalDate date, String text) {

    public Correction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
