package dk.referat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command a user types: its exit code and what it prints. */
class BuildCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run referat(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void buildPrintsWhereTheSiteIsAndASummary(@TempDir Path tmp) {
        Path output = tmp.resolve("site");
        Run run = referat("build", TestSites.repository().toString(), "--output", output.toString(), "--no-search");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)Referat: \\d+ pages \\(\\d+ files\\) written to .* in [\\d.]+ s, 2 warnings\n"
                + "Referat: open file:.*index.html\n"), run.out());
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
        assertTrue(run.err().contains("warning: the relation points to"), run.err());
    }

    @Test
    void pagesOnlyWritesThePagesAndNoFeedsCalendarsOrData(@TempDir Path tmp) {
        Path full = tmp.resolve("full");
        Path pages = tmp.resolve("pages");
        assertEquals(0, referat("build", TestSites.repository().toString(), "--output", full.toString(), "--no-search").exit());
        Run run = referat("build", TestSites.repository().toString(), "--output", pages.toString(), "--pages-only");
        assertEquals(0, run.exit(), run.err());
        assertEquals(TestSites.htmlFiles(full).stream().map(full::relativize).toList(),
                TestSites.htmlFiles(pages).stream().map(pages::relativize).toList(), "the same pages");
        for (String extra : new String[] {"feed.xml", "kalender.ics", "data.json", "pagefind"}) {
            assertTrue(Files.exists(full.resolve(extra)) || extra.equals("pagefind"), extra + " in the full site");
            assertTrue(!Files.exists(pages.resolve(extra)), extra + " is not written with --pages-only");
        }
    }

    @Test
    void brokenContentExitsWithOneAndTheReport(@TempDir Path tmp) throws Exception {
        Path site = TestSites.fixture("errors/unknown-committee");
        Run run = referat("build", site.toString(), "--output", tmp.resolve("site").toString());
        assertEquals(1, run.exit());
        assertEquals(Files.readString(site.resolve("expected-errors.txt")).strip(), run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aRefusedOutputFolderIsOneLineNotAStackTrace(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        Run run = referat("build", TestSites.fixture("publication").toString(), "--output", tmp.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("is not empty and was not written by Referat"), run.err());
    }

    @Test
    void helpDescribesTheCommand() {
        Run run = referat("build", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: referat build"), run.out());
        assertTrue(run.out().contains("--output"), run.out());
    }
}
