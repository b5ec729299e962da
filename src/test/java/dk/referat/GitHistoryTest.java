package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record's page shows when it last changed and its corrections, read from the site's git history. */
class GitHistoryTest {

    static void git(Path dir, String date, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", date + "T12:00:00", "GIT_COMMITTER_DATE", date + "T12:00:00",
                "GIT_AUTHOR_NAME", "Redaktør", "GIT_AUTHOR_EMAIL", "r@example.org",
                "GIT_COMMITTER_NAME", "Redaktør", "GIT_COMMITTER_EMAIL", "r@example.org"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(1, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
    }

    @Test
    void correctionsAfterPublicationAreListed(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "referat.edit.url=https://git.example.org/kommune/referater/edit/main/\n");
        git(site, "2020-01-16", "git", "init", "-q");
        git(site, "2020-01-16", "git", "add", ".");
        git(site, "2020-01-16", "git", "commit", "-q", "-m", "Referater fra januar og marts");
        Path record = site.resolve("content/byraadet/2020-01-15.md");
        Files.writeString(record, Files.readString(record).replace("Godkendt.", "Godkendt uden bemærkninger."));
        git(site, "2020-01-20", "git", "commit", "-q", "-am", "Beslutningen i punkt 1 præciseret");

        TestSites.build(site, tmp.resolve("out"));
        Document changed = TestSites.page(tmp.resolve("out"), "/byraadet/2020-01-15/");
        assertEquals("2020-01-20", changed.selectFirst(".facts dd time[datetime=2020-01-20]").attr("datetime"));
        assertEquals(List.of("20. januar 2020: Beslutningen i punkt 1 præciseret"), changed.select("#rettelser + ul li").eachText());
        assertEquals("https://git.example.org/kommune/referater/edit/main/content/byraadet/2020-01-15.md",
                changed.selectFirst(".edit-link a").attr("href"));

        Document unchanged = TestSites.page(tmp.resolve("out"), "/byraadet/2019-12-04/");
        assertEquals("16. januar 2020", unchanged.select(".facts dt:containsOwn(Senest ændret) + dd").text());
        assertNull(unchanged.selectFirst("#rettelser"), "its first publication is no correction");
    }

    @Test
    void outsideGitTheSiteBuildsWithoutHistory(@TempDir Path tmp) {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        TestSites.build(site, tmp.resolve("out"));
        Document page = TestSites.page(tmp.resolve("out"), "/byraadet/2020-01-15/");
        assertEquals(0, page.select(".facts dt:containsOwn(Senest ændret)").size());
    }
}
