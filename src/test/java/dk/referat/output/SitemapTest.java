package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitemap protocol allows 50,000 addresses a file: a larger site gets a sitemap index. */
class SitemapTest {

    @Test
    void moreAddressesThanOneFileMayHoldGoIntoPartsUnderAnIndex(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        try (SiteWriter writer = SiteWriter.open(out, tmp.resolve("source"), List.of())) {
            Sitemap.write("https://referat.example.org/", List.of("/c/", "/a/", "/e/", "/b/", "/d/"), writer, 2);
            writer.commit();
        }
        Document index = xml(out.resolve("sitemap.xml"));
        assertEquals(List.of("https://referat.example.org/sitemap-1.xml", "https://referat.example.org/sitemap-2.xml",
                "https://referat.example.org/sitemap-3.xml"), index.select("sitemapindex > sitemap > loc").eachText());
        assertEquals(List.of("https://referat.example.org/a/", "https://referat.example.org/b/"),
                xml(out.resolve("sitemap-1.xml")).select("urlset > url > loc").eachText());
        assertEquals(List.of("https://referat.example.org/e/"), xml(out.resolve("sitemap-3.xml")).select("urlset > url > loc").eachText());
    }

    private static Document xml(Path file) throws Exception {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }
}
