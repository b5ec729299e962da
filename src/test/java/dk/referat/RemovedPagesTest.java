package dk.referat;

import dk.referat.diagnostics.Language;
import static dk.referat.GitHistoryTest.commit;
import static dk.referat.GitHistoryTest.edit;
import static dk.referat.GitHistoryTest.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.config.ConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page taken down — its record made a draft again, deleted, or moved to another date — leaves a
 * notice at its address that says when and, where the editor gave one, why, and holds nothing of what
 * the page said; no other file of the site holds it either.
 */
class RemovedPagesTest {

    @Test
    void eachWayOfTakingARecordDownLeavesANoticeAndNothingOfItsText(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://referat.example.org/\n");
        Path withdrawn = site.resolve("content/byraadet/2020-01-15.md");
        Path deleted = site.resolve("content/byraadet/2020-03-11.md");
        Path moved = site.resolve("content/byraadet/2019-12-04.md");
        edit(withdrawn, "Godkendt.", "Godkendt. TRÆKKES-TILBAGE-TEKST");
        edit(deleted, "## 1. Meddelelser", "## 1. Meddelelser\n\nSLETTES-TEKST");
        edit(moved, "## 1. Budget 2020", "## 1. Budget 2020\n\nFLYTTES-TEKST");
        git(site, "2020-03-12T10:00:00+01:00", "git", "init", "-q");
        commit(site, "2020-03-12T10:00:00+01:00", "Referater");

        edit(withdrawn, "status: published", "status: draft");
        Files.delete(deleted);
        edit(moved, "date: 2019-12-04", "date: 2019-12-05");
        Files.move(moved, moved.resolveSibling("2019-12-05.md"));
        Files.writeString(site.resolve("data/removed.yaml"), """
                - page: /byraadet/2020-01-15/
                  reason: Trukket tilbage efter aftale med Datatilsynet.
                """);
        commit(site, "2020-04-01T09:00:00+02:00", "Tre referater taget ned");

        Path out = tmp.resolve("out");
        Referat.build(ConfigReader.read(site).withDestination(out).withSearch(false)
                .withBuildTime(OffsetDateTime.parse("2020-04-02T12:00:00+02:00").toInstant()));

        Document notice = TestSites.page(out, "/byraadet/2020-01-15/");
        assertEquals("Fjernet: Referat: Byrådet, 15. januar 2020", notice.selectFirst("h1").text());
        assertEquals(List.of("Siden blev fjernet fra sitet den 1. april 2020.",
                        "Begrundelse: Trukket tilbage efter aftale med Datatilsynet.",
                        "Det, siden viste, er ikke længere offentliggjort her."),
                notice.select("main p").eachText());
        assertEquals("noindex", notice.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("Fjernet: Referat: Byrådet, 11. marts 2020", TestSites.page(out, "/byraadet/2020-03-11/").selectFirst("h1").text());
        assertEquals("Fjernet: Referat: Byrådet, 4. december 2019", TestSites.page(out, "/byraadet/2019-12-04/").selectFirst("h1").text());
        assertTrue(TestSites.page(out, "/byraadet/2019-12-05/").text().contains("FLYTTES-TEKST"), "the moved record is at its new address");

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("2020-01-15") || sitemap.contains("2020-03-11") || sitemap.contains("2019-12-04"), sitemap);
        for (String text : List.of("TRÆKKES-TILBAGE-TEKST", "SLETTES-TEKST")) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(file).contains(text), file + " holds the text of a page taken down");
                }
            }
        }
    }

    @Test
    void aReasonForAPageThatIsNotGoneIsAWarning(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("data/removed.yaml"), "- page: /byraadet/2020-01-15/\n  reason: Fjernet.\n");
        BuildResult result = TestSites.build(site, tmp.resolve("out"));
        assertEquals(List.of("data/removed.yaml:1:9: warning: no page the site published is gone from /byraadet/2020-01-15/: it is on"
                + " the site"), TestSites.contentWarnings(result).stream().map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList());
    }
}
