package dk.referat.render.kinds;

import dk.referat.render.Inputs;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A year's page, {@code /aar/<year>/}: its meetings across committees, newest first. */
public final class YearPage implements PageKind<Integer> {
    private final PageParts parts;
    private final Messages t;

    public YearPage(PageParts parts) {
        this.parts = parts;
        this.t = parts.messages();
    }

    @Override
    public Stream<Integer> subjects(SiteIndex index) {
        return index.years().stream();
    }

    @Override
    public String address(Integer year) {
        return Permalinks.year(year);
    }

    @Override
    public void reads(Integer year, SiteIndex index, Inputs in) {
        in.summaries(index.meetingsIn(year));
    }

    @Override
    public PageJob view(Integer year, SiteIndex index) {
        List<MeetingSummary> meetings = index.meetingsIn(year).stream().map(m -> parts.labels().summary(m, true)).toList();
        String path = address(year);
        PageMeta meta = parts.meta(t.format("year.title", String.valueOf(year)), t.get("years.intro"), List.of(parts.homeLink(),
                new Link(t.get("years.title"), Permalinks.YEARS), new Link(String.valueOf(year), "")), path);
        return parts.job(path, "year", meta, Map.of("meetings", meetings));
    }
}
