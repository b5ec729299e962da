package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.model.CaseFile;
import dk.referat.model.CaseNumber;
import dk.referat.model.Meeting;
import dk.referat.model.Treatment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds each matter's timeline: every open item that carries the case number, and every item joined
 * to one of those by a same-matter relation (a workplace committee discussing a sector committee's
 * item belongs to the matter even if its record names no number). Closed items are never included.
 */
final class CaseIndexer {
    private static final Comparator<Treatment> CHRONOLOGICAL = Comparator
            .comparing((Treatment t) -> t.meeting().date())
            .thenComparing(t -> t.meeting().start().orElse(java.time.LocalTime.MIDNIGHT))
            .thenComparing(t -> t.meeting().committee().slug())
            .thenComparingInt(t -> t.item().line())
            // Two meetings of one committee on one day: the order of their addresses.
            .thenComparing(t -> t.meeting().slug());

    record Result(Map<String, CaseFile> cases, Map<String, List<Treatment>> classifications,
                  Map<String, List<CasePosition>> positions) {
    }

    /** @param published newest first */
    static Result index(List<Meeting> published, Map<String, List<ItemLink>> links) {
        Map<String, CaseNumber> numbers = new TreeMap<>();
        // Keyed by item address: records hash deeply, an address string does not.
        Map<String, Map<String, Treatment>> treatments = new HashMap<>();
        Map<String, Map<String, Treatment>> classified = new TreeMap<>();
        Map<String, Treatment> byKey = new HashMap<>();
        // Oldest first, so that each timeline is gathered nearly in order and its sort has little to do.
        for (int m = published.size() - 1; m >= 0; m--) {
            Meeting meeting = published.get(m);
            String address = Permalinks.meeting(meeting);
            for (AgendaItem item : meeting.items()) {
                if (item.isClosed()) continue;
                Treatment t = new Treatment(meeting, item);
                String key = address + "#" + item.anchor();
                byKey.put(key, t);
                for (CaseNumber n : item.cases()) {
                    numbers.putIfAbsent(n.value(), n);
                    treatments.computeIfAbsent(n.value(), k -> new LinkedHashMap<>()).put(key, t);
                }
                for (CaseNumber n : item.classification()) {
                    classified.computeIfAbsent(n.value(), k -> new LinkedHashMap<>()).put(key, t);
                }
            }
        }
        // One step along same-matter relations, in both directions: the partner joins the matter.
        links.forEach((key, list) -> {
            Treatment here = byKey.get(key);
            if (here == null) return;
            for (ItemLink link : list) {
                if (!link.type().sameMatter() || link.item().isEmpty()) continue;
                Treatment other = link.item().get();
                for (CaseNumber n : other.item().cases()) treatments.get(n.value()).put(key, here);
            }
        });

        Map<String, CaseFile> cases = new LinkedHashMap<>();
        Map<String, List<CasePosition>> positions = new HashMap<>();
        numbers.forEach((value, number) -> {
            CaseFile file = caseFile(number, treatments.get(value).values().stream().sorted(CHRONOLOGICAL).toList());
            cases.put(value, file);
            for (int i = 0; i < file.timeline().size(); i++) {
                Treatment t = file.timeline().get(i);
                positions.computeIfAbsent(Permalinks.item(t.meeting(), t.item()), k -> new ArrayList<>()).add(position(file, i));
            }
        });
        Map<String, List<Treatment>> classifications = new TreeMap<>();
        classified.forEach((code, items) -> classifications.put(code, items.values().stream().sorted(CHRONOLOGICAL).toList()));
        return new Result(cases, classifications, positions);
    }

    /** @param timeline the matter's treatments, oldest first */
    static CaseFile caseFile(CaseNumber number, List<Treatment> timeline) {
        return new CaseFile(number, CaseFile.titleSource(number, timeline).map(t -> t.item().title()).orElse(number.value()),
                timeline);
    }

    /** The place of the i-th treatment in a matter's timeline. */
    static CasePosition position(CaseFile file, int i) {
        List<Treatment> timeline = file.timeline();
        return new CasePosition(file, i > 0 ? Optional.of(timeline.get(i - 1)) : Optional.empty(),
                i + 1 < timeline.size() ? Optional.of(timeline.get(i + 1)) : Optional.empty());
    }
}
