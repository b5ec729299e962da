package dk.referat.render;

import dk.referat.config.AccessibilityStatement;
import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.AttachmentFile;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.PlainPage;
import dk.referat.model.RecordType;
import dk.referat.model.Section;
import dk.referat.model.SectionKind;
import dk.referat.model.CaseFile;
import dk.referat.model.Treatment;
import dk.referat.render.Views.AttachmentPageView;
import dk.referat.render.Views.CaseSummary;
import dk.referat.render.Views.CaseView;
import dk.referat.render.Views.HistoryView;
import dk.referat.render.Views.RelationView;
import dk.referat.render.Views.TimelineEntry;
import dk.referat.resolve.ItemLink;
import dk.referat.render.Views.AttachmentView;
import dk.referat.render.Views.CommitteeSummary;
import dk.referat.render.Views.CommitteeView;
import dk.referat.render.Views.Fact;
import dk.referat.render.Views.ItemView;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.MeetingView;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.PeopleGroup;
import dk.referat.render.Views.Person;
import dk.referat.render.Views.SectionView;
import dk.referat.render.Views.SiteView;
import dk.referat.render.Views.YearGroup;
import dk.referat.resolve.AttachmentEntry;
import dk.referat.model.PdfContent;
import dk.referat.model.Removed;
import dk.referat.resolve.RemovedPage;
import java.util.Optional;
import dk.referat.resolve.Neighbours;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides which pages the site has and builds each page's view from the model and the index. All
 * wording and formatting happens here, in Java; the templates only lay it out.
 */
public final class PagePlanner {
    private static final int OPENING = 240;
    private static final int FEED_SIZE = 100;
    private static final java.time.OffsetDateTime EPOCH = java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Messages t;
    private final Formats formats;
    private final SiteView site;
    private final String siteHost;

    private final AccessibilityStatement statement;
    /** Whether the site's own templates/ or assets/ replace any of Referat's, which Referat's tests check in a browser. */
    private final boolean ownTheme;
    private final String editUrl;
    private final java.time.Instant buildTime;

    /**
     * @param editUrl   the hosting repository's edit address, to which a record's file name is added; empty for none
     * @param buildTime the moment the build is made as of: no feed says a record was published after it
     */
    public PagePlanner(Messages messages, String siteTitle, String siteHost, AccessibilityStatement statement,
                       boolean ownTheme, String editUrl, List<PlainPage> footerPages, java.time.Instant buildTime) {
        this.buildTime = buildTime;
        this.ownTheme = ownTheme;
        this.statement = statement;
        this.editUrl = editUrl;
        this.t = messages;
        this.formats = new Formats(messages.locale());
        this.siteHost = siteHost;
        List<Link> footer = new ArrayList<>(footerPages.stream().map(p -> new Link(p.title(), Permalinks.page(p))).toList());
        footer.add(new Link(messages.get("statement.title"), Permalinks.STATEMENT));
        footer.add(new Link(messages.get("footer.attachmentReport"), Permalinks.ATTACHMENT_REPORT));
        List<Link> navigation = List.of(new Link(t.get("home"), Permalinks.HOME),
                new Link(t.get("nav.cases"), Permalinks.CASES), new Link(t.get("nav.classifications"), Permalinks.CLASSIFICATIONS),
                new Link(t.get("search.title"), Permalinks.SEARCH));
        this.site = new SiteView(siteTitle, messages.locale().getLanguage(), navigation, footer);
    }

    /**
     * Every page of the site, in a fixed order; each view, and the list of what it reads, is made only
     * when asked for. What a page reads is named with {@link Inputs}, next to the view it builds: a view
     * that starts reading something more must name it here, or {@code serve} would leave its page stale
     * (the incremental build tests compare every page with a full build's after each kind of edit).
     */
    public List<PlannedPage> plan(SiteIndex index) {
        List<PlannedPage> jobs = new ArrayList<>();
        jobs.add(new PlannedPage(Permalinks.HOME, in -> {
            allMeetings(index).forEach(in::shape);
            index.latest().forEach(in::summary);
        }, () -> home(index)));
        for (Committee committee : index.committees()) {
            jobs.add(new PlannedPage(Permalinks.committee(committee), in -> summaries(in, index.meetings(committee)),
                    () -> committee(committee, index)));
            for (Meeting meeting : index.meetings(committee)) {
                jobs.add(new PlannedPage(Permalinks.meeting(meeting), in -> meetingInputs(in, meeting, index),
                        () -> meeting(meeting, index)));
            }
        }
        for (PlainPage page : index.pages()) jobs.add(new PlannedPage(Permalinks.page(page), () -> plainPage(page)));
        jobs.add(new PlannedPage(Permalinks.CASES, in -> {
            for (CaseFile c : index.cases().values()) {
                c.timeline().forEach(tr -> in.shape(tr.meeting()));
                c.titleSource().ifPresent(tr -> in.heading(tr.meeting(), tr.item()));
            }
        }, () -> caseList(index)));
        index.casePages().forEach(c -> jobs.add(new PlannedPage(Permalinks.caseFile(c.number()),
                in -> timeline(in, c.timeline()), () -> casePage(c))));
        jobs.add(new PlannedPage(Permalinks.CLASSIFICATIONS,
                in -> index.classifications().values().forEach(list -> list.forEach(tr -> in.shape(tr.meeting()))),
                () -> classificationList(index)));
        index.classifications().forEach((code, items) -> jobs.add(new PlannedPage(Permalinks.classification(code),
                in -> timeline(in, items), () -> classificationPage(code, items))));
        index.attachments().values().forEach(entry -> jobs.add(new PlannedPage(entry.address(), in -> {
            // The attachment as its first listing gives it, and each listing's meeting and item.
            in.attachments(entry.firstUse().meeting(), entry.firstUse().item());
            for (var use : entry.uses()) in.shape(use.meeting()).summary(use.meeting()).heading(use.meeting(), use.item());
        }, () -> attachmentPage(entry))));
        java.util.function.Consumer<Inputs> attachmentsRead = in -> index.attachments().values().forEach(e ->
                in.shape(e.firstUse().meeting()).attachments(e.firstUse().meeting(), e.firstUse().item()));
        jobs.add(new PlannedPage(Permalinks.ATTACHMENT_REPORT, attachmentsRead, () -> attachmentReport(index)));
        jobs.add(new PlannedPage(Permalinks.STATEMENT, attachmentsRead, () -> statementPage(index)));
        jobs.add(new PlannedPage(Permalinks.SEARCH, this::searchPage));
        jobs.add(new PlannedPage(Permalinks.YEARS, in -> allMeetings(index).forEach(in::shape), () -> yearList(index)));
        index.years().forEach(y -> jobs.add(new PlannedPage(Permalinks.year(y), in -> summaries(in, index.meetingsIn(y)),
                () -> yearPage(y, index))));
        if (!statement.wasUrl().isEmpty()) jobs.add(new PlannedPage(Permalinks.WAS, this::wasRedirect));
        index.removed().forEach(r -> jobs.add(new PlannedPage(r.address(), () -> removedPage(r, index))));
        jobs.add(new PlannedPage(Permalinks.NOT_FOUND, this::notFound));
        return jobs;
    }

    /**
     * What other pages show of a record, by the {@link Inputs} bit that pages reading it hold: its
     * summary (the type and its label, which lists show) and, per item, its heading, the opening words
     * timelines show and its attachments as their pages show them. When an edit leaves all of these as
     * they were, no page but the record's own can have changed.
     */
    public Map<Long, List<Object>> facets(Meeting m) {
        Map<Long, List<Object>> facets = new HashMap<>();
        facet(facets, Inputs.SUMMARY, List.of(typeLabel(m), m.type()));
        for (AgendaItem item : m.items()) {
            facet(facets, Inputs.headingBit(item), itemHeading(item));
            facet(facets, Inputs.openingsBit(item), List.of(opening(item, SectionKind.INDSTILLING), opening(item, SectionKind.BESLUTNING)));
            facet(facets, Inputs.attachmentsBit(item), item.attachments().stream().map(a -> List.of(a.title(), a.number(),
                    a.reference(), a.access(), a.file(), a.url())).toList());
        }
        return facets;
    }

    /** Items whose anchors share a bit share its list, in the items' order. */
    private static void facet(Map<Long, List<Object>> facets, long bit, Object value) {
        facets.computeIfAbsent(bit, b -> new ArrayList<>()).add(value);
    }

    private static List<Meeting> allMeetings(SiteIndex index) {
        return index.committees().stream().flatMap(c -> index.meetings(c).stream()).toList();
    }

    /** A list of meeting summaries reads each meeting's shape and type label. */
    private static void summaries(Inputs in, List<Meeting> meetings) {
        for (Meeting m : meetings) in.shape(m).summary(m);
    }

    /** A timeline reads each treatment's meeting, and its item's heading and opening words. */
    private static void timeline(Inputs in, List<Treatment> treatments) {
        for (Treatment tr : treatments) treatment(in, tr).openings(tr.meeting(), tr.item());
    }

    /** A link to a treatment reads the meeting's shape and the item's heading. */
    private static Inputs treatment(Inputs in, Treatment tr) {
        return in.shape(tr.meeting()).heading(tr.meeting(), tr.item());
    }

    /** A meeting's page reads all of its own record, its neighbours' dates and the items it links to. */
    private static void meetingInputs(Inputs in, Meeting m, SiteIndex index) {
        in.all(m);
        Neighbours n = index.neighbours(m);
        n.previous().ifPresent(in::shape);
        n.next().ifPresent(in::shape);
        for (AgendaItem item : m.items()) {
            if (item.isClosed()) continue;
            for (ItemLink link : index.relations(m, item)) {
                link.meeting().ifPresent(in::shape);
                link.item().ifPresent(tr -> treatment(in, tr));
            }
            for (var position : index.casePositions(m, item)) {
                in.caseFile(position.caseFile().number());
                position.previous().ifPresent(tr -> treatment(in, tr));
                position.next().ifPresent(tr -> treatment(in, tr));
            }
        }
    }

    private PageJob home(SiteIndex index) {
        List<MeetingSummary> latest = index.latest().stream().map(m -> summary(m, true)).toList();
        List<CommitteeSummary> committees = index.committees().stream().map(c -> {
            int n = index.meetings(c).size();
            return new CommitteeSummary(Permalinks.committee(c), c.name(), c.body(), kindLabel(c),
                    n == 1 ? t.get("committee.count.one") : t.format("committee.count.many", n));
        }).toList();
        PageMeta meta = meta(site.title(), t.get("site.tagline"), List.of(), Permalinks.HOME).withAlternates(allAlternates());
        List<Link> years = index.years().stream().map(y -> new Link(String.valueOf(y), Permalinks.year(y))).toList();
        return job(Permalinks.HOME, "home", meta, Map.of("latest", latest, "committees", committees, "years", years));
    }

    private PageJob committee(Committee committee, SiteIndex index) {
        Map<Integer, List<MeetingSummary>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Meeting m : index.meetings(committee)) {
            byYear.computeIfAbsent(m.date().getYear(), y -> new ArrayList<>()).add(summary(m, false));
        }
        List<YearGroup> years = byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
        CommitteeView view = new CommitteeView(committee.name(), committee.body(), kindLabel(committee),
                committee.description(), years);
        String path = Permalinks.committee(committee);
        PageMeta meta = meta(committee.name(), committee.description().isEmpty()
                        ? committee.name() + ", " + committee.body() : committee.description(),
                List.of(homeLink(), new Link(committee.name(), "")), path).withAlternates(committeeAlternates(committee));
        return job(path, "committee", meta, Map.of("committee", view, "search",
                new Views.SearchTags(List.of(committee.name()), List.of(), "", t.get("search.type.committee"))));
    }

    private PageJob meeting(Meeting m, SiteIndex index) {
        String path = Permalinks.meeting(m);
        String typeLabel = typeLabel(m);
        String own = m.title().isEmpty() ? typeLabel : m.title();
        // The committee belongs in the h1: it is what a screen-reader user hears first.
        String heading = own.contains(m.committee().name()) ? own : own + ": " + m.committee().name();
        String dateText = formats.longDate(m.date());
        String isoDateTime = m.start().map(s -> m.date() + "T" + s).orElse(m.date().toString());

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
        m.history().changed().map(i -> i.atZone(COPENHAGEN).toLocalDate()).ifPresent(changed ->
                facts.add(new Fact(t.get("meeting.lastChanged"), formats.shortDate(changed), "", changed.toString())));
        List<Fact> corrections = m.corrections().stream()
                .map(c -> new Fact(formats.shortDate(c.date()), c.text(), "", c.date().toString())).toList();
        Link edit = editUrl.isEmpty() ? null : new Link(t.get("meeting.edit"), editUrl + m.sourceFile());

        List<PeopleGroup> people = new ArrayList<>();
        addPeople(people, "deltagere", "meeting.participants", m.participants());
        addPeople(people, "afbud", "meeting.absent", m.absent());
        addPeople(people, "suppleanter", "meeting.substitutes", m.substitutes());

        List<ItemView> items = m.items().stream().map(i -> item(m, i, index)).toList();
        Neighbours n = index.neighbours(m);
        Link previous = n.previous().map(p -> new Link(formats.shortDate(p.date()), Permalinks.meeting(p))).orElse(null);
        Link next = n.next().map(x -> new Link(formats.shortDate(x.date()), Permalinks.meeting(x))).orElse(null);

        MeetingView view = new MeetingView(heading, typeLabel, isoDateTime, dateText, m.cancelled(), facts, people, m.approval(), Headings.startAt(m.preamble().html(), 2), items, previous, next,
                corrections, edit);
        String title = heading + ", " + formats.shortDate(m.date());
        String description = typeLabel + " " + m.committee().name() + " " + dateText + ". "
                + m.items().stream().map(AgendaItem::title).collect(Collectors.joining("; "));
        PageMeta meta = meta(title, description, List.of(homeLink(),
                new Link(m.committee().name(), Permalinks.committee(m.committee())),
                new Link(formats.shortDate(m.date()), "")), path)
                .withAlternates(committeeAlternates(m.committee())).withJsonLd(jsonLd(m, heading), "article");
        return job(path, "meeting", meta, Map.of("meeting", view, "search", searchTags(m, t.get("search.type.meeting"))));
    }

    private ItemView item(Meeting meeting, AgendaItem item, SiteIndex index) {
        String heading = itemHeading(item);
        boolean closed = item.isClosed();
        List<SectionView> sections = closed ? List.of() : item.sections().stream().map(s -> section(item, s)).toList();
        List<AttachmentView> attachments = new ArrayList<>();
        if (!closed) {
            int n = 1;
            for (Attachment a : item.attachments()) attachments.add(attachment(meeting, item, a, n++));
        }
        if (closed) {
            return new ItemView(item.anchor(), heading, true, t.get("item.closed"), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        // A number whose matter has no page of its own is this item's: shown, not linked to itself.
        List<Link> cases = item.cases().stream().map(c -> new Link(c.value(),
                index.cases().get(c.value()).hasPage() ? Permalinks.caseFile(c) : "")).toList();
        List<Link> kle = item.classification().stream()
                .map(c -> new Link(c.value(), Permalinks.classification(c.value()))).toList();
        List<RelationView> relations = index.relations(meeting, item).stream().map(this::relation).toList();
        List<HistoryView> history = index.casePositions(meeting, item).stream().filter(p -> p.caseFile().hasPage()).map(p -> new HistoryView(
                new Link(p.caseFile().number().value(), Permalinks.caseFile(p.caseFile().number())),
                p.previous().map(this::treatmentLink).orElse(null),
                p.next().map(this::treatmentLink).orElse(null))).toList();
        String accessText = item.access().isPresent() ? t.get("item.open") : "";
        return new ItemView(item.anchor(), heading, false, accessText, cases, kle, sections, attachments, relations, history);
    }

    private String itemHeading(AgendaItem item) {
        return item.number().isEmpty() ? item.title() : t.format("item.number", item.number()) + ": " + item.title();
    }

    /** "Sektor-MED Børn og Familie, 12. februar 2020: Punkt 2: Nyt serviceniveau …" */
    private Link treatmentLink(Treatment tr) {
        return new Link(tr.meeting().committee().name() + ", " + formats.shortDate(tr.meeting().date()) + ": "
                + itemHeading(tr.item()), Permalinks.item(tr.meeting(), tr.item()));
    }

    private RelationView relation(ItemLink link) {
        String kind = t.get("relation." + link.type().id() + (link.reverse() ? ".reverse" : ""));
        if (link.item().isPresent()) {
            Link target = treatmentLink(link.item().get());
            return new RelationView(kind, target.label(), target.href(), link.note());
        }
        if (link.meeting().isPresent()) {
            Meeting m = link.meeting().get();
            return new RelationView(kind, m.committee().name() + ", " + formats.shortDate(m.date()),
                    Permalinks.meeting(m), link.note());
        }
        if (link.unpublished().isEmpty()) {
            return new RelationView(kind, link.committee().name(), Permalinks.committee(link.committee()), link.note());
        }
        String when = link.unpublished();
        String meetingText = when.length() == 7
                ? t.format("relation.meetingInMonth", formats.month(java.time.YearMonth.parse(when)))
                : formats.shortDate(java.time.LocalDate.parse(when));
        String label = link.committee().name() + ", " + meetingText
                + (link.itemNumber().isEmpty() ? "" : ", " + t.format("item.number", link.itemNumber()).toLowerCase(t.locale()))
                + " (" + t.get("relation.unpublished") + ")";
        return new RelationView(kind, label, "", link.note());
    }

    private static final String ATOM = "application/atom+xml";
    private static final String ICAL = "text/calendar";
    private static final java.time.ZoneId COPENHAGEN = java.time.ZoneId.of("Europe/Copenhagen");

    private List<Views.Alternate> allAlternates() {
        return List.of(new Views.Alternate(t.format("follow.feed", t.get("follow.allFeed")), Permalinks.FEED, ATOM),
                new Views.Alternate(t.format("follow.calendar", t.get("follow.allFeed")), Permalinks.CALENDAR, ICAL));
    }

    private List<Views.Alternate> committeeAlternates(Committee c) {
        return List.of(new Views.Alternate(t.format("follow.feed", c.name()), Permalinks.committeeFeed(c), ATOM),
                new Views.Alternate(t.format("follow.calendar", c.name()), Permalinks.committeeCalendar(c), ICAL));
    }

    /** A full address when the site's public address is known, else the site-absolute path. */
    private String absolute(String path) {
        return siteHost.isEmpty() ? path : siteHost + path.substring(1);
    }

    /** A feed's or entry's permanent id: its address, or a URN made from its path when the address is not known. */
    private String id(String path) {
        return siteHost.isEmpty() ? "urn:referat" + path.replaceAll("/$", "").replace('/', ':') : absolute(path);
    }

    private java.time.OffsetDateTime when(Meeting m) {
        return m.date().atTime(m.start().orElse(java.time.LocalTime.MIDNIGHT)).atZone(COPENHAGEN).toOffsetDateTime();
    }

    /**
     * When a record was first published, from git; outside git its meeting's time, but never a time
     * after the build's day began: an agenda is published before its meeting.
     */
    private java.time.OffsetDateTime published(Meeting m) {
        return m.history().published().map(i -> i.atZone(COPENHAGEN).toOffsetDateTime()).orElseGet(() -> unknown(m));
    }

    /** When what a record publishes last changed, from git; outside git as {@link #published}. */
    private java.time.OffsetDateTime updated(Meeting m) {
        return m.history().changed().map(i -> i.atZone(COPENHAGEN).toOffsetDateTime()).orElseGet(() -> unknown(m));
    }

    private java.time.OffsetDateTime unknown(Meeting m) {
        java.time.OffsetDateTime today = buildTime.atZone(COPENHAGEN).toLocalDate().atStartOfDay(COPENHAGEN).toOffsetDateTime();
        java.time.OffsetDateTime meeting = when(m);
        return meeting.isBefore(today) ? meeting : today;
    }

    /**
     * Atom feeds: every record, each committee's records, and each matter's treatments, newest first.
     * Each feed is made only when the stream reaches it, so the site's feeds are never all in memory.
     */
    public java.util.stream.Stream<Syndication.Feed> feeds(SiteIndex index) {
        java.util.stream.Stream<Syndication.Feed> whole = java.util.stream.Stream.of(index).map(i -> feed(Permalinks.FEED,
                site.title() + ": " + t.get("feed.all"), Permalinks.HOME, allMeetings(i).stream()
                        .sorted(java.util.Comparator.comparing(Meeting::date).reversed().thenComparing(m -> m.committee().slug()))
                        .limit(FEED_SIZE).toList()));
        java.util.stream.Stream<Syndication.Feed> committees = index.committees().stream().map(c -> feed(Permalinks.committeeFeed(c),
                c.name(), Permalinks.committee(c), index.meetings(c).stream().limit(FEED_SIZE).toList()));
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(whole, committees), index.casePages().map(this::caseFeed));
    }

    private Syndication.Feed caseFeed(CaseFile file) {
        List<Syndication.FeedEntry> entries = new ArrayList<>();
        for (int i = file.timeline().size() - 1; i >= 0; i--) {
            Treatment tr = file.timeline().get(i);
            String url = absolute(Permalinks.item(tr.meeting(), tr.item()));
            String summary = java.util.stream.Stream.of(opening(tr.item(), SectionKind.INDSTILLING), opening(tr.item(), SectionKind.BESLUTNING))
                    .filter(x -> !x.isEmpty()).collect(Collectors.joining(" "));
            entries.add(new Syndication.FeedEntry(id(Permalinks.item(tr.meeting(), tr.item())), tr.meeting().committee().name() + ", "
                    + formats.shortDate(tr.meeting().date()) + ": " + itemHeading(tr.item()), url, updated(tr.meeting()),
                    published(tr.meeting()), summary, tr.meeting().committee().name(), tr.meeting().committee().body()));
        }
        String path = Permalinks.caseFeed(file.number());
        return new Syndication.Feed(path, id(path), t.format("feed.case", file.number().value(), file.title()),
                absolute(Permalinks.caseFile(file.number())), absolute(path), latest(entries), entries);
    }

    private Syndication.Feed feed(String path, String title, String page, List<Meeting> meetings) {
        List<Syndication.FeedEntry> entries = meetings.stream().map(m -> new Syndication.FeedEntry(id(Permalinks.meeting(m)),
                typeLabel(m) + ": " + m.committee().name() + ", " + formats.shortDate(m.date()), absolute(Permalinks.meeting(m)),
                updated(m), published(m), m.items().stream().map(this::itemHeading).collect(Collectors.joining("; ")),
                m.committee().name(), m.committee().body())).toList();
        return new Syndication.Feed(path, id(path), title, absolute(page), absolute(path), latest(entries), entries);
    }

    private static java.time.OffsetDateTime latest(List<Syndication.FeedEntry> entries) {
        return entries.stream().map(Syndication.FeedEntry::updated).max(java.util.Comparator.naturalOrder()).orElse(EPOCH);
    }

    /** Calendars: every meeting, and each committee's. Events are made as the calendar is written, one at a time. */
    public List<Syndication.Calendar> calendars(SiteIndex index) {
        List<Syndication.Calendar> calendars = new ArrayList<>();
        calendars.add(new Syndication.Calendar(Permalinks.CALENDAR, site.title() + ": " + t.get("calendar.all"),
                () -> index.committees().stream().flatMap(c -> index.meetings(c).stream()).map(this::event).iterator()));
        for (Committee c : index.committees()) {
            calendars.add(new Syndication.Calendar(Permalinks.committeeCalendar(c), c.name(),
                    () -> index.meetings(c).stream().map(this::event).iterator()));
        }
        return calendars;
    }

    private Syndication.Event event(Meeting m) {
        String uid = Permalinks.meeting(m).replaceAll("^/|/$", "").replace('/', '-') + "@" + (siteHost.isEmpty() ? "referat"
                : java.net.URI.create(siteHost).getHost());
        return new Syndication.Event(uid, typeLabel(m) + ": " + m.committee().name(), m.date(), m.start(), m.end(),
                m.location(), absolute(Permalinks.meeting(m)), m.items().stream().map(this::itemHeading)
                .collect(Collectors.joining("\n")), m.cancelled(), m.history().changed(), m.history().sequence());
    }

    /** Key and value pairs in the order given: Map.of's order changes from run to run, and output must not. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    /** schema.org Event data for a meeting page, serialised for a script element. */
    private String jsonLd(Meeting m, String heading) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", heading + ", " + formats.shortDate(m.date()));
        data.put("startDate", m.start().isPresent() ? when(m).toString() : m.date().toString());
        m.end().ifPresent(end -> data.put("endDate", m.date().atTime(end).atZone(COPENHAGEN).toOffsetDateTime().toString()));
        data.put("eventStatus", m.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        if (!m.location().isEmpty()) data.put("location", ordered("@type", "Place", "name", m.location()));
        data.put("organizer", ordered("@type", "Organization", "name", m.committee().name(),
                "parentOrganization", ordered("@type", "GovernmentOrganization", "name", m.committee().body())));
        data.put("url", absolute(Permalinks.meeting(m)));
        data.put("inLanguage", "da");
        try {
            // No '<', '>' or '&' in the script element at all, so no content can change how HTML parses it.
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PageJob yearPage(int year, SiteIndex index) {
        List<MeetingSummary> meetings = index.meetingsIn(year).stream().map(m -> summary(m, true)).toList();
        String path = Permalinks.year(year);
        PageMeta meta = meta(t.format("year.title", String.valueOf(year)), t.get("years.intro"), List.of(homeLink(),
                new Link(t.get("years.title"), Permalinks.YEARS), new Link(String.valueOf(year), "")), path);
        return job(path, "year", meta, Map.of("meetings", meetings));
    }

    private PageJob yearList(SiteIndex index) {
        List<Link> years = index.years().stream().map(y -> new Link(String.valueOf(y), Permalinks.year(y))).toList();
        PageMeta meta = meta(t.get("years.title"), t.get("years.intro"), List.of(homeLink(), new Link(t.get("years.title"), "")),
                Permalinks.YEARS);
        return job(Permalinks.YEARS, "years", meta, Map.of("years", years));
    }

    private PageJob caseList(SiteIndex index) {
        List<CaseSummary> cases = index.cases().values().stream().map(c -> new CaseSummary(SiteIndex.caseAddress(c),
                c.number().value(), c.title(), c.timeline().size() == 1 ? t.get("case.treatments.one")
                : t.format("case.treatments.many", c.timeline().size()))).toList();
        PageMeta meta = meta(t.get("cases.title"), t.get("cases.intro"), List.of(homeLink(), new Link(t.get("cases.title"), "")),
                Permalinks.CASES);
        return job(Permalinks.CASES, "cases", meta, Map.of("cases", cases));
    }

    private PageJob casePage(CaseFile file) {
        String path = Permalinks.caseFile(file.number());
        CaseView view = new CaseView(file.number().value(), file.title(), file.timeline().stream().map(this::entry).toList());
        String title = t.format("case.title", file.number().value()) + ": " + file.title();
        PageMeta meta = meta(title, file.title(), List.of(homeLink(), new Link(t.get("cases.title"), Permalinks.CASES),
                new Link(file.number().value(), "")), path).withAlternates(List.of(new Views.Alternate(
                t.format("follow.feed", t.format("case.title", file.number().value())), Permalinks.caseFeed(file.number()),
                ATOM)));
        return job(path, "case", meta, Map.of("caseFile", view, "search", searchTags(file.timeline(), t.get("search.type.case"))));
    }

    private PageJob classificationList(SiteIndex index) {
        List<CaseSummary> codes = new ArrayList<>();
        index.classifications().forEach((code, items) -> codes.add(new CaseSummary(Permalinks.classification(code), code, "",
                items.size() == 1 ? t.get("case.treatments.one") : t.format("case.treatments.many", items.size()))));
        PageMeta meta = meta(t.get("kle.title"), t.get("kle.intro"), List.of(homeLink(), new Link(t.get("kle.title"), "")),
                Permalinks.CLASSIFICATIONS);
        return job(Permalinks.CLASSIFICATIONS, "classifications", meta, Map.of("codes", codes));
    }

    private PageJob classificationPage(String code, List<Treatment> items) {
        String path = Permalinks.classification(code);
        CaseView view = new CaseView(code, t.format("kle.heading", code), items.stream().map(this::entry).toList());
        PageMeta meta = meta(view.title(), view.title(), List.of(homeLink(),
                new Link(t.get("kle.title"), Permalinks.CLASSIFICATIONS), new Link(code, "")), path);
        return job(path, "classification", meta, Map.of("classification", view, "search",
                searchTags(items, t.get("search.type.classification"))));
    }

    private TimelineEntry entry(Treatment tr) {
        Meeting m = tr.meeting();
        return new TimelineEntry(Permalinks.item(m, tr.item()), itemHeading(tr.item()), m.committee().name(),
                m.date().toString(), formats.shortDate(m.date()),
                opening(tr.item(), SectionKind.INDSTILLING), opening(tr.item(), SectionKind.BESLUTNING));
    }

    /** The first words of a section, cut at a word boundary: enough to tell what was recommended or decided. */
    private static String opening(AgendaItem item, SectionKind kind) {
        String text = item.section(kind).map(s -> s.text().plainTextStart(OPENING + 1)).orElse("");
        if (text.length() <= OPENING) return text;
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > OPENING / 2 ? cut : OPENING) + " …";
    }

    /**
     * A section's own headings sit under its h3; an introduction has no h3, so its headings start at h3.
     * The item's decision has an anchor of its own, so that search can lead to it.
     */
    private SectionView section(AgendaItem item, Section s) {
        String html = Headings.startAt(s.text().html(), s.heading().isEmpty() ? 3 : 4);
        boolean decision = s.kind() == SectionKind.BESLUTNING;
        String anchor = decision && item.section(SectionKind.BESLUTNING).orElseThrow() == s ? decisionAnchor(item) : "";
        return new SectionView(s.kind().id(), s.heading(), html, decision, anchor);
    }

    /** "beslutning-punkt-27": where a search result for item 27's decision leads. */
    public static String decisionAnchor(AgendaItem item) {
        return "beslutning-" + item.anchor();
    }

    private AttachmentView attachment(Meeting meeting, AgendaItem item, Attachment a, int position) {
        String label = t.format("attachment.label", position, a.title());
        String href = Permalinks.attachmentPage(meeting, item, a, position);
        if (a.isClosed()) {
            return new AttachmentView(label, a.title(), "", "", href, "", t.get("attachment.closed"));
        }
        String number = a.number().isEmpty() ? "" : t.format("attachment.number", a.number());
        String access = a.access().isPresent() ? t.get("item.open") : "";
        String status = a.file().map(this::fileSummary)
                .orElse(a.url().isEmpty() ? t.get("attachment.notPublished") : t.get("attachment.external"));
        return new AttachmentView(label, a.title(), number, a.reference(), href, access, status);
    }

    /** "PDF, 3 sider, 120 kB" */
    private String fileSummary(AttachmentFile file) {
        if (file.isDocument()) return file.format();
        return file.format() + file.pdf().map(p -> ", " + pageCount(p.pageCount())).orElse("") + ", " + humanSize(file.size());
    }

    private String pageCount(int pages) {
        return pages == 1 ? t.get("attachment.pages.one") : t.format("attachment.pages.many", pages);
    }

    private PageJob attachmentPage(AttachmentEntry entry) {
        Attachment a = entry.attachment();
        List<Fact> facts = new ArrayList<>();
        if (!a.number().isEmpty()) facts.add(new Fact(t.get("attachment.number.label"), a.number(), "", ""));
        if (!a.reference().isEmpty()) facts.add(new Fact(t.get("attachment.reference"), a.reference(), "", ""));
        if (a.access().isPresent()) {
            facts.add(new Fact(t.get("item.access"), t.get(a.isClosed() ? "item.closed" : "item.open"), "", ""));
        }
        Link download = null;
        Link external = null;
        String availability = "";
        List<String> accessibility = List.of();
        String accessibilityOk = "";
        String documentHtml = "";
        List<Views.PdfPage> pages = List.of();
        if (a.isClosed()) {
            availability = t.get("attachment.closedText");
        } else if (a.file().isPresent()) {
            AttachmentFile file = a.file().get();
            facts.add(new Fact(t.get("attachment.file"), file.fileName(), "", ""));
            facts.add(new Fact(t.get("attachment.format"), file.format(), "", ""));
            facts.add(new Fact(t.get("attachment.size"), humanSize(file.size()), "", ""));
            file.pdf().ifPresent(p -> facts.add(new Fact(t.get("attachment.pages"), String.valueOf(p.pageCount()), "", "")));
            facts.add(new Fact(t.get("attachment.checksum"), file.sha256(), "", ""));
            if (file.isDocument()) {
                documentHtml = Headings.startAt(file.text().orElseThrow().html(), 3);
            } else {
                download = new Link(t.format("attachment.download", file.format(), humanSize(file.size())),
                        Permalinks.attachmentDownload(file));
            }
            if (file.pdf().isPresent()) {
                PdfContent pdf = file.pdf().get();
                accessibility = missing(pdf).stream().map(m -> t.get("attachment.a11y." + m)).toList();
                accessibilityOk = pdf.isAccessible() ? t.get("attachment.a11y.ok") : t.get("attachment.a11y.alternative");
                pages = pdfPages(pdf);
            }
        } else if (!a.url().isEmpty()) {
            external = new Link(a.url(), a.url());
        } else {
            availability = t.get("attachment.noFile");
        }
        List<MeetingSummary> usedIn = entry.uses().stream().map(u -> new MeetingSummary(Permalinks.item(u.meeting(), u.item()),
                itemHeading(u.item()), u.meeting().committee().name(), typeLabel(u.meeting()),
                u.meeting().date().toString(), formats.shortDate(u.meeting().date()), typeId(u.meeting().type()))).toList();
        AttachmentPageView view = new AttachmentPageView(a.title(), facts, download, external, availability, accessibility,
                accessibilityOk, documentHtml, pages, usedIn);
        Meeting meeting = entry.firstUse().meeting();
        PageMeta meta = meta(a.title(), a.title(), List.of(homeLink(),
                new Link(meeting.committee().name(), Permalinks.committee(meeting.committee())),
                new Link(formats.shortDate(meeting.date()), Permalinks.meeting(meeting)),
                new Link(a.title(), "")), entry.address());
        // An attachment published without its file says no more than the items that list it: those are found instead.
        Map<String, Object> data = new HashMap<>(Map.of("attachment", view));
        if (!a.isClosed() && a.file().isPresent()) data.put("search", searchTags(meeting, t.get("search.type.attachment")));
        return job(entry.address(), "attachment", meta, data);
    }

    /** The keys of what a PDF lacks: untagged, noTitle, noLanguage. */
    private static List<String> missing(PdfContent pdf) {
        List<String> out = new ArrayList<>();
        if (!pdf.tagged()) out.add("untagged");
        if (pdf.title().isBlank()) out.add("noTitle");
        if (pdf.language().isBlank()) out.add("noLanguage");
        return out;
    }

    /** Each page's text as paragraphs: blank lines separate them, line breaks inside one are the PDF's layout. */
    private List<Views.PdfPage> pdfPages(PdfContent pdf) {
        List<Views.PdfPage> pages = new ArrayList<>();
        for (int i = 0; i < pdf.pageCount(); i++) {
            List<String> paragraphs = java.util.Arrays.stream(pdf.pageTexts().get(i).split("\\n\\s*\\n"))
                    .map(p -> p.replaceAll("\\s*\\n\\s*", " ").strip()).filter(p -> !p.isEmpty()).toList();
            pages.add(new Views.PdfPage("side-" + (i + 1), t.format("attachment.page", i + 1), paragraphs));
        }
        return pages;
    }

    private PageJob searchPage() {
        PageMeta meta = meta(t.get("search.title"), t.get("search.intro"), List.of(homeLink(),
                new Link(t.get("search.title"), "")), Permalinks.SEARCH);
        return job(Permalinks.SEARCH, "search", meta, Map.of());
    }

    /** Says only what the site's settings and its own attachments back: each unstated part says so. */
    private PageJob statementPage(SiteIndex index) {
        String organisation = statement.organisation().isEmpty() ? site.title() : statement.organisation();
        String contact = statement.contact();
        Link contactLink = contact.isEmpty() ? null
                : new Link(contact, contact.contains("@") && !contact.contains("/") ? "mailto:" + contact : contact);
        List<String> deviations = new ArrayList<>(statement.deviations().orElse(List.of()));
        long pdfs = publishedPdfs(index).count();
        long failing = attachmentReportRows(index).size();
        if (failing > 0) deviations.add(t.format(failing == 1 ? "statement.pdfDeviation.one" : "statement.pdfDeviation.many", failing));
        String none = statement.deviations().isPresent() ? t.get("statement.noDeviations") : t.get("statement.deviationsUnstated");
        Views.StatementView view = new Views.StatementView(t.format("statement.intro", organisation),
                t.get(ownTheme ? "statement.ownTheme" : "statement.tested"), contactLink,
                contactLink == null ? t.get("statement.contactUnstated") : "",
                statement.reviewed().map(Object::toString).orElse(""),
                statement.reviewed().map(formats::shortDate).orElse(""), statement.reviewed().isEmpty() ? t.get("statement.reviewedUnstated") : "",
                deviations, none, pdfs == 0 ? "" : t.get("statement.attachments"), statement.wasUrl());
        PageMeta meta = meta(t.get("statement.title"), t.format("statement.intro", organisation),
                List.of(homeLink(), new Link(t.get("statement.title"), "")), Permalinks.STATEMENT);
        return job(Permalinks.STATEMENT, "statement", meta, Map.of("statement", view));
    }

    /** Danish public sites answer /was with the statement in the WAS-Tool; a static host needs a page for it. */
    private PageJob wasRedirect() {
        PageMeta meta = meta(t.get("statement.title"), t.get("was.text"), List.of(homeLink(),
                new Link(t.get("statement.title"), "")), Permalinks.WAS);
        return job(Permalinks.WAS, "was", meta, Map.of("wasUrl", statement.wasUrl()));
    }

    /** The open attachments published as PDF files: the ones the report and the statement can speak of. */
    private static java.util.stream.Stream<AttachmentEntry> publishedPdfs(SiteIndex index) {
        return index.attachments().values().stream()
                .filter(e -> !e.attachment().isClosed() && e.attachment().file().flatMap(AttachmentFile::pdf).isPresent());
    }

    private PageJob attachmentReport(SiteIndex index) {
        List<Views.ReportRow> rows = attachmentReportRows(index);
        boolean pdfs = publishedPdfs(index).findAny().isPresent();
        String lead = pdfs ? t.get("report.intro")
                : index.attachments().values().stream().anyMatch(e -> !e.attachment().isClosed() && e.attachment().file().isPresent())
                ? t.get("report.noneAssessed") : t.get("report.noFiles");
        PageMeta meta = meta(t.get("report.title"), lead, List.of(homeLink(),
                new Link(t.get("report.title"), "")), Permalinks.ATTACHMENT_REPORT);
        return job(Permalinks.ATTACHMENT_REPORT, "attachment-report", meta, Map.of("rows", rows, "lead", lead,
                "empty", pdfs ? t.get("report.empty") : ""));
    }

    private List<Views.ReportRow> attachmentReportRows(SiteIndex index) {
        List<Views.ReportRow> rows = new ArrayList<>();
        for (AttachmentEntry entry : publishedPdfs(index).toList()) {
            Optional<PdfContent> pdf = entry.attachment().file().flatMap(AttachmentFile::pdf);
            if (pdf.get().isAccessible()) continue;
            Meeting first = entry.firstUse().meeting();
            String lacks = missing(pdf.get()).stream().map(m -> t.get("report.missing." + switch (m) {
                case "untagged" -> "tags";
                case "noTitle" -> "title";
                default -> "language";
            })).collect(Collectors.joining(", "));
            rows.add(new Views.ReportRow(entry.address(), entry.attachment().title(), first.committee().name(),
                    first.date().toString(), formats.shortDate(first.date()), lacks));
        }
        rows.sort(java.util.Comparator.comparing(Views.ReportRow::isoDate).reversed().thenComparing(Views.ReportRow::title));
        return rows;
    }

    private PageJob plainPage(PlainPage page) {
        String path = Permalinks.page(page);
        PageMeta meta = meta(page.title(), page.title(), List.of(homeLink(), new Link(page.title(), "")), path);
        return job(path, "page", meta, Map.of("content", new Views.PlainPageView(Headings.startAt(page.body().html(), 2))));
    }

    /** What stands where a page taken down was: nothing of what it said. */
    private PageJob removedPage(RemovedPage removed, SiteIndex index) {
        String what;
        Link committee = null;
        if (removed.removed() instanceof Removed.Meeting m) {
            what = t.get("type." + typeId(m.type())) + ": " + m.committee().name() + ", " + formats.shortDate(m.date());
            if (index.committees().contains(m.committee())) committee = new Link(m.committee().name(), Permalinks.committee(m.committee()));
        } else {
            what = t.get("removed.page");
        }
        java.time.LocalDate when = removed.removed().removed().atZone(COPENHAGEN).toLocalDate();
        String text = t.format("removed.text", formats.shortDate(when));
        Views.RemovedView view = new Views.RemovedView(what, text, removed.reason(), committee);
        PageMeta meta = meta(t.format("removed.title", what), text, List.of(homeLink(),
                new Link(t.get("removed.crumb"), "")), removed.address()).notIndexed();
        return job(removed.address(), "removed", meta, Map.of("removed", view));
    }

    private PageJob notFound() {
        PageMeta meta = meta(t.get("page.notFound.title"), t.get("page.notFound.text"), List.of(), Permalinks.NOT_FOUND)
                .notIndexed();
        return job(Permalinks.NOT_FOUND, "404", meta, Map.of());
    }

    private MeetingSummary summary(Meeting m, boolean withCommittee) {
        String label = (withCommittee ? m.committee().name() + ", " : "") + formats.shortDate(m.date());
        return new MeetingSummary(Permalinks.meeting(m), label, m.committee().name(), typeLabel(m),
                m.date().toString(), formats.shortDate(m.date()), typeId(m.type()));
    }

    private void addPeople(List<PeopleGroup> groups, String id, String key, List<Participant> people) {
        if (people.isEmpty()) return;
        groups.add(new PeopleGroup(id, t.get(key), people.stream().map(p -> new Person(p.name(), p.role())).toList()));
    }

    private Views.SearchTags searchTags(Meeting m, String type) {
        return new Views.SearchTags(List.of(m.committee().name()), List.of(String.valueOf(m.date().getYear())),
                formats.shortDate(m.date()), type);
    }

    /** A case or KLE page: under every committee and year of its treatments, dated by the latest. */
    private Views.SearchTags searchTags(List<Treatment> timeline, String type) {
        List<String> committees = timeline.stream().map(tr -> tr.meeting().committee().name()).distinct().toList();
        List<String> years = timeline.stream().map(tr -> String.valueOf(tr.meeting().date().getYear())).distinct().toList();
        String latest = timeline.stream().map(tr -> tr.meeting().date()).max(java.util.Comparator.naturalOrder())
                .map(formats::shortDate).orElse("");
        return new Views.SearchTags(committees, years, latest, type);
    }

    private PageJob job(String path, String template, PageMeta meta, Map<String, Object> data) {
        Map<String, Object> context = new HashMap<>(data);
        context.putIfAbsent("search", null);
        context.put("site", site);
        context.put("page", meta);
        context.put("t", t.all());
        return new PageJob(path, template, context);
    }

    private PageMeta meta(String title, String description, List<Link> crumbs, String path) {
        String canonical = siteHost.isEmpty() ? "" : siteHost + path.substring(1);
        String shortDescription = description.length() > 300 ? description.substring(0, 297) + "…" : description;
        String documentTitle = title.equals(site.title()) ? title : title + " – " + site.title();
        return new PageMeta(title, documentTitle, shortDescription, crumbs, canonical, path, List.of(), "website", "", true);
    }

    private Link homeLink() {
        return new Link(t.get("home"), Permalinks.HOME);
    }

    /** An agenda that already carries decisions says so: citizens looking for decisions must not skip it. */
    private String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(t.locale(), "%.0f kB", bytes / 1024.0);
        return String.format(t.locale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    private String typeLabel(Meeting m) {
        boolean decided = m.items().stream().anyMatch(i -> !i.isClosed() && i.section(SectionKind.BESLUTNING).isPresent());
        if (m.type() == RecordType.DAGSORDEN && decided) return t.get("type.dagsorden.withDecisions");
        return t.get("type." + typeId(m.type()));
    }

    private static String typeId(RecordType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private String kindLabel(Committee c) {
        return t.get("committee.kind." + c.kind().name().toLowerCase(Locale.ROOT));
    }
}
