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
        assertTrue(run.out().matches("(?s)Referat: \\d+ sider \\(\\d+ filer\\) skrevet til .* på \\d+,\\d s, 2 advarsler\n"
                + "Referat: åbn file:.*index.html\n"), run.out());
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
        assertTrue(run.err().contains("advarsel: henvisningen peger på"), run.err());
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
        for (String extra : new String[] {"feed.xml", "kalender.ics", "data.json"}) {
            assertTrue(Files.isRegularFile(full.resolve(extra)), extra + " in the full site");
        }
        // The full site here is built --no-search, so the search index is looked for in the pages-only build alone.
        for (String extra : new String[] {"feed.xml", "kalender.ics", "data.json", "pagefind"}) {
            assertTrue(!Files.exists(pages.resolve(extra)), extra + " is not written with --pages-only");
        }
    }

    @Test
    void brokenContentExitsWithOneAndTheReport(@TempDir Path tmp) throws Exception {
        Path site = TestSites.scenario("errors/unknown-committee");
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
        assertTrue(run.err().contains("er ikke tom og er ikke skrevet af Referat"), run.err());
    }

    @Test
    void helpDescribesTheCommandInDanishOrInEnglish() {
        Run run = referat("build", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Brug: referat build"), run.out());
        assertTrue(run.out().contains("Byg sitets mappe til et site. Intet skrives, hvis indholdet har fejl."), run.out());
        assertTrue(run.out().matches("(?s).*-o, --output=DIR +Hvor sitet skrives.*"), run.out());
        Run english = referat("build", "--help", "--lang", "en");
        assertTrue(english.out().startsWith("Usage: referat build"), english.out());
        assertTrue(english.out().matches("(?s).*-o, --output=DIR +Where to write the website.*"), english.out());
    }

    @Test
    void everyCommandAndOptionHasItsHelpInBothLanguages() {
        for (String language : new String[] {"da", "en"}) {
            picocli.CommandLine cli = new picocli.CommandLine(new Main());
            cli.setResourceBundle(dk.referat.diagnostics.Catalogue.of(dk.referat.diagnostics.Language.of(language).orElseThrow()).bundle());
            java.util.List<String> bare = new java.util.ArrayList<>();
            java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(cli));
            while (!todo.isEmpty()) {
                picocli.CommandLine.Model.CommandSpec spec = todo.pop().getCommandSpec();
                todo.addAll(spec.subcommands().values());
                if (String.join("", spec.usageMessage().description()).isBlank()
                        && String.join("", spec.usageMessage().header()).isBlank()) bare.add(spec.qualifiedName());
                for (picocli.CommandLine.Model.ArgSpec arg : spec.args()) {
                    if (String.join("", arg.description()).isBlank()) bare.add(spec.qualifiedName() + " " + arg.paramLabel());
                }
            }
            assertEquals(java.util.List.of(), bare, "commands and options without help in " + language);
        }
    }

    @Test
    void anUnknownLanguageIsRefusedInDanish() {
        Run run = referat("check", "--lang", "fr");
        assertEquals(2, run.exit());
        assertEquals("Referat: sproget 'fr' taler Referat ikke; brug et af: da, en", run.err().strip());
    }
}
