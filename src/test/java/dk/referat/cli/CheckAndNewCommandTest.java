package dk.referat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import dk.referat.cli.BuildCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `referat check` and `referat new meeting`, driven as a user types them. */
class CheckAndNewCommandTest {

    @Test
    void checkOnABrokenRecordPrintsTheLocationAndExitsOne() throws Exception {
        Path site = TestSites.scenario("errors/unknown-committee");
        Run run = BuildCommandTest.referat("check", site.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith(Files.readString(site.resolve("expected-errors.txt")).lines()
                .limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow()), run.out());
        assertTrue(run.out().contains("Referat: 1 fejl; sitet ville ikke kunne bygges"), run.out());
    }

    @Test
    void theLanguageAskedForBeforeTheCommandHoldsForIt() {
        String site = TestSites.scenario("errors/unknown-committee").toString();
        Run english = BuildCommandTest.referat("--lang", "en", "check", site);
        assertTrue(english.out().contains("content/byraadet/2020-02-12.md:4:12: error: unknown committee 'byraadett'\n    fix: "),
                english.out());
        assertTrue(english.out().contains("Referat: 1 error; the site would not build"), english.out());
        Run danish = BuildCommandTest.referat("check", site, "--lang", "da");
        assertTrue(danish.out().contains("content/byraadet/2020-02-12.md:4:12: fejl: ukendt udvalg 'byraadett'\n    løsning: "),
                danish.out());
    }

    @Test
    void checkOnGoodContentExitsZeroAndWritesNothing() {
        Run run = BuildCommandTest.referat("check", TestSites.fixture("publication").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*Referat: indholdet er i orden \\(\\d+ advarsler\\)\n"), run.out());
        assertTrue(Files.notExists(TestSites.fixture("publication").resolve("target")));
    }

    @Test
    void checkSpeaksJsonAndCiAnnotations() {
        String site = TestSites.scenario("errors/unknown-committee").toString();
        Run json = BuildCommandTest.referat("check", site, "--format", "json");
        assertEquals(1, json.exit());
        assertTrue(json.out().contains("\"file\": \"content/byraadet/2020-02-12.md\", \"line\": 4, \"column\": 12, "
                + "\"severity\": \"error\", \"message\": \"ukendt udvalg 'byraadett'\""), json.out());
        Run github = BuildCommandTest.referat("check", site, "--format", "github");
        assertTrue(github.out().startsWith("::error file=content/byraadet/2020-02-12.md,line=4,col=12::ukendt udvalg 'byraadett' (løsning: "),
                github.out());
        Run english = BuildCommandTest.referat("check", site, "--format", "github", "--lang", "en");
        assertTrue(english.out().startsWith("::error file=content/byraadet/2020-02-12.md,line=4,col=12::unknown committee 'byraadett' (fix: "),
                english.out());
        Run gitlab = BuildCommandTest.referat("check", site, "--format", "gitlab");
        assertTrue(gitlab.out().contains("\"location\": {\"path\": \"content/byraadet/2020-02-12.md\", \"lines\": {\"begin\": 4}}"),
                gitlab.out());
    }

    @Test
    void newMeetingWritesADraftThatBuildsNumberedOnFromTheLastRecord(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Run run = BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2020-04-15", site.toString());
        assertEquals(0, run.exit(), run.err());
        String record = Files.readString(site.resolve("content/byraadet/2020-04-15.md"));
        assertTrue(record.contains("status: kladde"), record);
        assertTrue(record.contains("## 2. Titel på punktet"), "numbered on from the last record's item 1:\n" + record);
        Run check = BuildCommandTest.referat("check", site.toString());
        assertEquals(0, check.exit(), check.out());
        Run again = BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2020-04-15", site.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("content/byraadet/2020-04-15.md findes allerede; ret i den, eller vælg en anden dato"), again.err());
    }

    @Test
    void newMeetingNumbersAsTheCommitteeDoesAndLeavesDecisionsToTheMinutes(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path committees = site.resolve("data/committees.yaml");
        Files.writeString(committees, Files.readString(committees) + "  numbering: år\n");
        assertEquals(0, BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2021-01-13", site.toString()).exit());
        String january = Files.readString(site.resolve("content/byraadet/2021-01-13.md"));
        assertTrue(january.contains("## 1. Titel på punktet"), "a new year starts at 1:\n" + january);
        assertTrue(!january.contains("### Beslutning"), "an agenda has no decisions yet:\n" + january);
        assertEquals(0, BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2020-04-15",
                "--type", "referat", site.toString()).exit());
        String april = Files.readString(site.resolve("content/byraadet/2020-04-15.md"));
        assertTrue(april.contains("## 2. Titel på punktet"), "within the year it counts on:\n" + april);
        assertTrue(april.contains("### Beslutning"), "minutes have decisions:\n" + april);

        Files.writeString(committees, Files.readString(committees).replace("numbering: år", "numbering: møde"));
        assertEquals(0, BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2020-05-13", site.toString()).exit());
        assertTrue(Files.readString(site.resolve("content/byraadet/2020-05-13.md")).contains("## 1. Titel på punktet"));

        // Published as new meeting wrote it, the record would show its placeholder to citizens.
        Path may = site.resolve("content/byraadet/2020-05-13.md");
        Files.writeString(may, Files.readString(may).replace("status: kladde", "status: offentliggjort"));
        Run check = BuildCommandTest.referat("check", site.toString());
        assertEquals(1, check.exit(), check.out());
        assertTrue(check.out().contains("content/byraadet/2020-05-13.md:8:1: fejl: punktet har stadig titlen 'Titel på punktet',"
                + " som referat new meeting satte ind"), check.out());
    }

    @Test
    void newMeetingInvitesLastMeetingsAbsentMembersAgain(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path last = site.resolve("content/byraadet/2020-03-11.md");
        Files.writeString(last, Files.readString(last).replaceFirst("date: 2020-03-11\n",
                "date: 2020-03-11\nparticipants:\n  - name: Anne Hansen\n    role: formand\nabsent:\n  - name: Bo Jensen\n    role: medlem\n"));
        assertEquals(0, BuildCommandTest.referat("new", "meeting", "--committee", "byraadet", "--date", "2020-04-15", site.toString()).exit());
        String record = Files.readString(site.resolve("content/byraadet/2020-04-15.md"));
        assertTrue(record.contains("participants:\n  - name: \"Anne Hansen\"\n    role: \"formand\"\n  - name: \"Bo Jensen\"\n    role: \"medlem\"\n"),
                record);
    }

    @Test
    void importReadsAPdfIntoADraftThatBuilds(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        // One line per page: the heading with date and time, an item, and its decision.
        Path pdf = dk.referat.TestPdfs.write(tmp.resolve("referat.pdf"), "Referat", "da", false,
                "Referat fra Byrådets møde den 12. maj 2021 kl. 19:00", "Punkt 4: Budgetopfølgning", "Beslutning");
        Run run = BuildCommandTest.referat("import", pdf.toString(), "--committee", "byraadet", "--site", site.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Referat: skrev content/byraadet/2021-05-12.md (status: kladde): 1 punkt, ingen deltagere, ingen sagsnumre"), run.out());
        String record = Files.readString(site.resolve("content/byraadet/2021-05-12.md"));
        assertTrue(record.contains("start: \"19:00\"") && record.contains("## 4. Budgetopfølgning"), record);
        assertEquals(0, BuildCommandTest.referat("check", site.toString()).exit());
    }

    @Test
    void newMeetingRefusesAnUnknownCommittee(@TempDir Path tmp) {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Run run = BuildCommandTest.referat("new", "meeting", "--committee", "byraad", "--date", "2020-04-15", site.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("ukendt udvalg 'byraad': brug et af byraadet"), run.err());
    }

    @Test
    void aFailureOfImportServeOrPruneIsALineNotAStackTrace(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Run missing = BuildCommandTest.referat("import", tmp.resolve("mangler.pdf").toString(), "--committee", "byraadet",
                "--site", site.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("Referat: " + tmp.resolve("mangler.pdf") + " kan ikke læses: "), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Run address = BuildCommandTest.referat("prune", "file://server/delt/mappe");
        assertEquals(2, address.exit());
        assertTrue(address.err().startsWith("Referat: 'file://server/delt/mappe' er ikke en mappe eller en adresse, der kan bruges: "),
                address.err());
        assertEquals(1, address.err().strip().lines().count(), address.err());

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run busy = BuildCommandTest.referat("serve", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, busy.exit());
            assertTrue(busy.err().startsWith("Referat: forhåndsvisningen kunne ikke starte på port " + taken.getLocalPort() + ": "),
                    busy.err());
            assertEquals(1, busy.err().strip().lines().count(), busy.err());
        }
    }
}
