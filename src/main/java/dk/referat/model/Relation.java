package dk.referat.model;

import dk.referat.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * A relation as the editor wrote it on an item, before it is looked up.
 *
 * @param committee the target committee's slug
 * @param meeting   the target meeting: its address slug ("2020-02-12"), a month ("2020-08") when the
 *                  day is not known, or empty when the relation points at the committee as such
 * @param item      the target item's number, or empty for the meeting (or committee) as a whole
 * @param note      the editor's explanation, or empty
 * @param at        where the relation's target (to:) is written, for messages
 * @param itemAt    where its item: is written (or {@code at} when there is none)
 */
public record Relation(RelationType type, String committee, String meeting, String item, String note, SourcePosition at,
                       SourcePosition itemAt) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(itemAt, "itemAt");
    }
}
