package dk.referat.resolve;

import dk.referat.model.Committee;
import dk.referat.model.RelationType;
import dk.referat.model.Treatment;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation as one item sees it, looked up.
 *
 * @param reverse    true on the item the relation points at (it shows "Genoptaget på …" for "Genoptager …")
 * @param committee  the other side's committee
 * @param meeting    the other side's meeting, when it is published
 * @param item       the other side's item, when the relation names one and it is published
 * @param unpublished the other side as written ("2020-08", item "27") when its meeting is not published,
 *                   to be shown as text; empty otherwise
 * @param itemNumber the item number the relation names, or empty
 */
public record ItemLink(RelationType type, boolean reverse, Committee committee,
                       Optional<dk.referat.model.Meeting> meeting, Optional<Treatment> item,
                       String unpublished, String itemNumber, String note) {

    public ItemLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unpublished, "unpublished");
        Objects.requireNonNull(itemNumber, "itemNumber");
        Objects.requireNonNull(note, "note");
    }
}
