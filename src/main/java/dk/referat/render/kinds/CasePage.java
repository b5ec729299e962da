package dk.referat.render.kinds;

import dk.referat.model.CaseFile;
import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.CaseView;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A matter's page, {@code /sager/<number>/}: its treatments across meetings and committees, oldest
 * first. A matter treated once has no page; its number leads to its item.
 */
public final class CasePage implements PageKind<CaseFile> {
    private final PageParts parts;
    private final Labels labels;
    private final Messages t;

    public CasePage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
    }

    @Override
    public Stream<CaseFile> subjects(SiteIndex index) {
        return index.casePages();
    }

    @Override
    public String address(CaseFile file) {
        return Permalinks.caseFile(file.number());
    }

    @Override
    public void reads(CaseFile file, SiteIndex index, Inputs in) {
        in.timeline(file.timeline());
    }

    @Override
    public PageJob view(CaseFile file, SiteIndex index) {
        String path = address(file);
        CaseView view = new CaseView(file.number().value(), file.title(), file.timeline().stream().map(labels::entry).toList());
        String title = t.format("case.title", file.number().value()) + ": " + file.title();
        PageMeta meta = parts.meta(title, file.title(), List.of(parts.homeLink(), new Link(t.get("cases.title"), Permalinks.CASES),
                new Link(file.number().value(), "")), path).withAlternates(parts.caseAlternates(file.number()));
        return parts.job(path, "case", meta, Map.of("caseFile", view, "search", parts.searchTags(file.timeline(), "search.type.case")));
    }
}
