package dk.referat.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One catalogue per language, with the same keys and the same values in each text, every text used
 * by the code and every key the code says in the catalogue: a message missing in one language would
 * otherwise surface only when a clerk made that one mistake.
 */
class CatalogueTest {
    private static final Catalogue DANISH = Catalogue.of(Language.DANISH);
    private static final Catalogue ENGLISH = Catalogue.of(Language.ENGLISH);
    /** picocli's keys: the help of the command line, looked up by picocli from the commands' names. */
    private static final Pattern HELP_KEY = Pattern.compile("usage\\..*|referat\\..*|helpCommand\\..*|help|version|lang|site");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(DANISH.keys()), new TreeSet<>(ENGLISH.keys()));
    }

    @Test
    void eachTextTakesTheSameValuesInBothLanguagesAndIsAPattern() {
        List<String> wrong = new ArrayList<>();
        for (String key : DANISH.keys()) {
            if (HELP_KEY.matcher(key).matches()) continue;
            if (!values(DANISH.bundle().getString(key)).equals(values(ENGLISH.bundle().getString(key)))) wrong.add(key);
            for (Catalogue words : List.of(DANISH, ENGLISH)) {
                new MessageFormat(words.bundle().getString(key).replace("'", "''"));
            }
        }
        assertEquals(List.of(), wrong, "texts whose values differ between the languages");
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String code : List.of("da", "en")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources/referat/diagnostics_" + code + ".properties")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
            assertEquals(List.of(), keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList(),
                    "a key written twice in diagnostics_" + code + ".properties: the second silently wins");
        }
    }

    @Test
    void everyHintHasItsMessage() {
        List<String> orphans = DANISH.keys().stream().filter(k -> k.endsWith(".fix"))
                .filter(k -> !DANISH.has(k.substring(0, k.length() - ".fix".length()))).sorted().toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void everyKeyTheCodeSaysIsInTheCatalogueAndEveryTextIsUsed() throws IOException {
        String code = mainSources();
        Set<String> said = new TreeSet<>();
        Matcher m = Pattern.compile("(?:Message\\.of|\\.say)\\(\\s*\"([^\"]+)\"").matcher(code);
        while (m.find()) if (!m.group(1).endsWith(".")) said.add(m.group(1));
        assertEquals(Set.of(), said.stream().filter(k -> !DANISH.has(k)).collect(Collectors.toCollection(TreeSet::new)),
                "keys the code says that the catalogue lacks");

        Set<String> literals = new TreeSet<>();
        Matcher l = Pattern.compile("\"([a-z0-9]+(?:[.-][a-z0-9]+)*\\.?)\"").matcher(code);
        while (l.find()) literals.add(l.group(1));
        List<String> prefixes = literals.stream().filter(s -> s.endsWith(".")).toList();
        List<String> unused = DANISH.keys().stream()
                .filter(k -> !HELP_KEY.matcher(k).matches())
                .map(k -> k.endsWith(".fix") ? k.substring(0, k.length() - 4) : k)
                .filter(k -> !literals.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .distinct().sorted().toList();
        assertEquals(List.of(), unused, "texts no code says");
    }

    @Test
    void countsTakeTheirPluralAndDanishNumbers() {
        assertEquals("indholdet er i orden (ingen advarsler)", DANISH.say("check.fine", 0));
        assertEquals("indholdet er i orden (1 advarsel)", DANISH.say("check.fine", 1));
        assertEquals("indholdet er i orden (2 advarsler)", DANISH.say("check.fine", 2));
        assertEquals("the content is fine (1 warning)", ENGLISH.say("check.fine", 1));
        assertEquals("1 fejl; sitet ville ikke kunne bygges", DANISH.say("check.failed", 1L));
        assertEquals("da 2.000 dokumenter var læst", DANISH.say("reach.records", 2000));
        assertEquals("2,000 records read", ENGLISH.say("reach.records", 2000));
    }

    @Test
    void aValueThatIsAMessageIsSaidInTheSameLanguageAndApostrophesStay() {
        BuildFailedException failed = new BuildFailedException(BuildStep.WRITE, Message.of("work.search-index"),
                Message.verbatim("it's full"), null);
        assertEquals("sitet blev ikke bygget: trinnet \"skrivning\" stoppede under arbejdet med søgeindekset: it's full",
                failed.summary(Language.DANISH));
        assertEquals("build failed in step \"write\": search index: it's full", failed.summary(Language.ENGLISH));
        assertEquals(failed.summary(Language.ENGLISH), failed.getMessage(), "logs and stack traces are in English");
        assertEquals("sitet blev ikke bygget: trinnet \"skrivning\" stoppede: it's full", new BuildFailedException(BuildStep.WRITE, Message.NONE,
                Message.verbatim("it's full"), null).summary(Language.DANISH));
    }

    @Test
    void aKeyTheCatalogueLacksIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DANISH.say("no.such.text"));
        assertEquals("no text 'no.such.text' in referat/diagnostics_da.properties", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Message.of("Not A Key"));
    }

    @Test
    void theLanguageIsAskedForOrDanish() {
        assertEquals(Language.ENGLISH, Language.chosen("en"));
        assertEquals(Language.ENGLISH, Language.chosen(" EN "));
        if (System.getenv(Language.ENVIRONMENT) == null) assertEquals(Language.DANISH, Language.chosen(null));
        ToldFailure e = assertThrows(ToldFailure.class, () -> Language.chosen("fr"));
        assertEquals("sproget 'fr' taler Referat ikke; brug et af: da, en", Language.unknown(e));
    }

    @Test
    void aProblemIsShownInTheReadersLanguage() {
        Problem p = Problem.of(new SourcePosition("content/byraadet/2020-02-12.md", 4, 12), Severity.ERROR,
                Message.of("build.open", "x"));
        assertEquals("content/byraadet/2020-02-12.md:4:12: fejl: åbn x", p.format(Language.DANISH));
        assertEquals("content/byraadet/2020-02-12.md:4:12: error: open x", p.format(Language.ENGLISH));
        assertNotEquals(p.format(Language.DANISH), p.format(Language.ENGLISH));
        assertTrue(p.hint().isNone(), "no build.open.fix, so no hint");
    }

    private static Set<Integer> values(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) found.add(Integer.parseInt(m.group(1)));
        return found;
    }

    private static String mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) all.append(Files.readString(f)).append('\n');
            return all.toString();
        }
    }
}
