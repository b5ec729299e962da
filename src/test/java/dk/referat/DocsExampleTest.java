package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/content-format.md builds, so the documentation cannot drift from the code. */
class DocsExampleTest {

    @Test
    void theDocumentedExampleRecordBuildsCleanly(@TempDir Path tmp) throws IOException {
        String doc = Files.readString(TestSites.repository().resolve("docs/content-format.md"));
        int start = doc.indexOf("~~~~markdown\n") + "~~~~markdown\n".length();
        String example = doc.substring(start, doc.indexOf("\n~~~~\n", start) + 1);
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("data"));
        Files.createDirectories(site.resolve("content/lokal-med"));
        Files.copy(TestSites.repository().resolve("data/committees.yaml"), site.resolve("data/committees.yaml"));
        Files.writeString(site.resolve("content/lokal-med/eksempel.md"), example);

        BuildResult result = TestSites.build(site, tmp.resolve("out"));

        assertEquals(List.of(), TestSites.contentWarnings(result));
        Document page = TestSites.page(tmp.resolve("out"), "/lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26-ekstra/");
        assertEquals("Åben dagsorden: Lokal-MED FTI, Familiehuset og Sundhedsplejen", page.selectFirst("h1").text());
        assertEquals(List.of("20/19585"), page.select("#punkt-1 .item-meta .case-number").eachText().subList(0, 1));
        assertTrue(page.selectFirst("#punkt-1 .decision").text().contains("Godkendt."));
    }
}
