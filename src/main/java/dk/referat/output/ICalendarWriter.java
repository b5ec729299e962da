package dk.referat.output;

import dk.referat.render.Syndication;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) files. Times are local times in Europe/Copenhagen with the zone's
 * rules included, so calendars show 08:00 as 08:00 summer and winter. DTSTAMP is the meeting's date,
 * not the build's, so two builds of the same content give the same bytes.
 */
public final class ICalendarWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String ZONE = "Europe/Copenhagen";
    private static final String VTIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE", "TZID:" + ZONE, "X-LIC-LOCATION:" + ZONE,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE") + "\r\n";

    private ICalendarWriter() {
    }

    /** Writes the calendar event by event: the site's calendar holds every meeting, and is never held whole. */
    public static void write(Syndication.Calendar calendar, java.io.Writer writer) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Referat//Referat//DA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendar.name()));
        line(out, "X-WR-TIMEZONE:" + ZONE);
        out.append(VTIMEZONE);
        for (Syndication.Event e : calendar.events()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            // DTSTAMP and LAST-MODIFIED come from the record, not the build, so two builds of the same content agree.
            line(out, "DTSTAMP:" + e.modified().map(ICalendarWriter::utc).orElse(DATE.format(e.date()) + "T000000Z"));
            e.modified().ifPresent(m -> line(out, "LAST-MODIFIED:" + utc(m)));
            line(out, "SEQUENCE:" + e.sequence());
            if (e.start().isPresent()) {
                line(out, "DTSTART;TZID=" + ZONE + ":" + DATE.format(e.date()) + "T" + TIME.format(e.start().get()));
                e.end().ifPresent(end -> line(out, "DTEND;TZID=" + ZONE + ":" + DATE.format(e.date()) + "T" + TIME.format(end)));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            }
            line(out, "SUMMARY:" + text(e.summary()));
            if (!e.location().isEmpty()) line(out, "LOCATION:" + text(e.location()));
            if (e.url().startsWith("http")) line(out, "URL:" + e.url());
            if (!e.description().isEmpty()) line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
            writer.append(out);
            out.setLength(0);
        }
        line(out, "END:VCALENDAR");
        writer.append(out);
    }

    private static String utc(java.time.Instant instant) {
        return UTC.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Content lines are folded at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
