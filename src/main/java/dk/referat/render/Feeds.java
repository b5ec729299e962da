package dk.referat.render;

import dk.referat.model.CaseFile;
import dk.referat.model.Meeting;
import dk.referat.model.SectionKind;
import dk.referat.model.Treatment;
import dk.referat.render.Syndication.Feed;
import dk.referat.render.Syndication.FeedEntry;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The site's Atom feeds: every record, each committee's records, and each matter's treatments, newest first. */
public final class Feeds {
    private static final int FEED_SIZE = 100;
    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private final PageParts parts;
    private final Labels labels;
    private final Instant buildTime;

    /** @param buildTime the moment the build is made as of: no feed says a record was published after it */
    public Feeds(PageParts parts, Instant buildTime) {
        this.parts = parts;
        this.labels = parts.labels();
        this.buildTime = buildTime;
    }

    /** Each feed is made only when the stream reaches it, so the site's feeds are never all in memory. */
    public Stream<Feed> feeds(SiteIndex index) {
        Messages t = parts.messages();
        Stream<Feed> whole = Stream.of(index).map(i -> feed(Permalinks.FEED, parts.siteTitle() + ": " + t.get("feed.all"),
                Permalinks.HOME, i.allMeetings()
                        .sorted(Comparator.comparing(Meeting::date).reversed().thenComparing(m -> m.committee().slug()))
                        .limit(FEED_SIZE).toList()));
        Stream<Feed> committees = index.committees().stream().map(c -> feed(Permalinks.committeeFeed(c),
                c.name(), Permalinks.committee(c), index.meetings(c).stream().limit(FEED_SIZE).toList()));
        return Stream.concat(Stream.concat(whole, committees), index.casePages().map(this::caseFeed));
    }

    private Feed caseFeed(CaseFile file) {
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = file.timeline().size() - 1; i >= 0; i--) {
            Treatment tr = file.timeline().get(i);
            String path = Permalinks.item(tr.meeting(), tr.item());
            String summary = Stream.of(Labels.opening(tr.item(), SectionKind.INDSTILLING), Labels.opening(tr.item(), SectionKind.BESLUTNING))
                    .filter(x -> !x.isEmpty()).collect(Collectors.joining(" "));
            entries.add(new FeedEntry(parts.id(path), labels.treatmentLink(tr).label(), parts.absolute(path), updated(tr.meeting()),
                    published(tr.meeting()), summary, tr.meeting().committee().name(), tr.meeting().committee().body()));
        }
        String path = Permalinks.caseFeed(file.number());
        return new Feed(path, parts.id(path), parts.messages().format("feed.case", file.number().value(), file.title()),
                parts.absolute(Permalinks.caseFile(file.number())), parts.absolute(path), latest(entries), entries);
    }

    private Feed feed(String path, String title, String page, List<Meeting> meetings) {
        List<FeedEntry> entries = meetings.stream().map(m -> new FeedEntry(parts.id(Permalinks.meeting(m)),
                labels.typeLabel(m) + ": " + m.committee().name() + ", " + labels.formats().shortDate(m.date()),
                parts.absolute(Permalinks.meeting(m)), updated(m), published(m),
                m.items().stream().map(labels::itemHeading).collect(Collectors.joining("; ")),
                m.committee().name(), m.committee().body())).toList();
        return new Feed(path, parts.id(path), title, parts.absolute(page), parts.absolute(path), latest(entries), entries);
    }

    private static OffsetDateTime latest(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(EPOCH);
    }

    /**
     * When a record was first published, from git; outside git its meeting's time, but never a time
     * after the build's day began: an agenda is published before its meeting.
     */
    private OffsetDateTime published(Meeting m) {
        return m.history().published().map(i -> i.atZone(Labels.COPENHAGEN).toOffsetDateTime()).orElseGet(() -> unknown(m));
    }

    /** When what a record publishes last changed, from git; outside git as {@link #published}. */
    private OffsetDateTime updated(Meeting m) {
        return m.history().changed().map(i -> i.atZone(Labels.COPENHAGEN).toOffsetDateTime()).orElseGet(() -> unknown(m));
    }

    private OffsetDateTime unknown(Meeting m) {
        OffsetDateTime today = buildTime.atZone(Labels.COPENHAGEN).toLocalDate().atStartOfDay(Labels.COPENHAGEN).toOffsetDateTime();
        OffsetDateTime meeting = Labels.when(m);
        return meeting.isBefore(today) ? meeting : today;
    }
}
