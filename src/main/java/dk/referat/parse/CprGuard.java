package dk.referat.parse;

import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the build at any CPR-like number in published text (CPR-loven § 54): DDMMYY-XXXX or
 * DDMMYYXXXX where DDMMYY is a real date. Since 2007 CPR numbers need not pass the modulus-11 check,
 * so the date is the only test; the message masks the number so it is not repeated in build logs.
 *
 * <p>A number that only looks like one is marked, occurrence by occurrence, by writing its hyphen
 * escaped, {@code 010203\-4567}: Markdown publishes it as "010203-4567", and the guard passes it.
 */
public final class CprGuard {
    private static final Pattern CPR = Pattern.compile("(?<![\\d\\\\])(\\d{2})(\\d{2})(\\d{2})(-?)(\\d{4})(?![\\d])");

    private CprGuard() {
    }

    /**
     * @param first where the text's first line is in its file
     * @param where words for the message when the text is not the file's own ("on page 3 of budget.pdf"); empty otherwise
     */
    public static void scan(String text, SourcePosition first, String where, Problems problems) {
        // Nearly all text has no run of six digits: a character scan rules that out before any regex runs.
        if (!hasSixDigits(text)) return;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!hasSixDigits(lines[i])) continue;
            Matcher m = CPR.matcher(lines[i]);
            while (m.find()) {
                if (!isDate(m.group(1), m.group(2), m.group(3))) continue;
                if (m.start() > 0 && lines[i].charAt(m.start() - 1) == '\\') continue;
                String masked = m.group(1) + m.group(2) + m.group(3) + m.group(4) + "XXXX";
                SourcePosition at = where.isEmpty() ? first.atLine(first.line() + i, m.start() + 1) : first;
                problems.error(at, "a CPR number (" + masked + ")" + (where.isEmpty() ? "" : " " + where)
                                + " must never be published",
                        "remove it; if it is not a CPR number, write its hyphen as \\- (" + m.group(1) + m.group(2) + m.group(3)
                                + "\\-XXXX) to mark this occurrence");
            }
        }
    }

    private static boolean hasSixDigits(String text) {
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
