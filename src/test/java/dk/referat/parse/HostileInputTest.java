package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input an adversary writes: each gets its message at its line, from check as from build, within
 * bounded time, never a Java stack trace nor a character no output can hold.
 */
class HostileInputTest {
    static final String RECORD = "content/byraadet/2021-01-01.md";

    static String record(String header, String body) {
        return "---\ntype: referat\nstatus: published\ncommittee: byraadet\ndate: 2021-01-01\n" + header + "---\n\n## 1. Budget\n\n" + body;
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("a control character in a heading and a text", record("", "### Beslutning \u0001\n\nGodkendt \u001b.\n"),
                        List.of(RECORD + ":10:16: error: an invisible control character (U+0001) is in the text",
                                RECORD + ":12:10: error: an invisible control character (U+001B) is in the text")),
                Arguments.of("a control character in the front matter", record("location: Rådhuset\u007f\n", "Godkendt.\n"),
                        List.of(RECORD + ":6:19: error: an invisible control character (U+007F) is in the text")),
                Arguments.of("a thematic break of 1,500 characters", record("", "-".repeat(1500) + "\n"),
                        List.of(RECORD + ":10:1: error: a line of 1500 characters of - (a horizontal line needs three)")),
                Arguments.of("block quotes 2,000 deep", record("", ">".repeat(2000) + " a\n"),
                        List.of(RECORD + ":10:1: error: the line is nested 2000 levels deep (indentation, lists and > markers)")),
                Arguments.of("lists nested 1,000 deep", record("", IntStream.range(0, 1000)
                                .mapToObj(i -> "  ".repeat(i) + "- a\n").collect(Collectors.joining())),
                        List.of(RECORD + ":210:1: error: the line is nested 101 levels deep (indentation, lists and > markers)")),
                Arguments.of("a line that looks like a code fence does not switch the limits off", record("", "    ```\n"
                                + IntStream.range(0, 8000).mapToObj(i -> "[l" + i + "](https://example.org/" + i + ")")
                                .collect(Collectors.joining(" ")) + "\n"),
                        List.of(RECORD + ":10:1: error: the paragraph is longer than 50,000 characters")),
                Arguments.of("front matter nested 2,000 deep", record("extra:\n" + IntStream.range(0, 2000)
                                .mapToObj(i -> "  ".repeat(i + 1) + "a:\n").collect(Collectors.joining()), "Godkendt.\n"),
                        List.of(RECORD + ":38:1: error: the YAML is nested more than 32 levels deep")),
                Arguments.of("front matter brackets 2,000 deep", record("extra: " + "[".repeat(2000) + "]".repeat(2000) + "\n", "Godkendt.\n"),
                        List.of(RECORD + ":6:1: error: the YAML is nested more than 32 levels deep")),
                Arguments.of("10,000 link reference definitions in a row", record("", IntStream.range(0, 10_000)
                                .mapToObj(i -> "[r" + i + "]: https://example.org/" + i + "\n").collect(Collectors.joining())),
                        List.of(RECORD + ":10:1: error: the paragraph is longer than 50,000 characters")),
                Arguments.of("8,000 links in one paragraph", record("", IntStream.range(0, 8000)
                                .mapToObj(i -> "[l" + i + "](https://example.org/" + i + ")").collect(Collectors.joining(" ")) + "\n"),
                        List.of(RECORD + ":10:1: error: the paragraph is longer than 50,000 characters")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachGetsItsMessageAtItsLine(String name, String text, List<String> expected, @TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve(RECORD), text);
        List<String> checked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Referat.check(ConfigReader.read(site)))
                .stream().filter(Problem::isError).map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList();
        assertEquals(expected, checked);
        BuildFailedException built = assertThrows(BuildFailedException.class, () -> TestSites.build(site, tmp.resolve("out")));
        assertEquals(expected, built.problems().stream().filter(Problem::isError).map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList(),
                "build reports what check reports");
    }

    @Test
    void ordinaryLongContentIsWithinTheLimits(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        String table = "| Post | Beløb |\n| --- | --- |\n" + IntStream.range(0, 3000).mapToObj(i -> "| Konto " + i + " | " + i + "000 kr. |\n")
                .collect(Collectors.joining());
        String list = IntStream.range(0, 3000).mapToObj(i -> "- Punkt " + i + " i en lang opremsning af forhold, der er drøftet\n")
                .collect(Collectors.joining());
        Files.writeString(site.resolve(RECORD), record("", table + "\n" + list + "\n> > > Et citat i et citat i et citat.\n"));
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Referat.check(ConfigReader.read(site)))
                .stream().filter(Problem::isError).toList());
    }

    @Test
    void aControlCharacterInAMarkdownAttachmentIsFoundInIt(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.createDirectories(site.resolve("content/byraadet/bilag"));
        Files.writeString(site.resolve("content/byraadet/bilag/notat.md"), "# Notat\n\nTekst med \u0002 i.\n");
        Files.writeString(site.resolve(RECORD), record("", "```punkt\nattachments:\n  - title: Notat\n    file: bilag/notat.md\n```\n\nGodkendt.\n"));
        assertEquals(List.of("content/byraadet/bilag/notat.md:3:11: error: an invisible control character (U+0002) is in the text"),
                Referat.check(ConfigReader.read(site)).stream().filter(Problem::isError)
                        .map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void aControlCharacterInACommitteeNameOrASettingIsFoundWhereItWasWritten(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path committees = site.resolve("data/committees.yaml");
        Files.writeString(committees, Files.readString(committees).replace("name: Byrådet", "name: Byr\u0085ådet"));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site, tmp.resolve("out")));
        assertEquals("data/committees.yaml:2:12: error: an invisible control character (U+0085) is in the text",
                e.problems().get(0).format(Language.ENGLISH).lines().findFirst().orElseThrow());

        Files.writeString(site.resolve("jbake.properties"), "site.title=Referater\\u0001\n");
        BuildFailedException config = assertThrows(BuildFailedException.class, () -> ConfigReader.read(site));
        assertEquals("jbake.properties: error: site.title holds an invisible control character (U+0001)",
                config.problems().get(0).format(Language.ENGLISH).lines().findFirst().orElseThrow());
    }
}
