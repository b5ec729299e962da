package dk.referat.render.kinds;

import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.List;
import java.util.Map;

/** The page a host shows for an address the site does not have, {@code /404.html}; not indexed. */
public final class NotFoundPage implements PageKind.Single {
    private final PageParts parts;

    public NotFoundPage(PageParts parts) {
        this.parts = parts;
    }

    @Override
    public String address() {
        return Permalinks.NOT_FOUND;
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        PageMeta meta = parts.meta(parts.messages().get("page.notFound.title"), parts.messages().get("page.notFound.text"),
                List.of(), Permalinks.NOT_FOUND).notIndexed();
        return parts.job(Permalinks.NOT_FOUND, "404", meta, Map.of());
    }
}
