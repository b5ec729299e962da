package dk.referat.render.kinds;

import dk.referat.model.Removed;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.RemovedView;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.RemovedPage;
import dk.referat.resolve.SiteIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What stands where a page taken down was, at its old address: what it was, when it went and why,
 * and nothing of what it said. Search engines are told not to index it.
 */
public final class RemovedNotice implements PageKind<RemovedPage> {
    private final PageParts parts;
    private final Messages t;

    public RemovedNotice(PageParts parts) {
        this.parts = parts;
        this.t = parts.messages();
    }

    @Override
    public Stream<RemovedPage> subjects(SiteIndex index) {
        return index.removed().stream();
    }

    @Override
    public String address(RemovedPage removed) {
        return removed.address();
    }

    @Override
    public PageJob view(RemovedPage removed, SiteIndex index) {
        var formats = parts.labels().formats();
        String what;
        Link committee = null;
        if (removed.removed() instanceof Removed.Meeting m) {
            what = t.get("type." + Labels.typeId(m.type())) + ": " + m.committee().name() + ", " + formats.shortDate(m.date());
            if (index.committees().contains(m.committee())) {
                committee = new Link(m.committee().name(), Permalinks.committee(m.committee()));
            }
        } else {
            what = t.get("removed.page");
        }
        LocalDate when = removed.removed().removed().atZone(Labels.COPENHAGEN).toLocalDate();
        String text = t.format("removed.text", formats.shortDate(when));
        RemovedView view = new RemovedView(what, text, removed.reason(), committee);
        PageMeta meta = parts.meta(t.format("removed.title", what), text, List.of(parts.homeLink(),
                new Link(t.get("removed.crumb"), "")), removed.address()).notIndexed();
        return parts.job(removed.address(), "removed", meta, Map.of("removed", view));
    }
}
