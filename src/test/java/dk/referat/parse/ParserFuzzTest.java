package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated records fed to the whole content check: whatever an editor's slip or a hostile commit does
 * to a record, the result is a list of problems with a file and a place, never a crash or a hang.
 */
class ParserFuzzTest {
    /** A valid record exercising front matter, items, punkt blocks, relations, sections and a table. */
    private static final String RECORD = """
            ---
            type: referat
            status: published
            committee: byraadet
            date: 2021-04-21
            start: "19:00"
            location: Rådhuset
            participants:
              - name: Anna Jensen
                role: formand
            ---

            Indledning med **fed** tekst og sag 21/00042.

            ## 2. Budget 2022, genoptagelse

            ```punkt
            cases: [21/00042]
            classification: [00.01.00]
            relations:
              - type: resumes
                to: 2021-03-24
                item: 7
            ```

            ### Sagsfremstilling

            | År | Beløb |
            | --- | ---: |
            | 2022 | 1,5 |

            Se punkt 2 og [kommunen](https://example.dk/).

            ### Beslutning

            Godkendt.
            """;
    private static final String EARLIER = "---\ntype: referat\nstatus: published\ncommittee: byraadet\ndate: 2021-03-24\n---\n\n## 7. Budget 2022\n";
    /** Characters that mean something to YAML, Markdown, HTML or our own formats, and some that mean trouble. */
    private static final char[] SPICE = "-:#`|\n\r\t\"'[]{}*&<>!%@\\_~=.,/0123456789 æøåÆØÅ✓\u0000\u00a0\u2028\ufeff".toCharArray();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();

    @Property(tries = 400, seed = "20261122")
    void aMutatedRecordGivesProblemsWithPlacesNeverACrash(@ForAll("mutated") String record) throws IOException {
        Path site = Files.createTempDirectory("referat-fuzz-");
        try {
            Files.createDirectories(site.resolve("content/byraadet"));
            Files.createDirectories(site.resolve("data"));
            Files.copy(TestSites.fixture("shared/committees.yaml"), site.resolve("data/committees.yaml"));
            Files.writeString(site.resolve("content/byraadet/2021-03-24.md"), EARLIER);
            Files.write(site.resolve("content/byraadet/2021-04-21.md"), record.getBytes(StandardCharsets.UTF_8));
            List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> Referat.check(ConfigReader.read(site)), "the check hangs");
            TRIES.incrementAndGet();
            for (Problem p : problems) {
                assertFalse(p.file().isEmpty(), "a problem without a file: " + p.format(Language.ENGLISH));
                assertTrue(p.file().startsWith("content/") || p.file().startsWith("data/") || p.file().equals("jbake.properties"), p.format(Language.ENGLISH));
                assertFalse(p.message(Language.ENGLISH).isBlank(), p.format(Language.ENGLISH));
                if (p.severity() == Severity.ERROR) assertFalse(p.hint(Language.ENGLISH).isBlank(), "an error without a fix: " + p.format(Language.ENGLISH));
            }
            if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) FAILED.incrementAndGet();
        } finally {
            dk.referat.output.SiteWriter.deleteTree(site);
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("parser fuzz: %d mutated records checked, %d with content errors, none crashed or hung%n",
                TRIES.get(), FAILED.get());
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                Combinators.combine(position(), Arbitraries.of(asObjects(SPICE)).list().ofMinSize(1).ofMaxSize(6))
                        .as((at, chars) -> (Mutation) text -> insert(text, at, chars)),
                Combinators.combine(position(), Arbitraries.integers().between(1, 40))
                        .as((at, length) -> (Mutation) text -> delete(text, at, length)),
                position().map(at -> (Mutation) text -> duplicateLine(text, at)),
                Combinators.combine(position(), position()).as((a, b) -> (Mutation) text -> swapLines(text, a, b)));
        return one.list().ofMinSize(1).ofMaxSize(8).map(mutations -> {
            String text = RECORD;
            for (Mutation m : mutations) text = m.apply(text);
            return text;
        });
    }

    @Test
    void veryLargeRecordsAreHandled(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/byraadet"));
        Files.createDirectories(site.resolve("data"));
        Files.copy(TestSites.fixture("shared/committees.yaml"), site.resolve("data/committees.yaml"));
        StringBuilder many = new StringBuilder("---\ntype: referat\nstatus: published\ncommittee: byraadet\ndate: 2021-01-01\n---\n\n");
        for (int i = 1; i <= 10_000; i++) {
            many.append("## ").append(i).append(". Punkt ").append(i).append("\n\n```punkt\ncases: [21/")
                    .append(String.format("%05d", i)).append("]\n```\n\n### Beslutning\n\nGodkendt.\n\n");
        }
        Files.writeString(site.resolve("content/byraadet/2021-01-01.md"), many);
        StringBuilder big = new StringBuilder("---\ntype: referat\nstatus: published\ncommittee: byraadet\ndate: 2021-01-02\n---\n\n"
                + "## 1. Et langt punkt\n\n### Sagsfremstilling\n\n");
        String paragraph = "Forvaltningen har udarbejdet et notat, der beskriver sagens baggrund og de økonomiske konsekvenser. ".repeat(10) + "\n\n";
        while (big.length() < 5 * 1024 * 1024) big.append(paragraph);
        Files.writeString(site.resolve("content/byraadet/2021-01-02.md"), big);
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Referat.check(ConfigReader.read(site)));
        assertEquals(List.of(), problems.stream().filter(p -> !p.file().equals("jbake.properties")).toList(), "a 10,000-item record and a 5 MB record are ordinary content");
    }

    private interface Mutation {
        String apply(String text);
    }

    private static Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, RECORD.length());
    }

    private static Character[] asObjects(char[] chars) {
        Character[] out = new Character[chars.length];
        for (int i = 0; i < chars.length; i++) out[i] = chars[i];
        return out;
    }

    private static String insert(String text, int at, List<Character> chars) {
        StringBuilder s = new StringBuilder(text);
        int p = Math.min(at, s.length());
        for (char c : chars) s.insert(p++, c);
        return s.toString();
    }

    private static String delete(String text, int at, int length) {
        int from = Math.min(at, text.length());
        return text.substring(0, from) + text.substring(Math.min(text.length(), from + length));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String duplicateLine(String text, int at) {
        List<String> lines = lines(text);
        int i = at % lines.size();
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private static String swapLines(String text, int a, int b) {
        List<String> lines = lines(text);
        java.util.Collections.swap(lines, a % lines.size(), b % lines.size());
        return String.join("\n", lines);
    }
}
