package dk.referat.render.kinds;

import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.CommitteeView;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.SearchTags;
import dk.referat.render.Views.YearGroup;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A committee's page, {@code /<committee>/}: its meetings by year, newest first. */
public final class CommitteePage implements PageKind<Committee> {
    private final PageParts parts;
    private final Labels labels;

    public CommitteePage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
    }

    @Override
    public Stream<Committee> subjects(SiteIndex index) {
        return index.committees().stream();
    }

    @Override
    public String address(Committee committee) {
        return Permalinks.committee(committee);
    }

    @Override
    public void reads(Committee committee, SiteIndex index, Inputs in) {
        in.summaries(index.meetings(committee));
    }

    @Override
    public PageJob view(Committee committee, SiteIndex index) {
        Map<Integer, List<MeetingSummary>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Meeting m : index.meetings(committee)) {
            byYear.computeIfAbsent(m.date().getYear(), y -> new ArrayList<>()).add(labels.summary(m, false));
        }
        List<YearGroup> years = byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
        CommitteeView view = new CommitteeView(committee.name(), committee.body(), labels.kindLabel(committee),
                committee.description(), years);
        String path = address(committee);
        PageMeta meta = parts.meta(committee.name(), committee.description().isEmpty()
                        ? committee.name() + ", " + committee.body() : committee.description(),
                List.of(parts.homeLink(), new Link(committee.name(), "")), path).withAlternates(parts.committeeAlternates(committee));
        return parts.job(path, "committee", meta, Map.of("committee", view, "search",
                new SearchTags(List.of(committee.name()), List.of(), "", parts.messages().get("search.type.committee"))));
    }
}
