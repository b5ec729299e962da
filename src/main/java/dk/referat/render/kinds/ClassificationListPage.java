package dk.referat.render.kinds;

import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.CaseSummary;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list of KLE numbers, {@code /kle/}: each number the site's items are filed under, with its count of items. */
public final class ClassificationListPage implements PageKind.Single {
    private final PageParts parts;
    private final Labels labels;
    private final Messages t;

    public ClassificationListPage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
    }

    @Override
    public String address() {
        return Permalinks.CLASSIFICATIONS;
    }

    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        index.classifications().values().forEach(list -> list.forEach(tr -> in.shape(tr.meeting())));
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        List<CaseSummary> codes = new ArrayList<>();
        index.classifications().forEach((code, items) -> codes.add(new CaseSummary(Permalinks.classification(code), code, "",
                labels.count("case.treatments", items.size()))));
        PageMeta meta = parts.meta(t.get("kle.title"), t.get("kle.intro"), parts.underHome(t.get("kle.title")),
                Permalinks.CLASSIFICATIONS);
        return parts.job(Permalinks.CLASSIFICATIONS, "classifications", meta, Map.of("codes", codes));
    }
}
