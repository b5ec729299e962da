package dk.referat;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.referat.diagnostics.BuildFailedException;
import dk.referat.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each scenario under src/test/sites/errors/ is a small whole site, in one file, with one kind of mistake (or, in
 * many-at-once, several). The build must fail with exactly the report in expected-errors.txt, in
 * Danish as a clerk reads it (and in expected-errors.en.txt, where a fixture has one, in English),
 * and the site built before must be left exactly as it was.
 */
class ErrorReportingTest {

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(TestSites.fixture("errors"))) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txtar"))
                    .map(n -> n.substring(0, n.length() - ".txtar".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reportsEveryProblemWithFileLineAndColumnAndLeavesTheOldSiteAlone(String scenario, @TempDir Path tmp)
            throws IOException {
        Path site = TestSites.scenario("errors/" + scenario, tmp.resolve("source"));
        Path output = tmp.resolve("site");
        Files.createDirectories(output.resolve("byraadet"));
        Files.writeString(output.resolve(SiteWriter.MARKER), "");
        Files.writeString(output.resolve("index.html"), "<p>the previous site</p>");
        Files.writeString(output.resolve("byraadet/index.html"), "<p>its committee page</p>");
        Map<String, String> before = TestSites.snapshot(output);

        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> TestSites.build(site, output));

        String expected = Files.readString(site.resolve("expected-errors.txt"), StandardCharsets.UTF_8).strip();
        assertEquals(expected, failure.report(Language.DANISH));
        Path english = site.resolve("expected-errors.en.txt");
        if (Files.exists(english)) assertEquals(Files.readString(english, StandardCharsets.UTF_8).strip(), failure.report(Language.ENGLISH));
        assertEquals(before, TestSites.snapshot(output), "the previous site is untouched");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(output, site), left.sorted().toList(), "no unfinished folder is left beside the site");
        }
    }
}
