package dk.referat.guard;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the build at any CPR-like number in published text (CPR-loven § 54): DDMMYY-XXXX or
 * DDMMYYXXXX where DDMMYY is a real date. Since 2007 CPR numbers need not pass the modulus-11 check,
 * so the date is the only test. Messages never repeat any digit of it, not even the birth date:
 * build logs may be public, and the position says which number is meant.
 *
 * <p>A number that only looks like one is marked, occurrence by occurrence, by writing its hyphen
 * escaped, {@code 010203\-4567}: Markdown publishes it with a non-breaking hyphen (U+2011),
 * "010203‑4567", which looks the same, and the guard passes it, in the source and on the page.
 */
public final class CprGuard {
    private static final Pattern CPR = Pattern.compile("(?<![\\d\\\\])(\\d{2})(\\d{2})(\\d{2})(-?)(\\d{4})(?![\\d])");
    /** In finished output a number is one only where it stands alone: a checksum's digits are not. */
    private static final Pattern STANDING_ALONE = Pattern.compile("(?<![\\p{Alnum}\\\\])(\\d{2})(\\d{2})(\\d{2})(-?)(\\d{4})(?!\\p{Alnum})");
    private static final Pattern MARKED = Pattern.compile("(?<!\\d)(\\d{6})\\\\-(\\d{4})(?!\\d)");
    /** What a message shows instead of the number. */
    public static final String MASKED = "XXXXXX-XXXX";

    private CprGuard() {
    }

    /**
     * @param first where the text's first line is in its file
     * @param where words for the message when the text is not the file's own ("on page 3 of budget.pdf",
     *              {@code cpr.in.page}); {@link Message#NONE} otherwise
     */
    public static void scan(String text, SourcePosition first, Message where, Problems problems) {
        scanFor(text, first, where, null, problems);
    }

    /**
     * @param fix how to remove it, for a text the editor does not write as Markdown (a file name,
     *            {@code cpr.fix.rename}; a setting, {@code cpr.fix.setting})
     */
    public static void scan(String text, SourcePosition first, Message where, Message fix, Problems problems) {
        scanFor(text, first, where, java.util.Objects.requireNonNull(fix, "fix"), problems);
    }

    /** @param fix null for the message's own: remove it, or mark it as no CPR number */
    private static void scanFor(String text, SourcePosition first, Message where, Message fix, Problems problems) {
        // Nearly all text has no run of six digits: a character scan rules that out before any regex runs.
        if (!hasSixDigits(text)) return;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!hasSixDigits(lines[i])) continue;
            Matcher m = CPR.matcher(lines[i]);
            while (m.find()) {
                if (!isDate(m.group(1), m.group(2), m.group(3))) continue;
                SourcePosition at = where.isNone() ? first.atLine(first.line() + i, m.start() + 1) : first;
                Message found = where.isNone() ? Message.of("cpr.number", masked(m)) : Message.of("cpr.number.in", masked(m), where);
                problems.error(at, found, fix != null ? fix : found.fix());
            }
        }
    }

    /**
     * Where finished output holds a CPR number standing alone, if anywhere: the last check on every file
     * written, after each source was checked where it was read.
     */
    public static OptionalInt find(CharSequence text) {
        if (!hasSixDigits(text)) return OptionalInt.empty();
        Matcher m = STANDING_ALONE.matcher(text);
        while (m.find()) {
            if (isDate(m.group(1), m.group(2), m.group(3))) return OptionalInt.of(m.start());
        }
        return OptionalInt.empty();
    }

    /** The text with every CPR number in it masked: a file's name, shown in a message about it. */
    public static String masked(String text) {
        if (!hasSixDigits(text)) return text;
        Matcher m = CPR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, isDate(m.group(1), m.group(2), m.group(3)) ? masked(m) : "$0");
        return m.appendTail(out).toString();
    }

    /** The numbers an editor marked as no CPR numbers ({@code 010203\-4567}), as published: with a non-breaking hyphen. */
    public static String publishMarked(String text) {
        if (text.indexOf('\\') < 0) return text;
        return MARKED.matcher(text).replaceAll("$1\u2011$2");
    }

    private static String masked(Matcher m) {
        return m.group(4).isEmpty() ? "XXXXXXXXXX" : MASKED;
    }

    private static boolean hasSixDigits(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 6) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** A real day and month in some year ending in YY (29 February needs a leap year: 2000 or a 19xx one will do). */
    private static boolean isDate(String day, String month, String year) {
        int y = Integer.parseInt(year);
        for (int century : new int[] {1900, 2000}) {
            try {
                LocalDate.of(century + y, Integer.parseInt(month), Integer.parseInt(day));
                return true;
            } catch (DateTimeException e) {
                // Try the other century.
            }
        }
        return false;
    }
}
