package dk.referat.render.kinds;

import dk.referat.model.Treatment;
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

/** A KLE number's page, {@code /kle/<number>/}: the items filed under it, oldest first. */
public final class ClassificationPage implements PageKind<ClassificationPage.Code> {
    /** A KLE number and the items filed under it. */
    public record Code(String code, List<Treatment> items) {
    }

    private final PageParts parts;
    private final Labels labels;
    private final Messages t;

    public ClassificationPage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
    }

    @Override
    public Stream<Code> subjects(SiteIndex index) {
        return index.classifications().entrySet().stream().map(e -> new Code(e.getKey(), e.getValue()));
    }

    @Override
    public String address(Code code) {
        return Permalinks.classification(code.code());
    }

    @Override
    public void reads(Code code, SiteIndex index, Inputs in) {
        in.timeline(code.items());
    }

    @Override
    public PageJob view(Code subject, SiteIndex index) {
        String code = subject.code();
        List<Treatment> items = subject.items();
        String path = address(subject);
        CaseView view = new CaseView(code, t.format("kle.heading", code), items.stream().map(labels::entry).toList());
        PageMeta meta = parts.meta(view.title(), view.title(), List.of(parts.homeLink(),
                new Link(t.get("kle.title"), Permalinks.CLASSIFICATIONS), new Link(code, "")), path);
        return parts.job(path, "classification", meta, Map.of("classification", view, "search",
                parts.searchTags(items, "search.type.classification")));
    }
}
