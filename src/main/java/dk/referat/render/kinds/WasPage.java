package dk.referat.render.kinds;

import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.PageMeta;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code /was/}, for a site whose statement is kept in the Agency for Digital Government's WAS-Tool:
 * Danish public sites answer /was with the statement there, and a static host needs a page for it.
 */
public final class WasPage implements PageKind.Single {
    private final PageParts parts;
    private final String wasUrl;

    /** @param wasUrl the statement's address in the WAS-Tool; empty for a site without one, which has no such page */
    public WasPage(PageParts parts, String wasUrl) {
        this.parts = parts;
        this.wasUrl = wasUrl;
    }

    @Override
    public Stream<SiteIndex> subjects(SiteIndex index) {
        return wasUrl.isEmpty() ? Stream.empty() : Stream.of(index);
    }

    @Override
    public String address() {
        return Permalinks.WAS;
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        String title = parts.messages().get("statement.title");
        PageMeta meta = parts.meta(title, parts.messages().get("was.text"), parts.underHome(title), Permalinks.WAS);
        return parts.job(Permalinks.WAS, "was", meta, Map.of("wasUrl", wasUrl));
    }
}
