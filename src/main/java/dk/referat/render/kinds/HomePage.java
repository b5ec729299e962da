package dk.referat.render.kinds;

import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.CommitteeSummary;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;

/** The front page, {@code /}: the latest meetings, every committee with its count of meetings, and the years. */
public final class HomePage implements PageKind.Single {
    private final PageParts parts;
    private final Labels labels;

    public HomePage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
    }

    @Override
    public String address() {
        return Permalinks.HOME;
    }

    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        index.allMeetings().forEach(in::shape);
        index.latest().forEach(in::summary);
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        List<MeetingSummary> latest = index.latest().stream().map(m -> labels.summary(m, true)).toList();
        List<CommitteeSummary> committees = index.committees().stream().map(c -> new CommitteeSummary(Permalinks.committee(c),
                c.name(), c.body(), labels.kindLabel(c), labels.count("committee.count", index.meetings(c).size()))).toList();
        PageMeta meta = parts.meta(parts.siteTitle(), parts.messages().get("site.tagline"), List.of(), Permalinks.HOME)
                .withAlternates(parts.siteAlternates());
        List<Link> years = index.years().stream().map(y -> new Link(String.valueOf(y), Permalinks.year(y))).toList();
        return parts.job(Permalinks.HOME, "home", meta, Map.of("latest", latest, "committees", committees, "years", years));
    }
}
