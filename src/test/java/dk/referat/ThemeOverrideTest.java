package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with only content uses the templates and assets bundled in the jar; its own templates/ and
 * assets/ override them file by file, so a municipality adopts Referat without forking it.
 */
class ThemeOverrideTest {

    @Test
    void aSitesOwnTemplateAndStylesheetReplaceOnlyTheirNamesakes(@TempDir Path tmp) throws Exception {
        TestSites.build(TestSites.fixture("theme-override"), tmp.resolve("site"));
        assertEquals("Hov! Siden findes ikke i Eksempel Kommunes referater",
                TestSites.read(tmp.resolve("site/404.html")).selectFirst("h1").text());
        assertEquals("Referat: Byrådet", TestSites.page(tmp.resolve("site"), "/byraadet/2019-12-04/").selectFirst("h1").text(),
                "the other pages keep the bundled templates");
        assertTrue(Files.readString(tmp.resolve("site/assets/referat.css")).startsWith("/* Eksempel Kommune */"));
        assertTrue(Files.isRegularFile(tmp.resolve("site/assets/search.js")), "bundled assets the site does not override stay");
    }

    @Test
    void aSiteWithOnlyContentUsesTheBundledTheme(@TempDir Path tmp) throws Exception {
        TestSites.build(TestSites.fixture("publication"), tmp.resolve("site"));
        assertTrue(Files.readString(tmp.resolve("site/assets/referat.css")).contains("--brand"));
        assertEquals("Siden findes ikke", TestSites.read(tmp.resolve("site/404.html")).selectFirst("h1").text());
    }
}
