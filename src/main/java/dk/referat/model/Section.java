package dk.referat.model;

import java.util.Objects;

/**
 * A section of an agenda item.
 *
 * @param heading the heading as the editor wrote it ("Lovgivning."); empty for the item's introduction
 */
public record Section(SectionKind kind, String heading, RichText text) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
