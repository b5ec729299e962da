package dk.referat.render;

import dk.referat.model.AgendaItem;
import dk.referat.model.CaseNumber;
import dk.referat.model.Meeting;

/**
 * The names of what a page reads from the records, so that {@code referat serve} renders again only
 * the pages an edit can change. A record is read at several depths, each with its own name:
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
 * A record's names start with its file name and a NUL, which no file name holds, so the pages a file
 * can touch are found by the name's {@link #file}.
 */
public final class Inputs {
    private static final char SEPARATOR = '\u0000';
    private static final int ITEM_SLOTS = 20;

    private Inputs() {
    }

    public static String shape(Meeting meeting) {
        return meeting.sourceFile();
    }

    public static String summary(Meeting meeting) {
        return meeting.sourceFile() + SEPARATOR + "summary";
    }

    public static String heading(Meeting meeting, AgendaItem item) {
        return item(meeting, item, 'h');
    }

    public static String openings(Meeting meeting, AgendaItem item) {
        return item(meeting, item, 'o');
    }

    public static String attachments(Meeting meeting, AgendaItem item) {
        return item(meeting, item, 'a');
    }

    public static String caseFile(CaseNumber number) {
        return "case:" + number.value();
    }

    private static String item(Meeting meeting, AgendaItem item, char kind) {
        return meeting.sourceFile() + SEPARATOR + kind + item.anchor();
    }

    /** The record file a name belongs to; a matter's name is its own. */
    public static String file(String name) {
        int end = name.indexOf(SEPARATOR);
        return end < 0 ? name : name.substring(0, end);
    }

    /**
     * The name as one bit among those of its file, so that which of a record's names a page reads
     * fits in a long: the shape and the summary have a bit each, and each kind of item name shares
     * {@value #ITEM_SLOTS} bits among the items by their anchor. Two names may share a bit (a page is
     * then rendered when it need not be), never one name two bits.
     */
    public static long bit(String name) {
        int at = name.indexOf(SEPARATOR);
        if (at < 0) return 1L;
        char kind = name.charAt(at + 1);
        if (kind == 's') return 1L << 1;
        int kindIndex = kind == 'h' ? 0 : kind == 'o' ? 1 : 2;
        int slot = Math.floorMod(name.substring(at + 2).hashCode(), ITEM_SLOTS);
        return 1L << (2 + slot * 3 + kindIndex);
    }
}
