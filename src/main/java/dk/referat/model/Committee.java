package dk.referat.model;

import java.util.Objects;

/**
 * A committee, defined once in data/committees.yaml and referred to by its slug.
 *
 * @param slug        stable, URL-safe; it is part of every address of the committee's pages
 * @param body        the municipality or organisation the committee belongs to
 * @param description empty when none was given
 * @param numbering   how its items are numbered across meetings
 */
public record Committee(String slug, String name, String body, CommitteeKind kind, String description,
                        ItemNumbering numbering) {

    public Committee {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(numbering, "numbering");
    }
}
