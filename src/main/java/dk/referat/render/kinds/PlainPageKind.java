package dk.referat.render.kinds;

import dk.referat.model.PlainPage;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.PlainPageView;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.Map;
import java.util.stream.Stream;

/** A page of the site's own that an editor wrote ({@code content/om.md} at {@code /om/}), linked from every footer. */
public final class PlainPageKind implements PageKind<PlainPage> {
    private final PageParts parts;

    public PlainPageKind(PageParts parts) {
        this.parts = parts;
    }

    @Override
    public Stream<PlainPage> subjects(SiteIndex index) {
        return index.pages().stream();
    }

    @Override
    public String address(PlainPage page) {
        return Permalinks.page(page);
    }

    @Override
    public PageJob view(PlainPage page, SiteIndex index) {
        String path = address(page);
        PageMeta meta = parts.meta(page.title(), page.title(), parts.underHome(page.title()), path);
        return parts.job(path, "page", meta, Map.of("content", new PlainPageView(page.body().html())));
    }
}
