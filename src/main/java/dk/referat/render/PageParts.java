package dk.referat.render;

import dk.referat.model.CaseNumber;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import dk.referat.model.Treatment;
import dk.referat.render.Views.Alternate;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.SearchTags;
import dk.referat.render.Views.SiteView;
import dk.referat.resolve.Permalinks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every page kind builds its page from: the site's frame (title, navigation, footer), a page's
 * head ({@link #meta}), the feeds and calendars it offers, what search files it under, and the
 * {@link PageJob} that joins them to the page's own view.
 */
public final class PageParts {
    private static final String ATOM = "application/atom+xml";
    private static final String ICAL = "text/calendar";

    private final Labels labels;
    private final Messages t;
    private final SiteView site;
    private final String siteHost;

    /**
     * @param siteHost    the site's public address ending in '/', or empty when it is not known
     * @param footerPages the plain pages linked from every page's footer
     */
    public PageParts(Labels labels, String siteTitle, String siteHost, List<PlainPage> footerPages) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.t = labels.messages();
        this.siteHost = Objects.requireNonNull(siteHost, "siteHost");
        List<Link> footer = new ArrayList<>(footerPages.stream().map(p -> new Link(p.title(), Permalinks.page(p))).toList());
        footer.add(new Link(t.get("statement.title"), Permalinks.STATEMENT));
        footer.add(new Link(t.get("footer.attachmentReport"), Permalinks.ATTACHMENT_REPORT));
        List<Link> navigation = List.of(new Link(t.get("home"), Permalinks.HOME),
                new Link(t.get("nav.cases"), Permalinks.CASES), new Link(t.get("nav.classifications"), Permalinks.CLASSIFICATIONS),
                new Link(t.get("search.title"), Permalinks.SEARCH));
        this.site = new SiteView(Objects.requireNonNull(siteTitle, "siteTitle"), t.locale().getLanguage(), navigation, footer);
    }

    public Labels labels() {
        return labels;
    }

    public Messages messages() {
        return t;
    }

    public String siteTitle() {
        return site.title();
    }

    /** The page's view put together with the frame every template lays out. */
    public PageJob job(String path, String template, PageMeta meta, Map<String, Object> view) {
        Map<String, Object> context = new HashMap<>(view);
        context.putIfAbsent("search", null);
        context.put("site", site);
        context.put("page", meta);
        context.put("t", t.all());
        return new PageJob(path, template, context);
    }

    /** A page's head: its title in the tab beside the site's, a description of at most 300 characters, its address. */
    public PageMeta meta(String title, String description, List<Link> crumbs, String path) {
        String canonical = siteHost.isEmpty() ? "" : siteHost + path.substring(1);
        String shortDescription = description.length() > 300 ? description.substring(0, 297) + "…" : description;
        String documentTitle = title.equals(site.title()) ? title : title + " – " + site.title();
        return new PageMeta(title, documentTitle, shortDescription, crumbs, canonical, path, List.of(), "website", "", true);
    }

    public Link homeLink() {
        return new Link(t.get("home"), Permalinks.HOME);
    }

    /** The breadcrumbs of a page one step below the home page, named {@code title}. */
    public List<Link> underHome(String title) {
        return List.of(homeLink(), new Link(title, ""));
    }

    /** A full address when the site's public address is known, else the site-absolute path. */
    public String absolute(String path) {
        return siteHost.isEmpty() ? path : siteHost + path.substring(1);
    }

    /** A feed's or entry's permanent id: its address, or a URN made from its path when the address is not known. */
    public String id(String path) {
        return siteHost.isEmpty() ? "urn:referat" + path.replaceAll("/$", "").replace('/', ':') : absolute(path);
    }

    /** The host part of the site's address, which calendar events' ids end in; "referat" when it is not known. */
    public String hostName() {
        return siteHost.isEmpty() ? "referat" : java.net.URI.create(siteHost).getHost();
    }

    public List<Alternate> siteAlternates() {
        return List.of(new Alternate(t.format("follow.feed", t.get("follow.allFeed")), Permalinks.FEED, ATOM),
                new Alternate(t.format("follow.calendar", t.get("follow.allFeed")), Permalinks.CALENDAR, ICAL));
    }

    public List<Alternate> committeeAlternates(Committee c) {
        return List.of(new Alternate(t.format("follow.feed", c.name()), Permalinks.committeeFeed(c), ATOM),
                new Alternate(t.format("follow.calendar", c.name()), Permalinks.committeeCalendar(c), ICAL));
    }

    public List<Alternate> caseAlternates(CaseNumber number) {
        return List.of(new Alternate(t.format("follow.feed", t.format("case.title", number.value())),
                Permalinks.caseFeed(number), ATOM));
    }

    /** A meeting's page, or a page of something it lists: under its committee and year. */
    public SearchTags searchTags(Meeting m, String typeKey) {
        return new SearchTags(List.of(m.committee().name()), List.of(String.valueOf(m.date().getYear())),
                labels.formats().shortDate(m.date()), t.get(typeKey));
    }

    /** A case or KLE page: under every committee and year of its treatments, dated by the latest. */
    public SearchTags searchTags(List<Treatment> timeline, String typeKey) {
        List<String> committees = timeline.stream().map(tr -> tr.meeting().committee().name()).distinct().toList();
        List<String> years = timeline.stream().map(tr -> String.valueOf(tr.meeting().date().getYear())).distinct().toList();
        String latest = timeline.stream().map(tr -> tr.meeting().date()).max(Comparator.naturalOrder())
                .map(labels.formats()::shortDate).orElse("");
        return new SearchTags(committees, years, latest, t.get(typeKey));
    }
}
