package dk.referat.render;

import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.render.Syndication.Calendar;
import dk.referat.render.Syndication.Event;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The site's calendars: every meeting, and each committee's. */
public final class Calendars {
    private final PageParts parts;
    private final Labels labels;

    public Calendars(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
    }

    /** Events are made as the calendar is written, one at a time. */
    public List<Calendar> calendars(SiteIndex index) {
        List<Calendar> calendars = new ArrayList<>();
        calendars.add(new Calendar(Permalinks.CALENDAR, parts.siteTitle() + ": " + parts.messages().get("calendar.all"),
                () -> index.allMeetings().map(this::event).iterator()));
        for (Committee c : index.committees()) {
            calendars.add(new Calendar(Permalinks.committeeCalendar(c), c.name(), () -> index.meetings(c).stream().map(this::event).iterator()));
        }
        return calendars;
    }

    private Event event(Meeting m) {
        String uid = Permalinks.meeting(m).replaceAll("^/|/$", "").replace('/', '-') + "@" + parts.hostName();
        return new Event(uid, labels.typeLabel(m) + ": " + m.committee().name(), m.date(), m.start(), m.end(),
                m.location(), parts.absolute(Permalinks.meeting(m)), m.items().stream().map(labels::itemHeading)
                .collect(Collectors.joining("\n")), m.cancelled(), m.history().changed(), m.history().sequence());
    }
}
