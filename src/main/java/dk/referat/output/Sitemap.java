package dk.referat.output;

import dk.referat.resolve.Permalinks;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * sitemap.xml for search engines. Locations are absolute when site.host is set, site-absolute paths
 * otherwise. The protocol allows 50,000 addresses in one file: a larger site gets a sitemap index at
 * the same address, pointing to sitemap-1.xml, sitemap-2.xml and so on.
 */
public final class Sitemap {
    /** The most addresses one sitemap file may hold (sitemaps.org). */
    static final int LIMIT = 50_000;

    private Sitemap() {
    }

    /** Writes the sitemap of the given pages, each file as it is made. */
    public static void write(String siteHost, List<String> paths, SiteWriter writer) {
        write(siteHost, paths, writer, LIMIT);
    }

    static void write(String siteHost, List<String> paths, SiteWriter writer, int limit) {
        List<String> sorted = paths.stream().sorted().toList();
        if (sorted.size() <= limit) {
            writer.write(Permalinks.SITEMAP, out -> urlset(out, siteHost, sorted));
            return;
        }
        int parts = (sorted.size() + limit - 1) / limit;
        for (int i = 0; i < parts; i++) {
            List<String> part = sorted.subList(i * limit, Math.min(sorted.size(), (i + 1) * limit));
            writer.write(part(i), out -> urlset(out, siteHost, part));
        }
        writer.write(Permalinks.SITEMAP, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int i = 0; i < parts; i++) out.write("  <sitemap><loc>" + escape(location(siteHost, part(i))) + "</loc></sitemap>\n");
            out.write("</sitemapindex>\n");
        });
    }

    /** The pages' addresses in one file, as {@code serve}'s preview keeps it up to date. */
    public static String xml(String siteHost, List<String> paths) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            urlset(out, siteHost, paths.stream().sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String part(int i) {
        return "/sitemap-" + (i + 1) + ".xml";
    }

    private static void urlset(Writer out, String siteHost, List<String> paths) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) out.write("  <url><loc>" + escape(location(siteHost, path)) + "</loc></url>\n");
        out.write("</urlset>\n");
    }

    private static String location(String siteHost, String path) {
        return siteHost.isEmpty() ? path : siteHost + path.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
