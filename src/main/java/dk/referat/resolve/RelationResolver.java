package dk.referat.resolve;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.Similar;
import dk.referat.model.AgendaItem;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PublicationStatus;
import dk.referat.model.Relation;
import dk.referat.model.Treatment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Looks up every relation an editor wrote and files it on both items: as written on the one, in
 * reverse on the other. Look-ups go through maps built once, never through a scan of all records.
 */
final class RelationResolver {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Map<String, Committee> committees;
    private final Map<String, Meeting> publishedByAddress = new HashMap<>();
    private final Map<String, List<Meeting>> publishedByMonth = new HashMap<>();
    private final Map<String, Meeting> draftsByAddress = new HashMap<>();

    RelationResolver(List<Committee> committees, List<Meeting> all) {
        this.committees = committees.stream().collect(Collectors.toMap(Committee::slug, c -> c));
        for (Meeting m : all) {
            String key = m.committee().slug() + "/" + m.slug();
            if (m.status() == PublicationStatus.PUBLISHED) {
                publishedByAddress.put(key, m);
                publishedByMonth.computeIfAbsent(m.committee().slug() + "/" + m.date().toString().substring(0, 7),
                        k -> new ArrayList<>()).add(m);
            } else {
                draftsByAddress.put(key, m);
            }
        }
    }

    /** @return every item's links, by {@link Permalinks#item} of the item */
    Map<String, List<ItemLink>> resolve(List<Meeting> published, Problems problems) {
        Map<String, List<ItemLink>> links = new LinkedHashMap<>();
        for (Meeting meeting : published) {
            for (AgendaItem item : meeting.items()) {
                if (item.isClosed()) continue;
                for (Relation relation : item.relations()) {
                    resolve(meeting, item, relation, links, problems);
                }
            }
        }
        return links;
    }

    private void resolve(Meeting meeting, AgendaItem item, Relation r, Map<String, List<ItemLink>> links,
                         Problems problems) {
        Committee committee = committees.get(r.committee());
        if (committee == null) {
            String near = Similar.closest(r.committee(), committees.keySet());
            Message unknown = Message.of("relation.committee.unknown", r.committee(),
                    committees.keySet().stream().sorted().collect(Collectors.joining(", ")));
            problems.error(r.at(), unknown, near != null ? Message.of("resolve.did-you-mean", near, unknown.fix()) : unknown.fix());
            return;
        }
        String here = Permalinks.item(meeting, item);
        if (r.meeting().isEmpty()) {
            add(links, here, new ItemLink(r.type(), false, committee, Optional.empty(), Optional.empty(), "", "", r.note()));
            return;
        }
        String address = r.committee() + "/" + r.meeting();
        Optional<Meeting> target = Optional.ofNullable(publishedByAddress.get(address));
        if (target.isEmpty() && MONTH.matcher(r.meeting()).matches()) {
            List<Meeting> inMonth = publishedByMonth.getOrDefault(address, List.of());
            if (inMonth.size() > 1) {
                problems.error(r.at(), Message.of("relation.month.ambiguous", committee.name(), inMonth.size(), r.meeting(),
                        address + "-" + inMonth.get(0).date().toString().substring(8)));
                return;
            }
            target = inMonth.stream().findFirst();
        }
        if (target.isEmpty()) {
            if (draftsByAddress.containsKey(address)) {
                problems.error(r.at(), Message.of("relation.draft", address));
            } else {
                String near = Similar.oneKeystrokeFrom(address, publishedByAddress.keySet());
                Message elsewhere = Message.of("relation.elsewhere", address);
                problems.warning(r.at(), elsewhere, near != null ? Message.of("relation.elsewhere.near", near) : elsewhere.fix());
                add(links, here, new ItemLink(r.type(), false, committee, Optional.empty(), Optional.empty(),
                        r.meeting(), r.item(), r.note()));
            }
            return;
        }
        Meeting other = target.get();
        if (r.item().isEmpty()) {
            add(links, here, new ItemLink(r.type(), false, committee, target, Optional.empty(), "", "", r.note()));
            return;
        }
        Optional<AgendaItem> otherItem = other.items().stream().filter(i -> i.number().equals(r.item())).findFirst();
        if (otherItem.isEmpty()) {
            String numbers = other.items().stream().map(AgendaItem::number).filter(n -> !n.isEmpty())
                    .collect(Collectors.joining(", "));
            Message unknown = Message.of("relation.item.unknown", address, r.item(), numbers);
            problems.error(r.itemAt(), unknown, numbers.isEmpty() ? Message.of("relation.item.unnumbered") : unknown.fix());
            return;
        }
        if (other == meeting && otherItem.get() == item) {
            problems.error(r.at(), Message.of("relation.self"));
            return;
        }
        add(links, here, new ItemLink(r.type(), false, committee, target, Optional.of(new Treatment(other, otherItem.get())),
                "", r.item(), r.note()));
        if (!otherItem.get().isClosed()) {
            add(links, Permalinks.item(other, otherItem.get()), new ItemLink(r.type(), true, meeting.committee(),
                    Optional.of(meeting), Optional.of(new Treatment(meeting, item)), "", item.number(), r.note()));
        }
    }

    private static void add(Map<String, List<ItemLink>> links, String key, ItemLink link) {
        List<ItemLink> list = links.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(link)) list.add(link);
    }
}
