package dk.referat.resolve;

import dk.referat.model.Meeting;
import java.util.Optional;

/** The committee's meetings just before and just after one meeting, by date. */
public record Neighbours(Optional<Meeting> previous, Optional<Meeting> next) {
}
