package dk.referat.render.kinds;

import dk.referat.model.AgendaItem;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.SectionKind;
import dk.referat.render.Formats;
import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.StructuredData;
import dk.referat.render.Views.Fact;
import dk.referat.render.Views.ItemView;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingView;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.PeopleGroup;
import dk.referat.render.Views.Person;
import dk.referat.resolve.ItemLink;
import dk.referat.resolve.Neighbours;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A meeting's page, {@code /<committee>/<date>/}: the record whole, its items as {@link AgendaItemViews}
 * makes them, with links to the meetings before and after it.
 */
public final class MeetingPage implements PageKind<Meeting> {
    private final PageParts parts;
    private final Labels labels;
    private final Messages t;
    private final Formats formats;
    private final AgendaItemViews items;
    private final StructuredData structuredData;
    private final String editUrl;

    /** @param editUrl the hosting repository's edit address, to which a record's file name is added; empty for none */
    public MeetingPage(PageParts parts, StructuredData structuredData, String editUrl) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
        this.formats = labels.formats();
        this.items = new AgendaItemViews(labels);
        this.structuredData = structuredData;
        this.editUrl = editUrl;
    }

    @Override
    public Stream<Meeting> subjects(SiteIndex index) {
        return index.allMeetings();
    }

    @Override
    public String address(Meeting meeting) {
        return Permalinks.meeting(meeting);
    }

    /** All of its own record, its neighbours' dates and the items it links to. */
    @Override
    public void reads(Meeting m, SiteIndex index, Inputs in) {
        in.all(m);
        Neighbours n = index.neighbours(m);
        n.previous().ifPresent(in::shape);
        n.next().ifPresent(in::shape);
        for (AgendaItem item : m.items()) {
            if (item.isClosed()) continue;
            for (ItemLink link : index.relations(m, item)) {
                link.meeting().ifPresent(in::shape);
                link.item().ifPresent(in::treatment);
            }
            for (var position : index.casePositions(m, item)) {
                in.caseFile(position.caseFile().number());
                position.previous().ifPresent(in::treatment);
                position.next().ifPresent(in::treatment);
            }
        }
    }

    /**
     * What other pages show of a record, by the {@link Inputs} bit that pages reading it hold: its
     * summary (the type and its label, which lists show) and, per item, its heading, the opening words
     * timelines show and its attachments as their pages show them. When an edit leaves all of these as
     * they were, no page but the record's own can have changed.
     */
    public Map<Long, List<Object>> facets(Meeting m) {
        Map<Long, List<Object>> facets = new HashMap<>();
        facet(facets, Inputs.SUMMARY, List.of(labels.typeLabel(m), m.type()));
        for (AgendaItem item : m.items()) {
            facet(facets, Inputs.headingBit(item), labels.itemHeading(item));
            facet(facets, Inputs.openingsBit(item), List.of(Labels.opening(item, SectionKind.INDSTILLING),
                    Labels.opening(item, SectionKind.BESLUTNING)));
            facet(facets, Inputs.attachmentsBit(item), item.attachments().stream().map(a -> List.of(a.title(), a.number(),
                    a.reference(), a.access(), a.file(), a.url())).toList());
        }
        return facets;
    }

    /** Items whose anchors share a bit share its list, in the items' order. */
    private static void facet(Map<Long, List<Object>> facets, long bit, Object value) {
        facets.computeIfAbsent(bit, b -> new ArrayList<>()).add(value);
    }

    @Override
    public PageJob view(Meeting m, SiteIndex index) {
        String path = address(m);
        String typeLabel = labels.typeLabel(m);
        String own = m.title().isEmpty() ? typeLabel : m.title();
        // The committee belongs in the h1: it is what a screen-reader user hears first.
        String heading = own.contains(m.committee().name()) ? own : own + ": " + m.committee().name();
        String dateText = formats.longDate(m.date());
        String isoDateTime = m.start().map(s -> m.date() + "T" + s).orElse(m.date().toString());
        List<Fact> corrections = m.corrections().stream()
                .map(c -> new Fact(formats.shortDate(c.date()), c.text(), "", c.date().toString())).toList();
        Link edit = editUrl.isEmpty() ? null : new Link(t.get("meeting.edit"), editUrl + m.sourceFile());
        List<ItemView> itemViews = m.items().stream().map(i -> items.item(m, i, index)).toList();
        Neighbours n = index.neighbours(m);
        Link previous = n.previous().map(p -> new Link(formats.shortDate(p.date()), Permalinks.meeting(p))).orElse(null);
        Link next = n.next().map(x -> new Link(formats.shortDate(x.date()), Permalinks.meeting(x))).orElse(null);

        MeetingView view = new MeetingView(heading, typeLabel, isoDateTime, dateText, m.cancelled(), facts(m, dateText),
                people(m), m.approval(), m.preamble().html(), itemViews, previous, next, corrections, edit);
        String title = heading + ", " + formats.shortDate(m.date());
        String description = typeLabel + " " + m.committee().name() + " " + dateText + ". "
                + m.items().stream().map(AgendaItem::title).collect(Collectors.joining("; "));
        PageMeta meta = parts.meta(title, description, List.of(parts.homeLink(),
                new Link(m.committee().name(), Permalinks.committee(m.committee())),
                new Link(formats.shortDate(m.date()), "")), path)
                .withAlternates(parts.committeeAlternates(m.committee())).withJsonLd(structuredData.event(m, heading), "article");
        return parts.job(path, "meeting", meta, Map.of("meeting", view, "search", parts.searchTags(m, "search.type.meeting")));
    }

    /** What the record says of the meeting itself: committee, body, when, where, who wrote it. */
    private List<Fact> facts(Meeting m, String dateText) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("meeting.committee"), m.committee().name(), Permalinks.committee(m.committee()), ""));
        facts.add(new Fact(t.get("meeting.body"), m.committee().body(), "", ""));
        if (!m.department().isEmpty()) facts.add(new Fact(t.get("meeting.department"), m.department(), "", ""));
        if (!m.number().isEmpty()) facts.add(new Fact(t.get("meeting.number"), m.number(), "", ""));
        facts.add(new Fact(t.get("meeting.date"), dateText, "", m.date().toString()));
        m.start().ifPresent(start -> facts.add(new Fact(t.get("meeting.time"), m.end()
                .map(end -> t.format("time.range", formats.time(start), formats.time(end)))
                .orElse(t.format("time.from", formats.time(start))), "", m.date() + "T" + start)));
        if (!m.location().isEmpty()) facts.add(new Fact(t.get("meeting.place"), m.location(), "", ""));
        if (!m.minuteTaker().isEmpty()) facts.add(new Fact(t.get("meeting.minuteTaker"), m.minuteTaker(), "", ""));
        m.history().changed().map(i -> i.atZone(Labels.COPENHAGEN).toLocalDate()).ifPresent(changed ->
                facts.add(new Fact(t.get("meeting.lastChanged"), formats.shortDate(changed), "", changed.toString())));
        return facts;
    }

    private List<PeopleGroup> people(Meeting m) {
        List<PeopleGroup> groups = new ArrayList<>();
        addPeople(groups, "deltagere", "meeting.participants", m.participants());
        addPeople(groups, "afbud", "meeting.absent", m.absent());
        addPeople(groups, "suppleanter", "meeting.substitutes", m.substitutes());
        return groups;
    }

    private void addPeople(List<PeopleGroup> groups, String id, String key, List<Participant> people) {
        if (people.isEmpty()) return;
        groups.add(new PeopleGroup(id, t.get(key), people.stream().map(p -> new Person(p.name(), p.role())).toList()));
    }
}
