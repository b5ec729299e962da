package dk.referat.render;

import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.CaseNumber;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.Section;
import dk.referat.model.SectionKind;
import dk.referat.resolve.ItemLink;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The open-data export: every published record as JSON beside its page, and one index of them all
 * (schema in docs/open-data.md). Closed items give their number and title only; drafts nothing.
 * Addresses are site-absolute paths, or full addresses when the site's public address is known.
 */
public final class OpenData {
    /** The name and version of this format, as docs/open-data.md describes it. */
    public static final String SCHEMA = "referat-open-data-1";

    public record File(String path, Object body) {
    }

    /** @param records made one by one as the index is written */
    public record Index(String schema, String site, Iterable<Summary> records) {
    }

    public record Summary(String id, String url, String data, String committee, String date, String type, String title) {
    }

    public record Record(String schema, String id, String url, String type, String title, CommitteeData committee,
                         String date, String start, String end, String location, String number, String department,
                         boolean cancelled, List<Person> participants, List<Person> absent, List<Person> substitutes,
                         String minuteTaker, String approval, String preamble, List<Item> items) {
    }

    public record CommitteeData(String slug, String name, String body, String kind, String url) {
    }

    public record Person(String name, String role) {
    }

    public record Item(String number, String title, String anchor, String url, String access, List<Case> cases,
                       List<Case> classification, List<SectionData> sections, SectionData decision,
                       List<AttachmentData> attachments, List<Relation> relations) {
    }

    public record Case(String number, String scheme, String url) {
    }

    public record SectionData(String kind, String heading, String text, String html) {
    }

    public record AttachmentData(String title, String number, String reference, String access, String url,
                                 String download, FileData file, String externalUrl) {
    }

    public record FileData(String name, String format, long size, String sha256, Integer pages) {
    }

    /** @param target the related item's or meeting's address, or null when it is not published */
    public record Relation(String type, String direction, String target, String committee, String meeting, String item) {
    }

    private final String siteHost;
    private final String siteTitle;

    public OpenData(String siteHost, String siteTitle) {
        this.siteHost = siteHost;
        this.siteTitle = siteTitle;
    }

    /**
     * Every file of the export, each made only when the stream reaches it: a record's JSON repeats its
     * whole text, so holding every record's at once would hold the site's text twice more.
     */
    public java.util.stream.Stream<File> files(SiteIndex index) {
        List<Meeting> meetings = index.committees().stream().flatMap(c -> index.meetings(c).stream()).toList();
        List<Meeting> newestFirst = meetings.stream().sorted(java.util.Comparator.comparing(Meeting::date).reversed()
                .thenComparing(m -> url(Permalinks.meeting(m)))).toList();
        File all = new File(Permalinks.DATA_INDEX, new Index(SCHEMA, siteTitle, () -> newestFirst.stream().map(this::summary).iterator()));
        return java.util.stream.Stream.concat(meetings.stream().map(m -> new File(Permalinks.meetingData(m), record(m, index))),
                java.util.stream.Stream.of(all));
    }

    private Summary summary(Meeting m) {
        String url = url(Permalinks.meeting(m));
        return new Summary(url, url, url(Permalinks.meetingData(m)), m.committee().name(), m.date().toString(),
                m.type().name().toLowerCase(Locale.ROOT), m.title());
    }

    private Record record(Meeting m, SiteIndex index) {
        Committee c = m.committee();
        String url = url(Permalinks.meeting(m));
        return new Record(SCHEMA, url, url, m.type().name().toLowerCase(Locale.ROOT), m.title(),
                new CommitteeData(c.slug(), c.name(), c.body(), c.kind().name().toLowerCase(Locale.ROOT), url(Permalinks.committee(c))),
                m.date().toString(), m.start().map(Object::toString).orElse(null), m.end().map(Object::toString).orElse(null),
                m.location(), m.number(), m.department(), m.cancelled(), people(m.participants()), people(m.absent()),
                people(m.substitutes()), m.minuteTaker(), m.approval(), m.preamble().plainText(),
                m.items().stream().map(i -> item(m, i, index)).toList());
    }

    private Item item(Meeting m, AgendaItem item, SiteIndex index) {
        String url = url(Permalinks.item(m, item));
        if (item.isClosed()) {
            return new Item(item.number(), item.title(), item.anchor(), url, "closed", List.of(), List.of(), List.of(),
                    null, List.of(), List.of());
        }
        List<Attachment> attachments = item.attachments();
        List<AttachmentData> files = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) files.add(attachment(m, item, attachments.get(i), i + 1));
        return new Item(item.number(), item.title(), item.anchor(), url, item.access().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null),
                cases(item.cases(), n -> SiteIndex.caseAddress(index.cases().get(n.value()))),
                cases(item.classification(), n -> Permalinks.classification(n.value())),
                item.sections().stream().map(OpenData::section).toList(),
                item.section(SectionKind.BESLUTNING).map(OpenData::section).orElse(null), files,
                index.relations(m, item).stream().map(this::relation).toList());
    }

    private List<Case> cases(List<CaseNumber> numbers, java.util.function.Function<CaseNumber, String> address) {
        return numbers.stream().map(n -> new Case(n.value(), n.scheme().name().toLowerCase(Locale.ROOT),
                url(address.apply(n)))).toList();
    }

    private static SectionData section(Section s) {
        return new SectionData(s.kind().id(), s.heading(), s.text().plainText(), s.text().html());
    }

    private AttachmentData attachment(Meeting m, AgendaItem item, Attachment a, int position) {
        String page = url(Permalinks.attachmentPage(m, item, a, position));
        String access = a.access().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(null);
        if (a.isClosed()) return new AttachmentData(a.title(), null, null, "closed", page, null, null, null);
        FileData file = a.file().map(f -> new FileData(f.fileName(), f.format(), f.size(), f.sha256(),
                f.pdf().map(p -> p.pageCount()).orElse(null))).orElse(null);
        String download = a.file().filter(f -> !f.isDocument()).map(f -> url(Permalinks.attachmentDownload(f))).orElse(null);
        return new AttachmentData(a.title(), a.number(), a.reference(), access, page, download, file,
                a.url().isEmpty() ? null : a.url());
    }

    private Relation relation(ItemLink link) {
        String target = link.item().map(t -> url(Permalinks.item(t.meeting(), t.item())))
                .or(() -> link.meeting().map(x -> url(Permalinks.meeting(x))))
                .orElse(link.unpublished().isEmpty() ? url(Permalinks.committee(link.committee())) : null);
        return new Relation(link.type().id(), link.reverse() ? "incoming" : "outgoing", target, link.committee().slug(),
                link.unpublished().isEmpty() ? link.meeting().map(Meeting::slug).orElse(null) : link.unpublished(),
                link.itemNumber().isEmpty() ? null : link.itemNumber());
    }

    private static List<Person> people(List<Participant> people) {
        return people.stream().map(p -> new Person(p.name(), p.role())).toList();
    }

    private String url(String path) {
        return siteHost.isEmpty() ? path : siteHost + path.substring(1);
    }
}
