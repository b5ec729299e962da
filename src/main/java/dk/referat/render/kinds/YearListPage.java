package dk.referat.render.kinds;

import dk.referat.render.Inputs;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;

/** The list of years with meetings, {@code /aar/}, newest first. */
public final class YearListPage implements PageKind.Single {
    private final PageParts parts;
    private final Messages t;

    public YearListPage(PageParts parts) {
        this.parts = parts;
        this.t = parts.messages();
    }

    @Override
    public String address() {
        return Permalinks.YEARS;
    }

    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        index.allMeetings().forEach(in::shape);
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        List<Link> years = index.years().stream().map(y -> new Link(String.valueOf(y), Permalinks.year(y))).toList();
        PageMeta meta = parts.meta(t.get("years.title"), t.get("years.intro"), parts.underHome(t.get("years.title")), Permalinks.YEARS);
        return parts.job(Permalinks.YEARS, "years", meta, Map.of("years", years));
    }
}
