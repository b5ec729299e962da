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
            .thenComparingInt(t -> t.item().line());

    record Result(Map<String, CaseFile> cases, Map<String, List<Treatment>> classifications,
                  Map<String, List<CasePosition>> positions) {
    }

    static Result index(List<Meeting> published, Map<String, List<ItemLink>> links) {
        Map<String, CaseNumber> numbers = new TreeMap<>();
        // Keyed by item address: records hash deeply, an address string does not.
        Map<String, Map<String, Treatment>> treatments = new HashMap<>();
        Map<String, Map<String, Treatment>> classified = new TreeMap<>();
        Map<String, Treatment> byKey = new HashMap<>();
        for (Meeting meeting : published) {
            for (AgendaItem item : meeting.items()) {
                if (item.isClosed()) continue;
                Treatment t = new Treatment(meeting, item);
                String key = Permalinks.item(meeting, item);
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
            List<Treatment> timeline = treatments.get(value).values().stream().sorted(CHRONOLOGICAL).toList();
            String title = timeline.stream().filter(t -> t.item().cases().contains(number)).findFirst()
                    .map(t -> t.item().title()).orElse(value);
            CaseFile file = new CaseFile(number, title, timeline);
            cases.put(value, file);
            for (int i = 0; i < timeline.size(); i++) {
                Optional<Treatment> previous = i > 0 ? Optional.of(timeline.get(i - 1)) : Optional.empty();
                Optional<Treatment> next = i + 1 < timeline.size() ? Optional.of(timeline.get(i + 1)) : Optional.empty();
                Treatment t = timeline.get(i);
                positions.computeIfAbsent(Permalinks.item(t.meeting(), t.item()), k -> new ArrayList<>())
                        .add(new CasePosition(file, previous, next));
            }
        });
        Map<String, List<Treatment>> classifications = new TreeMap<>();
        classified.forEach((code, items) -> classifications.put(code, items.values().stream().sorted(CHRONOLOGICAL).toList()));
        return new Result(cases, classifications, positions);
    }
}
