package dk.referat.render.kinds;

import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.Map;

/** The search page, {@code /soeg/}: Pagefind's interface, which reads the index the build wrote, not the records. */
public final class SearchPage implements PageKind.Single {
    private final PageParts parts;

    public SearchPage(PageParts parts) {
        this.parts = parts;
    }

    @Override
    public String address() {
        return Permalinks.SEARCH;
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        String title = parts.messages().get("search.title");
        PageMeta meta = parts.meta(title, parts.messages().get("search.intro"), parts.underHome(title), Permalinks.SEARCH);
        return parts.job(Permalinks.SEARCH, "search", meta, Map.of());
    }
}
