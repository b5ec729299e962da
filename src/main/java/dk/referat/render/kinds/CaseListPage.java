package dk.referat.render.kinds;

import dk.referat.model.CaseFile;
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
import java.util.List;
import java.util.Map;

/** The list of matters, {@code /sager/}: each case number with its title and count of treatments. */
public final class CaseListPage implements PageKind.Single {
    private final PageParts parts;
    private final Labels labels;
    private final Messages t;

    public CaseListPage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
    }

    @Override
    public String address() {
        return Permalinks.CASES;
    }

    /** Which treatments each matter has, and the heading its title is taken from. */
    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        for (CaseFile c : index.cases().values()) {
            c.timeline().forEach(tr -> in.shape(tr.meeting()));
            c.titleSource().ifPresent(tr -> in.heading(tr.meeting(), tr.item()));
        }
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        List<CaseSummary> cases = index.cases().values().stream().map(c -> new CaseSummary(SiteIndex.caseAddress(c),
                c.number().value(), c.title(), labels.count("case.treatments", c.timeline().size()))).toList();
        PageMeta meta = parts.meta(t.get("cases.title"), t.get("cases.intro"), parts.underHome(t.get("cases.title")), Permalinks.CASES);
        return parts.job(Permalinks.CASES, "cases", meta, Map.of("cases", cases));
    }
}
