package dk.referat.render;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessibility statement and the attachment report say only what the site's settings and files back. */
class StatementPageTest {

    @Test
    void withoutItsSettingsTheStatementSaysWhatIsNotYetStatedAndTheBuildNamesEachKey(@TempDir Path tmp) {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        BuildResult result = TestSites.build(site, tmp.resolve("out"));
        List<String> warnings = result.warnings().stream().map(problem -> problem.format(Language.ENGLISH)).filter(w -> w.contains("accessibility")).toList();
        assertEquals(List.of("referat.accessibility.contact", "referat.accessibility.deviations", "referat.accessibility.organisation",
                "referat.accessibility.reviewed").stream().map(key -> "jbake.properties: warning: the accessibility statement lacks "
                + key + "; until it is set, the statement " + (key.endsWith("organisation") ? "names the site's title as responsible"
                : "says that this is not yet stated") + "\n    fix: set " + key
                + " in jbake.properties (see docs/content-format.md, \"The accessibility statement\")").toList(), warnings);

        String text = TestSites.page(tmp.resolve("out"), "/tilgaengelighedserklaering/").selectFirst("main").text();
        assertFalse(text.contains("før sitet offentliggøres"), "no claim that the pages were checked before publishing: " + text);
        assertFalse(text.contains("ingen afvigelser") || text.contains("ingen kendte afvigelser"), text);
        assertTrue(text.contains("Organisationen har endnu ikke oplyst, om der er kendte afvigelser."), text);
        assertTrue(text.contains("Organisationen har endnu ikke oplyst, hvor man kan henvende sig om tilgængeligheden."), text);
        assertTrue(text.contains("Det er endnu ikke oplyst, hvornår tilgængeligheden sidst blev gennemgået."), text);
        assertTrue(text.contains("Dette sites sider er ikke afprøvet på den måde, før de blev offentliggjort."), text);
        assertFalse(text.contains("PDF"), "a site without PDF attachments has nothing to say about them: " + text);

        Document report = TestSites.page(tmp.resolve("out"), "/tilgaengelighed/bilag/");
        assertFalse(report.selectFirst("main").text().contains("PDF"), report.selectFirst("main").text());
        assertFalse(report.selectFirst("meta[name=description]").attr("content").contains("PDF"));
        assertEquals("Ingen af sitets bilag ligger på sitet som filer, så her er intet at vurdere.",
                report.selectFirst("main .lead").text());
    }

    @Test
    void aStatedSiteGetsNoWarningAndItsOwnTemplatesAreNotCalledTested(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), """
                referat.accessibility.organisation=Eksempel Kommune
                referat.accessibility.contact=https://kommune.example/tilgaengelighed
                referat.accessibility.reviewed=2026-10-01
                referat.accessibility.deviations=
                """);
        BuildResult result = TestSites.build(site, tmp.resolve("out"));
        assertTrue(result.warnings().stream().noneMatch(w -> w.message(Language.ENGLISH).contains("accessibility")), result.warnings().toString());
        Document statement = TestSites.page(tmp.resolve("out"), "/tilgaengelighedserklaering/");
        assertTrue(statement.text().contains("Organisationen kender ingen afvigelser."), statement.text());
        assertEquals("https://kommune.example/tilgaengelighed", statement.selectFirst("#kontakt + p a").attr("href"));

        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/home.peb"), TestSites.bundledTemplate("home.peb").replace("<h1>", "<h1 class=\"egen\">"));
        TestSites.build(site, tmp.resolve("own"));
        String own = TestSites.page(tmp.resolve("own"), "/tilgaengelighedserklaering/").text();
        assertTrue(own.contains("Sitet bruger sine egne skabeloner eller sit eget layout. De er ikke afprøvet af Referat."), own);
        assertFalse(own.contains("Referats egne tests"), own);
    }

    @Test
    void aContactWrittenWithMailtoIsAnEmailAddressAndAHostMustBeAnAddress(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "referat.accessibility.contact=mailto:web@kommune.dk\n");
        TestSites.build(site, tmp.resolve("out"));
        assertEquals("mailto:web@kommune.dk", TestSites.page(tmp.resolve("out"), "/tilgaengelighedserklaering/")
                .selectFirst("#kontakt + p a").attr("href"));
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://referater.kommune dk/\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> ConfigReader.read(site));
        assertEquals("jbake.properties: error: site.host is 'https://referater.kommune dk/', not an http(s) address",
                e.problems().get(0).format(Language.ENGLISH).lines().findFirst().orElseThrow());
    }

    @Test
    void everyConfiguredAddressIsCheckedTheContactAndTheEditAddressToo(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), """
                referat.accessibility.contact=javascript:alert(1)
                referat.edit.url=javascript:alert(2)
                """);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> ConfigReader.read(site));
        assertEquals(List.of("jbake.properties: error: referat.accessibility.contact is 'javascript:alert(1)', neither an e-mail"
                        + " address nor an http(s) address\n    fix: write where citizens report a problem, for example"
                        + " referat.accessibility.contact=tilgaengelighed@kommune.dk",
                "jbake.properties: error: referat.edit.url is 'javascript:alert(2)', not an http(s) address\n    fix: write the"
                        + " repository's edit address, for example https://github.com/kommune/referater/edit/main/content/"),
                e.problems().stream().map(problem -> problem.format(Language.ENGLISH)).toList());
    }
}
