package dk.referat.render;

import dk.referat.model.AgendaItem;
import dk.referat.model.CaseNumber;
import dk.referat.model.Meeting;
import dk.referat.model.Treatment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page reads from the records, so that {@code referat serve} renders again only the pages
 * an edit can change. A record is read at several depths, each marked apart:
 *
 * <ul>
 *   <li>{@link #shape}: that the meeting exists, its committee, date and address, its items' anchors,
 *       cases and relations — what decides which pages there are and what they list;
 *   <li>{@link #summary}: what a list of meetings shows beyond that (the record's type label);
 *   <li>per item, what other pages show of it: its {@link #heading}, the {@link #openings} of its
 *       recommendation and decision (in timelines), its {@link #attachments} (on their pages);
 *   <li>{@link #caseFile}: which treatments a matter's timeline holds, in order — what an item's
 *       previous and next treatment depend on. A relation written on one record can add another
 *       record's item to a matter, so this is the one thing a page reads that no record alone decides.
 * </ul>
 *
 * What is read is kept per record file (or matter) as bits of a long ({@link #bit}): a 20,000-record
 * site's pages read some 1.2 million such things, and the preview keeps them all.
 */
public final class Inputs {
    private static final long SHAPE = 1L;
    public static final long SUMMARY = 1L << 1;
    private static final int ITEM_SLOTS = 20;
    private static final int HEADING = 0;
    private static final int OPENINGS = 1;
    private static final int ATTACHMENTS = 2;

    private final Map<String, Long> read = new HashMap<>();

    public Inputs shape(Meeting meeting) {
        return add(meeting.sourceFile(), SHAPE);
    }

    public Inputs summary(Meeting meeting) {
        return add(meeting.sourceFile(), SUMMARY);
    }

    public Inputs heading(Meeting meeting, AgendaItem item) {
        return add(meeting.sourceFile(), headingBit(item));
    }

    public Inputs openings(Meeting meeting, AgendaItem item) {
        return add(meeting.sourceFile(), openingsBit(item));
    }

    public Inputs attachments(Meeting meeting, AgendaItem item) {
        return add(meeting.sourceFile(), attachmentsBit(item));
    }

    /** A link to a treatment: its meeting's shape and its item's heading. */
    public Inputs treatment(Treatment tr) {
        return shape(tr.meeting()).heading(tr.meeting(), tr.item());
    }

    /** A timeline: each treatment's meeting, and its item's heading and opening words. */
    public Inputs timeline(List<Treatment> treatments) {
        for (Treatment tr : treatments) treatment(tr).openings(tr.meeting(), tr.item());
        return this;
    }

    /** A list of meeting summaries: each meeting's shape and type label. */
    public Inputs summaries(List<Meeting> meetings) {
        for (Meeting m : meetings) shape(m).summary(m);
        return this;
    }

    /** A matter's timeline: its name is its own, apart from every record's file name. */
    public Inputs caseFile(CaseNumber number) {
        return add(matter(number), SHAPE);
    }

    /** Everything of a record: a page that shows the record itself. */
    public Inputs all(Meeting meeting) {
        return add(meeting.sourceFile(), -1L);
    }

    private Inputs add(String key, long bits) {
        read.merge(key, bits, (a, b) -> a | b);
        return this;
    }

    /** By record file (or {@link #matter}), the bits of what the page reads of it. */
    public Map<String, Long> read() {
        return read;
    }

    public static String matter(CaseNumber number) {
        return "\u0000case:" + number.value();
    }

    /**
     * The bit of one thing read of an item: each kind shares {@value #ITEM_SLOTS} bits among the items
     * by their anchor. Two items may share a bit (a page is then rendered when it need not be), never
     * one thing two bits.
     */
    private static long bit(AgendaItem item, int kind) {
        return 1L << (2 + Math.floorMod(item.anchor().hashCode(), ITEM_SLOTS) * 3 + kind);
    }

    public static long headingBit(AgendaItem item) {
        return bit(item, HEADING);
    }

    public static long openingsBit(AgendaItem item) {
        return bit(item, OPENINGS);
    }

    public static long attachmentsBit(AgendaItem item) {
        return bit(item, ATTACHMENTS);
    }
}
