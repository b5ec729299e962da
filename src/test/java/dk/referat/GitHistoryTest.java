package dk.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dk.referat.config.ConfigReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site says of a record's history is what citizens read into it: "Senest ændret" is when
 * what it publishes last changed, corrections are the ones its editor wrote, feeds and calendars tell
 * subscribers of changes; commit messages, written for developers, are published nowhere.
 */
class GitHistoryTest {

    static void git(Path dir, String time, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", time, "GIT_COMMITTER_DATE", time,
                "GIT_AUTHOR_NAME", "Redaktør", "GIT_AUTHOR_EMAIL", "r@example.org",
                "GIT_COMMITTER_NAME", "Redaktør", "GIT_COMMITTER_EMAIL", "r@example.org"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(1, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
    }

    static void commit(Path site, String time, String message) throws IOException, InterruptedException {
        git(site, time, "git", "add", "-A");
        git(site, time, "git", "commit", "-q", "-m", message);
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void lastChangedIsWhenWhatTheRecordPublishesChangedAndCorrectionsAreTheEditorsOwn(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "referat.edit.url=https://git.example.org/kommune/referater/edit/main/\n");
        git(site, "2020-01-16T12:00:00+01:00", "git", "init", "-q");
        commit(site, "2020-01-16T12:00:00+01:00", "Referater fra januar og marts");
        Path record = site.resolve("content/byraadet/2020-01-15.md");
        edit(record, "Godkendt.", "Godkendt uden bemærkninger.");
        edit(record, "start: \"17:00\"\n", "start: \"17:00\"\ncorrections:\n  - date: 2020-01-20\n"
                + "    text: Beslutningen i punkt 1 er præciseret.\n");
        commit(site, "2020-01-20T09:30:00+01:00", "fix typo in decision (see PR #12)");
        // A reformatted field and a blank line publish nothing new.
        edit(record, "start: \"17:00\"", "start: '17:00'");
        edit(record, "## 1. Godkendelse af dagsorden", "\n## 1. Godkendelse af dagsorden");
        commit(site, "2020-02-03T10:00:00+01:00", "reformat front matter");

        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document changed = TestSites.page(out, "/byraadet/2020-01-15/");
        assertEquals("20. januar 2020", changed.select(".facts dt:containsOwn(Senest ændret) + dd").text());
        assertEquals(List.of("20. januar 2020: Beslutningen i punkt 1 er præciseret."), changed.select("#rettelser + ul li").eachText());
        assertEquals("https://git.example.org/kommune/referater/edit/main/content/byraadet/2020-01-15.md",
                changed.selectFirst(".edit-link a").attr("href"));

        Document unchanged = TestSites.page(out, "/byraadet/2019-12-04/");
        assertEquals("16. januar 2020", unchanged.select(".facts dt:containsOwn(Senest ændret) + dd").text());
        assertNull(unchanged.selectFirst("#rettelser"), "no correction written, none shown");
        for (String message : List.of("fix typo", "PR #12", "reformat", "Referater fra januar")) {
            assertTrue(everyFile(out).noneMatch(text -> text.contains(message)), "the commit message '" + message + "' is published");
        }
    }

    @Test
    void aVersionPublishedBeforeACheckWasAddedStillCountsAsPublished(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path record = site.resolve("content/byraadet/2020-01-15.md");
        // Published at a time when a name under both participants and absent was not yet an error.
        edit(record, "start: \"17:00\"\n", "start: \"17:00\"\nparticipants:\n  - Anne Hansen\nabsent:\n  - Anne Hansen\n");
        git(site, "2020-01-16T12:00:00+01:00", "git", "init", "-q");
        commit(site, "2020-01-16T12:00:00+01:00", "Referater");
        edit(record, "participants:\n  - Anne Hansen\n", "");
        commit(site, "2020-01-20T09:30:00+01:00", "Anne Hansen havde meldt afbud");

        Path out = tmp.resolve("out");
        build(site, out, "2020-02-01T12:00:00+01:00");
        SyndEntry entry = entry(out, "/byraadet/2020-01-15/");
        assertEquals(java.time.OffsetDateTime.parse("2020-01-16T12:00:00+01:00").toInstant(), entry.getPublishedDate().toInstant(),
                "first published with the first commit");
        assertEquals(java.time.OffsetDateTime.parse("2020-01-20T09:30:00+01:00").toInstant(), entry.getUpdatedDate().toInstant());
    }

    @Test
    void aCommitMessageWithACprNumberAndACitizensNamePublishesNeither(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        git(site, "2020-01-16T12:00:00+01:00", "git", "init", "-q");
        commit(site, "2020-01-16T12:00:00+01:00", "Referater");
        edit(site.resolve("content/byraadet/2020-01-15.md"), "Godkendt.", "Godkendt med rettelser.");
        commit(site, "2020-01-17T12:00:00+01:00", "Slettet CPR 010190-1234 fra referatet efter klage fra Jens Borger Hansen");

        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        for (String secret : List.of("010190", "Jens Borger Hansen", "Slettet CPR")) {
            assertTrue(everyFile(out).noneMatch(text -> text.contains(secret)), "'" + secret + "' is published");
        }
        assertEquals("17. januar 2020", TestSites.page(out, "/byraadet/2020-01-15/")
                .select(".facts dt:containsOwn(Senest ændret) + dd").text());
    }

    @Test
    void subscribersHearOfChangesInFeedsAndCalendars(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://referat.example.org/\n");
        Path record = site.resolve("content/byraadet/2020-03-11.md");
        // The agenda of a meeting ahead of the build, not yet cancelled.
        edit(record, "type: referat", "type: dagsorden");
        edit(record, "cancelled: true\n", "start: \"17:00\"\nlocation: Byrådssalen\n");
        git(site, "2020-03-02T08:00:00+01:00", "git", "init", "-q");
        commit(site, "2020-03-02T08:00:00+01:00", "Dagsorden");
        Path first = tmp.resolve("first");
        build(site, first, "2020-03-02T12:00:00+01:00");

        // The meeting moves to another room; afterwards the minutes replace the agenda.
        edit(record, "location: Byrådssalen", "location: Mødelokale 2");
        commit(site, "2020-03-05T09:00:00+01:00", "Nyt lokale");
        edit(record, "type: dagsorden", "type: referat");
        commit(site, "2020-03-12T10:00:00+01:00", "Referat");
        Path second = tmp.resolve("second");
        build(site, second, "2020-03-12T12:00:00+01:00");

        SyndEntry before = entry(first, "https://referat.example.org/byraadet/2020-03-11/");
        SyndEntry after = entry(second, "https://referat.example.org/byraadet/2020-03-11/");
        assertEquals(before.getUri(), after.getUri(), "the entry keeps its id");
        assertEquals(Instant.parse("2020-03-02T07:00:00Z"), before.getPublishedDate().toInstant(),
                "published when committed, not at the meeting ahead");
        assertEquals(Instant.parse("2020-03-02T07:00:00Z"), after.getPublishedDate().toInstant());
        assertEquals(Instant.parse("2020-03-12T09:00:00Z"), after.getUpdatedDate().toInstant(), "updated when the minutes came");
        assertEquals("Eksempel Kommune", after.getAuthors().get(0).getName());

        VEvent was = event(first, "byraadet-2020-03-11@referat.example.org");
        VEvent is = event(second, "byraadet-2020-03-11@referat.example.org");
        assertEquals("0", value(was, "SEQUENCE"));
        assertEquals("1", value(is, "SEQUENCE"), "the room changed once; the minutes changed no time or place");
        assertEquals("20200302T070000Z", value(was, "LAST-MODIFIED"));
        assertEquals("20200312T090000Z", value(is, "LAST-MODIFIED"));
        assertEquals("20200312T090000Z", value(is, "DTSTAMP"));
        assertEquals("Mødelokale 2", value(is, "LOCATION"));
    }

    @Test
    void outsideGitTheSiteClaimsNoDates(@TempDir Path tmp) {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        TestSites.build(site, tmp.resolve("out"));
        Document page = TestSites.page(tmp.resolve("out"), "/byraadet/2020-01-15/");
        assertEquals(0, page.select(".facts dt:containsOwn(Senest ændret)").size());
    }

    private static void build(Path site, Path out, String at) {
        Referat.build(ConfigReader.read(site).withDestination(out).withSearch(false)
                .withBuildTime(java.time.OffsetDateTime.parse(at).toInstant()));
    }

    private static SyndEntry entry(Path out, String link) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(out.resolve("feed.xml").toFile()));
        return feed.getEntries().stream().filter(e -> e.getLink().equals(link)).findFirst().orElseThrow();
    }

    private static VEvent event(Path out, String uid) throws Exception {
        try (FileInputStream in = new FileInputStream(out.resolve("kalender.ics").toFile())) {
            List<VEvent> events = new CalendarBuilder().build(in).getComponents("VEVENT");
            return events.stream().filter(e -> uid.equals(value(e, "UID"))).findFirst().orElseThrow();
        }
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Stream<String> everyFile(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).toList().stream().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    return "";
                }
            });
        }
    }
}
