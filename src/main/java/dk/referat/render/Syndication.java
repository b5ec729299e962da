package dk.referat.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Feeds and calendars, planned in the render step and written by the output step. */
public final class Syndication {
    private Syndication() {
    }

    /**
     * An Atom feed.
     *
     * @param path    where the feed is written (site-absolute)
     * @param pageUrl the page the feed follows, absolute when the site's address is known
     */
    public record Feed(String path, String id, String title, String pageUrl, String selfUrl, OffsetDateTime updated,
                       List<FeedEntry> entries) {
    }

    /**
     * @param updated   when what the entry shows last changed (minutes replacing the agenda, a correction)
     * @param published when it was first published: never after the build
     * @param author    the body the record is of
     */
    public record FeedEntry(String id, String title, String url, OffsetDateTime updated, OffsetDateTime published,
                            String summary, String category, String author) {
    }

    /**
     * An iCalendar file: meetings as events, in Europe/Copenhagen time.
     *
     * @param events made one by one as the calendar is written: the site's calendar holds every meeting
     */
    public record Calendar(String path, String name, Iterable<Event> events) {
    }

    /**
     * @param start    empty for a meeting whose time is not known: it is then an all-day event
     * @param modified when the record last changed, from git; empty outside git
     * @param sequence how many times the meeting's date, time, place or cancellation changed
     */
    public record Event(String uid, String summary, LocalDate date, Optional<LocalTime> start, Optional<LocalTime> end,
                        String location, String url, String description, boolean cancelled,
                        Optional<java.time.Instant> modified, int sequence) {
    }
}
