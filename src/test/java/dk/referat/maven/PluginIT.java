package dk.referat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What the Maven plugin did in the site projects of src/it, each built by a fresh Maven with the
 * plugin installed (maven-invoker-plugin runs them just before this, in the same phase).
 */
class PluginIT {
    static final Path IT = TestSites.repository().resolve("target/it");

    @Test
    void mvnPackageBuildsASiteRepositoryWithSearchAndSiteDeployPublishesIt() throws IOException {
        Path site = IT.resolve("new-site/target/site");
        Document meeting = TestSites.page(site, "/byraadet/2026-11-25/");
        assertEquals("Referat: Byrådet", meeting.selectFirst("h1").text());
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind-entry.json")), "the search index is built");
        assertTrue(Files.isRegularFile(site.resolve("feed.xml")));
        String log = Files.readString(IT.resolve("new-site/build.log"));
        assertTrue(log.contains("Referat: 11 sider (23 filer) skrevet til " + site), log);
        Path deployed = IT.resolve("new-site/target/deployed");
        assertEquals(Files.readString(site.resolve("index.html")), Files.readString(deployed.resolve("index.html")),
                "mvn site-deploy publishes the site");
        assertTrue(log.contains("Referat: ingen filer, som sitet ikke længere har, fjernet fra file:" + deployed), log);
    }

    @Test
    void referatCheckOnABrokenSiteFailsWithTheProblemAtItsLine() throws IOException {
        String log = Files.readString(IT.resolve("broken-site/build.log"));
        assertTrue(log.contains("[ERROR] content/byraadet/2026-11-25.md:4:12: fejl: ukendt udvalg 'byraadett'\n"
                + "    løsning: mente du 'byraadet'? brug et af udvalgenes korte navne (slug) fra data/committees.yaml: byraadet"), log);
        assertTrue(log.contains("Referat: 1 fejl; sitet ville ikke kunne bygges"), log);
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertTrue(log.contains("\n::error file=content/byraadet/2026-11-25.md,line=4,col=12::ukendt udvalg 'byraadett'"),
                "-Dreferat.format=github annotates the line: " + log);
        assertTrue(log.contains("[ERROR] content/byraadet/2026-11-25.md:4:12: error: unknown committee 'byraadett'\n"
                + "    fix: did you mean 'byraadet'? use one of the slugs in data/committees.yaml: byraadet"),
                "-Dreferat.lang=en speaks English: " + log);
        assertTrue(log.contains("Referat: 1 error; the site would not build"), log);
    }
}
