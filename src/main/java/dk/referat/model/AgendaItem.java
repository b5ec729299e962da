package dk.referat.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item on a meeting's agenda.
 *
 * @param number         the item's number as the record gives it ("27"); empty when the record numbers no items
 * @param anchor         the item's stable fragment within its meeting page ("punkt-27")
 * @param cases          numbers that identify the matter the item belongs to
 * @param classification KLE codes that only classify the item
 * @param access         open or closed as the record states it; empty when it does not say (the item is then open)
 * @param relations      relations to other items as written on this item (not the reverse ones)
 * @param sections       the item's introduction (if any) first, then its sections in order
 * @param line           the file line of the item's heading
 */
public record AgendaItem(String number, String title, String anchor, List<CaseNumber> cases,
                         List<CaseNumber> classification, Optional<Access> access, List<Attachment> attachments,
                         List<Relation> relations, List<Section> sections, int line) {
    /** The title {@code referat new meeting} gives the item an editor is to write; a published record may not keep it. */
    public static final String PLACEHOLDER_TITLE = "Titel på punktet";

    public AgendaItem {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(access, "access");
        cases = List.copyOf(cases);
        classification = List.copyOf(classification);
        attachments = List.copyOf(attachments);
        relations = List.copyOf(relations);
        sections = List.copyOf(sections);
    }

    public boolean isClosed() {
        return access.orElse(Access.OPEN) == Access.CLOSED;
    }

    /** The first section of the given kind, e.g. the decision. */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
