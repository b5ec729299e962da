package dk.referat.render;

import dk.referat.config.AccessibilityStatement;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import dk.referat.render.kinds.AttachmentPage;
import dk.referat.render.kinds.AttachmentReportPage;
import dk.referat.render.kinds.CaseListPage;
import dk.referat.render.kinds.CasePage;
import dk.referat.render.kinds.ClassificationListPage;
import dk.referat.render.kinds.ClassificationPage;
import dk.referat.render.kinds.CommitteePage;
import dk.referat.render.kinds.HomePage;
import dk.referat.render.kinds.MeetingPage;
import dk.referat.render.kinds.NotFoundPage;
import dk.referat.render.kinds.PlainPageKind;
import dk.referat.render.kinds.RemovedNotice;
import dk.referat.render.kinds.SearchPage;
import dk.referat.render.kinds.StatementPage;
import dk.referat.render.kinds.WasPage;
import dk.referat.render.kinds.YearListPage;
import dk.referat.render.kinds.YearPage;
import dk.referat.resolve.SiteIndex;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kinds of page the site has, in one list, and the feeds and calendars beside them. Each kind is
 * a class of {@code render.kinds} saying its address, what it reads and its view; all wording and
 * formatting happens there and in {@link Labels}, in Java, and the templates only lay it out.
 */
public final class PagePlanner {
    private final List<PageKind<?>> kinds;
    private final MeetingPage meetings;
    private final Feeds feeds;
    private final Calendars calendars;

    /**
     * @param ownTheme  whether the site's own templates/ or assets/ replace any of Referat's, which Referat's tests check in a browser
     * @param editUrl   the hosting repository's edit address, to which a record's file name is added; empty for none
     * @param buildTime the moment the build is made as of: no feed says a record was published after it
     */
    public PagePlanner(Messages messages, String siteTitle, String siteHost, AccessibilityStatement statement,
                       boolean ownTheme, String editUrl, List<PlainPage> footerPages, Instant buildTime) {
        PageParts parts = new PageParts(new Labels(messages), siteTitle, siteHost, footerPages);
        this.meetings = new MeetingPage(parts, new StructuredData(parts), editUrl);
        AttachmentReportPage report = new AttachmentReportPage(parts);
        this.kinds = List.of(
                new HomePage(parts),
                new CommitteePage(parts),
                meetings,
                new PlainPageKind(parts),
                new CaseListPage(parts),
                new CasePage(parts),
                new ClassificationListPage(parts),
                new ClassificationPage(parts),
                new AttachmentPage(parts),
                report,
                new StatementPage(parts, statement, ownTheme, report),
                new SearchPage(parts),
                new YearListPage(parts),
                new YearPage(parts),
                new WasPage(parts, statement.wasUrl()),
                new RemovedNotice(parts),
                new NotFoundPage(parts));
        this.feeds = new Feeds(parts, buildTime);
        this.calendars = new Calendars(parts);
    }

    /** Every page of the site, kind by kind; each view, and the list of what it reads, is made only when asked for. */
    public List<PlannedPage> plan(SiteIndex index) {
        return kinds.stream().flatMap(kind -> kind.pages(index)).toList();
    }

    /** What other pages show of a record: see {@link MeetingPage#facets}. */
    public Map<Long, List<Object>> facets(Meeting m) {
        return meetings.facets(m);
    }

    public Stream<Syndication.Feed> feeds(SiteIndex index) {
        return feeds.feeds(index);
    }

    public List<Syndication.Calendar> calendars(SiteIndex index) {
        return calendars.calendars(index);
    }
}
