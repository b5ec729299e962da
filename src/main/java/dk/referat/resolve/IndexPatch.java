package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.CaseFile;
import dk.referat.model.CaseNumber;
import dk.referat.model.Meeting;
import dk.referat.model.PublicationStatus;
import dk.referat.model.Relation;
import dk.referat.model.Treatment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site index after an edit that changes a record's text but not its shape: the same address,
 * date and time, the same items with the same numbers, cases, KLE codes, relations and attachments.
 * Such an edit, the usual one while an editor proofreads, leaves every list, timeline and link of the
 * index where it was; only the record in them is the edited one. {@code serve} patches the index
 * for it in a few milliseconds instead of resolving the whole site again, which takes most of a
 * second at 20,000 records. The result equals what {@link Resolver#resolve} would give
 * ({@code IndexPatchTest}); any other edit is resolved in full.
 */
public final class IndexPatch {
    private IndexPatch() {
    }

    /**
     * True when {@code now} may replace {@code old} by {@link #replace}: both published, {@code old}
     * in the index, the same shape, and no other meeting of the committee on the same day (the
     * index orders such meetings' items by their line in the file, which any edit may move).
     */
    public static boolean sameShape(SiteIndex index, Meeting old, Meeting now) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(now, "now");
        if (old.status() != PublicationStatus.PUBLISHED || now.status() != PublicationStatus.PUBLISHED) return false;
        if (!old.committee().equals(now.committee()) || !old.slug().equals(now.slug()) || !old.date().equals(now.date())
                || !old.start().equals(now.start()) || old.items().size() != now.items().size()) {
            return false;
        }
        boolean listed = false;
        for (Meeting m : index.meetings(old.committee())) {
            if (m == old) listed = true;
            else if (m.date().equals(old.date())) return false;
        }
        if (!listed) return false;
        for (int i = 0; i < old.items().size(); i++) {
            if (!sameShape(old, old.items().get(i), now, now.items().get(i))) return false;
        }
        return true;
    }

    private static boolean sameShape(Meeting oldMeeting, AgendaItem old, Meeting nowMeeting, AgendaItem now) {
        if (!old.anchor().equals(now.anchor()) || !old.number().equals(now.number()) || !old.access().equals(now.access())
                || !old.cases().equals(now.cases()) || !old.classification().equals(now.classification())
                || old.relations().size() != now.relations().size() || old.attachments().size() != now.attachments().size()) {
            return false;
        }
        for (int i = 0; i < old.relations().size(); i++) {
            Relation a = old.relations().get(i);
            Relation b = now.relations().get(i);
            if (a.type() != b.type() || !a.committee().equals(b.committee()) || !a.meeting().equals(b.meeting())
                    || !a.item().equals(b.item()) || !a.note().equals(b.note())) {
                return false;
            }
        }
        for (int i = 0; i < old.attachments().size(); i++) {
            Attachment a = old.attachments().get(i);
            Attachment b = now.attachments().get(i);
            if (!a.access().equals(b.access()) || !a.file().map(f -> f.contentPath()).equals(b.file().map(f -> f.contentPath()))
                    || !Permalinks.attachmentPage(oldMeeting, old, a, i + 1).equals(Permalinks.attachmentPage(nowMeeting, now, b, i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The index with {@code now} in the place of {@code old}; call only when {@link #sameShape} holds. */
    public static SiteIndex replace(SiteIndex index, Meeting old, Meeting now) {
        if (!sameShape(index, old, now)) throw new IllegalArgumentException("now: not the same shape as the record it replaces");
        Swap swap = new Swap(old, now);
        String committee = old.committee().slug();

        Map<String, List<Meeting>> byCommittee = new HashMap<>(index.meetingsByCommittee());
        byCommittee.put(committee, swap.meetings(byCommittee.get(committee)));

        Map<String, Neighbours> neighbours = new HashMap<>();
        Neighbours around = index.neighbours(old);
        for (Meeting other : List.of(around.previous(), around.next()).stream().flatMap(java.util.Optional::stream).toList()) {
            Neighbours n = index.neighbours(other);
            neighbours.put(Permalinks.meeting(other), new Neighbours(n.previous().map(swap::meeting), n.next().map(swap::meeting)));
        }

        Map<String, AttachmentEntry> attachments = new HashMap<>();
        Map<String, CaseFile> cases = new HashMap<>();
        Map<String, List<CasePosition>> positions = new HashMap<>();
        Map<String, List<Treatment>> classifications = new TreeMap<>(index.classifications());
        Set<CaseNumber> affectedCases = new LinkedHashSet<>();
        for (AgendaItem item : old.items()) {
            if (item.isClosed()) continue;
            for (int i = 0; i < item.attachments().size(); i++) {
                String address = Permalinks.attachmentPage(old, item, item.attachments().get(i), i + 1);
                AttachmentEntry entry = attachments.getOrDefault(address, index.attachments().get(address));
                if (entry != null) attachments.put(address, swap.entry(entry));
            }
            // A matter can hold the item by its number or through a same-matter relation: its
            // positions name every matter that holds it.
            for (CasePosition p : index.casePositions(old, item)) affectedCases.add(p.caseFile().number());
            for (CaseNumber code : item.classification()) {
                classifications.computeIfPresent(code.value(), (k, list) -> swap.treatments(list));
            }
        }
        for (CaseNumber number : affectedCases) {
            CaseFile file = CaseIndexer.caseFile(number, swap.treatments(index.cases().get(number.value()).timeline()));
            cases.put(number.value(), file);
            for (int i = 0; i < file.timeline().size(); i++) {
                Treatment t = file.timeline().get(i);
                String key = Permalinks.item(t.meeting(), t.item());
                List<CasePosition> list = new ArrayList<>(positions.getOrDefault(key, index.casePositions().get(key)));
                for (int j = 0; j < list.size(); j++) {
                    if (list.get(j).caseFile().number().equals(number)) list.set(j, CaseIndexer.position(file, i));
                }
                positions.put(key, list);
            }
        }

        // Links to the record sit on its partners' items, and links written on others to the meeting as a
        // whole have no reverse: only a look at every link finds them all. There are far fewer links than items.
        Map<String, List<ItemLink>> relations = new HashMap<>();
        index.relations().forEach((key, links) -> {
            if (links.stream().anyMatch(swap::touches)) relations.put(key, links.stream().map(swap::link).toList());
        });

        Map<Integer, List<Meeting>> byYear = new TreeMap<>(Collections.reverseOrder());
        byYear.putAll(index.byYear());
        byYear.put(old.date().getYear(), swap.meetings(byYear.get(old.date().getYear())));

        return new SiteIndex(index.committees(), Collections.unmodifiableMap(byCommittee), Overlay.of(index.neighbours(), neighbours),
                swap.meetings(index.latest()), index.pages(), Overlay.of(index.attachments(), attachments),
                Overlay.of(index.cases(), cases), Collections.unmodifiableMap(classifications), Overlay.of(index.relations(), relations),
                Overlay.of(index.casePositions(), positions), Collections.unmodifiableMap(byYear), index.removed());
    }

    /** Puts the edited record, its items and attachments, in the place of the old ones, by identity. */
    private static final class Swap {
        private final Meeting old;
        private final Meeting now;
        private final Map<AgendaItem, AgendaItem> items = new IdentityHashMap<>();
        private final Map<Attachment, Attachment> attachments = new IdentityHashMap<>();

        Swap(Meeting old, Meeting now) {
            this.old = old;
            this.now = now;
            for (int i = 0; i < old.items().size(); i++) {
                AgendaItem a = old.items().get(i);
                AgendaItem b = now.items().get(i);
                items.put(a, b);
                for (int j = 0; j < a.attachments().size(); j++) attachments.put(a.attachments().get(j), b.attachments().get(j));
            }
        }

        Meeting meeting(Meeting m) {
            return m == old ? now : m;
        }

        List<Meeting> meetings(List<Meeting> list) {
            return list.stream().map(this::meeting).toList();
        }

        Treatment treatment(Treatment t) {
            return t.meeting() == old ? new Treatment(now, items.get(t.item())) : t;
        }

        List<Treatment> treatments(List<Treatment> list) {
            return list.stream().map(this::treatment).toList();
        }

        AttachmentEntry entry(AttachmentEntry entry) {
            return new AttachmentEntry(entry.address(), attachments.getOrDefault(entry.attachment(), entry.attachment()),
                    entry.uses().stream().map(u -> u.meeting() == old
                            ? new AttachmentUse(now, items.get(u.item()), attachments.get(u.attachment())) : u).toList());
        }

        boolean touches(ItemLink link) {
            return link.meeting().orElse(null) == old || link.item().map(Treatment::meeting).orElse(null) == old;
        }

        ItemLink link(ItemLink link) {
            return new ItemLink(link.type(), link.reverse(), link.committee(), link.meeting().map(this::meeting),
                    link.item().map(this::treatment), link.unpublished(), link.itemNumber(), link.note());
        }
    }
}
