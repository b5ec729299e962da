package dk.referat.model;

import java.util.Objects;

/**
 * A person named in a record, with the role the record gives them.
 *
 * @param role empty when the record gives none
 */
public record Participant(String name, String role) {

    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
