package dk.referat.output;

import java.util.List;

/** sitemap.xml for search engines. Locations are absolute when site.host is set, site-absolute paths otherwise. */
public final class Sitemap {
    private Sitemap() {
    }

    public static String xml(String siteHost, List<String> paths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths.stream().sorted().toList()) {
            String loc = siteHost.isEmpty() ? path : siteHost + path.substring(1);
            out.append("  <url><loc>").append(escape(loc)).append("</loc></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
