package dk.referat.render;

import dk.referat.model.AgendaItem;
import dk.referat.model.AttachmentFile;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.RecordType;
import dk.referat.model.SectionKind;
import dk.referat.model.Treatment;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.TimelineEntry;
import dk.referat.resolve.Permalinks;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How the site words and dates what several pages, feeds and calendars show of the same thing: a
 * record's type, an item's heading, a link to a treatment, a file's size. One place, so that a
 * meeting is called the same on its page, in a list, in a feed and in a calendar.
 */
public final class Labels {
    /** Meetings are held, and records dated, in Danish time. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int OPENING = 240;

    private final Messages t;
    private final Formats formats;

    public Labels(Messages messages) {
        this.t = Objects.requireNonNull(messages, "messages");
        this.formats = new Formats(messages.locale());
    }

    public Messages messages() {
        return t;
    }

    public Formats formats() {
        return formats;
    }

    /** "Referat", or "Dagsorden med beslutninger" for an agenda that already carries decisions: those looking for decisions must not skip it. */
    public String typeLabel(Meeting m) {
        boolean decided = m.items().stream().anyMatch(i -> !i.isClosed() && i.section(SectionKind.BESLUTNING).isPresent());
        if (m.type() == RecordType.DAGSORDEN && decided) return t.get("type.dagsorden.withDecisions");
        return t.get("type." + typeId(m.type()));
    }

    /** "dagsorden", "referat": the type's key in texts and its class in templates. */
    public static String typeId(RecordType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    public String kindLabel(Committee c) {
        return t.get("committee.kind." + c.kind().name().toLowerCase(Locale.ROOT));
    }

    /** "Punkt 2: Nyt serviceniveau …" */
    public String itemHeading(AgendaItem item) {
        return item.number().isEmpty() ? item.title() : t.format("item.number", item.number()) + ": " + item.title();
    }

    /** "Sektor-MED Børn og Familie, 12. februar 2020: Punkt 2: Nyt serviceniveau …" */
    public Link treatmentLink(Treatment tr) {
        return new Link(tr.meeting().committee().name() + ", " + formats.shortDate(tr.meeting().date()) + ": "
                + itemHeading(tr.item()), Permalinks.item(tr.meeting(), tr.item()));
    }

    /** A meeting in a list, named by its date, and by its committee too where the list has several. */
    public MeetingSummary summary(Meeting m, boolean withCommittee) {
        String label = (withCommittee ? m.committee().name() + ", " : "") + formats.shortDate(m.date());
        return new MeetingSummary(Permalinks.meeting(m), label, m.committee().name(), typeLabel(m),
                m.date().toString(), formats.shortDate(m.date()), typeId(m.type()));
    }

    /** One treatment in a case's or a KLE number's timeline, with what was recommended and decided. */
    public TimelineEntry entry(Treatment tr) {
        Meeting m = tr.meeting();
        return new TimelineEntry(Permalinks.item(m, tr.item()), itemHeading(tr.item()), m.committee().name(),
                m.date().toString(), formats.shortDate(m.date()),
                opening(tr.item(), SectionKind.INDSTILLING), opening(tr.item(), SectionKind.BESLUTNING));
    }

    /** The first words of a section, cut at a word boundary: enough to tell what was recommended or decided. */
    public static String opening(AgendaItem item, SectionKind kind) {
        String text = item.section(kind).map(s -> s.text().plainTextStart(OPENING + 1)).orElse("");
        if (text.length() <= OPENING) return text;
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > OPENING / 2 ? cut : OPENING) + " …";
    }

    /** "1 behandling", "3 behandlinger": {@code key.one} for one, {@code key.many} with the count otherwise. */
    public String count(String key, int n) {
        return n == 1 ? t.get(key + ".one") : t.format(key + ".many", n);
    }

    public String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(t.locale(), "%.0f kB", bytes / 1024.0);
        return String.format(t.locale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** "PDF, 3 sider, 120 kB" */
    public String fileSummary(AttachmentFile file) {
        if (file.isDocument()) return file.format();
        return file.format() + file.pdf().map(p -> ", " + count("attachment.pages", p.pageCount())).orElse("") + ", "
                + humanSize(file.size());
    }

    /** When a meeting begins: its start time, or the day's beginning when the record gives none. */
    public static OffsetDateTime when(Meeting m) {
        return m.date().atTime(m.start().orElse(java.time.LocalTime.MIDNIGHT)).atZone(COPENHAGEN).toOffsetDateTime();
    }
}
