package dk.referat.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.model.AgendaItem;
import dk.referat.model.CaseNumber;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `referat import` on each seed produces a record that builds, and how much of it is right is
 * measured against the hand-made records in content/. The table in docs/import-accuracy.md is this
 * measurement; the test fails when the two differ, so the document cannot go stale.
 */
class ImportAccuracyTest {
    record Seed(String file, String committee, String record) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("000_2c8c1592a2424e5c.txt", "arbejdsplads-med", "2020-04-30"),
            new Seed("001_cd3852ce1c057a26.txt", "sektor-med-boern-og-familie", "2020-02-12"),
            new Seed("002_d30d2030459dc31e.txt", "lokal-med-fti-familiehuset-og-sundhedsplejen", "2021-10-26"),
            new Seed("003_03b119f11d7e5a79.txt", "udvalget-til-analyse-af-den-kommunale-sagsbehandling", "2020-09-15"));

    @Test
    void eachSeedImportsToARecordThatBuildsAndTheAccuracyTableIsTrue(@TempDir Path tmp) throws IOException {
        Site expected = Referat.model(ConfigReader.read(TestSites.repository()));
        StringBuilder table = new StringBuilder("| seed | date | items | participants | case numbers |\n| --- | --- | --- | --- | --- |\n");
        for (Seed seed : SEEDS) {
            String text = Files.readString(TestSites.repository().resolve("src/test/resources/seeds").resolve(seed.file()));
            PlainTextImporter.Result result = new PlainTextImporter().importText(text, seed.committee(), "referat");

            Path site = tmp.resolve(seed.file());
            Files.createDirectories(site.resolve("content/" + seed.committee()));
            Files.createDirectories(site.resolve("data"));
            Files.copy(TestSites.repository().resolve("data/committees.yaml"), site.resolve("data/committees.yaml"));
            Files.writeString(site.resolve("content/" + seed.committee() + "/import.md"), result.markdown());
            TestSites.build(site, tmp.resolve(seed.file() + "-out"));
            Meeting imported = Referat.model(ConfigReader.read(site)).meetings().get(0);

            Meeting truth = expected.meetings().stream()
                    .filter(m -> m.committee().slug().equals(seed.committee()) && m.slug().equals(seed.record()))
                    .findFirst().orElseThrow();
            table.append("| ").append(seed.file().substring(0, 3))
                    .append(" | ").append(imported.date().equals(truth.date()) ? "right" : "wrong")
                    .append(" | ").append(score(items(imported), items(truth)))
                    .append(" | ").append(score(people(imported), people(truth)))
                    .append(" | ").append(score(cases(imported), cases(truth))).append(" |\n");
        }
        String doc = Files.readString(TestSites.repository().resolve("docs/import-accuracy.md"));
        assertTrue(doc.contains(table), "docs/import-accuracy.md should hold the measured table:\n" + table);
    }

    @Test
    void theImporterNeverInventsADate() {
        PlainTextImporter.Result result = new PlainTextImporter().importText("Referat\n\nPunkt 1: Velkomst\n\nGodkendt.", "x", "referat");
        assertTrue(result.date().isEmpty());
        assertEquals(List.of("1 Velkomst"), result.items());
    }

    /** "a/b": a of the record's b values came out right (extra values found are not counted as right). */
    private static String score(List<String> found, List<String> truth) {
        if (truth.isEmpty()) return found.isEmpty() ? "0/0" : "0/0 (+" + found.size() + " extra)";
        Set<String> right = truth.stream().collect(Collectors.toSet());
        long hits = found.stream().distinct().filter(right::contains).count();
        long extra = found.stream().distinct().filter(f -> !right.contains(f)).count();
        return hits + "/" + truth.stream().distinct().count() + (extra > 0 ? " (+" + extra + " wrong)" : "");
    }

    private static List<String> items(Meeting m) {
        return m.items().stream().map(i -> i.number() + " " + i.title()).toList();
    }

    private static List<String> people(Meeting m) {
        return Stream.of(m.participants(), m.absent(), m.substitutes()).flatMap(List::stream)
                .map(p -> p.name() + (p.role().isEmpty() ? "" : ", " + p.role())).toList();
    }

    private static List<String> cases(Meeting m) {
        List<String> out = new ArrayList<>();
        for (AgendaItem i : m.items()) {
            i.cases().stream().map(CaseNumber::value).forEach(out::add);
            i.classification().stream().map(CaseNumber::value).forEach(out::add);
        }
        return out;
    }
}
