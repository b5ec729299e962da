package dk.referat.assemble;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import dk.referat.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A ## heading is always an item; the build says so only where a record's numbering shows it was not meant as one. */
class ItemHeadingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            items without numbers, as some committees write them | ## Velkomst;## Godkendelse af dagsorden;## Eventuelt |
            numbered items, printed forms too                    | ## 1. Velkomst;## Punkt 2: Budget;## Pkt. 3. Eventuelt |
            one heading without a number among numbered items    | ## 1. Velkomst;## Bemærkning;## 2. Eventuelt | content/byraadet/2021-01-01.md:12:4: warning: '## Bemærkning' starts a new agenda item without a number, while the record's other items are numbered
            """)
    void warnsOnlyOfAnUnnumberedItemAmongNumberedOnes(String name, String headings, String expected, @TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        StringBuilder record = new StringBuilder("---\ntype: referat\nstatus: published\ncommittee: byraadet\ndate: 2021-01-01\n---\n");
        for (String heading : headings.split(";")) record.append('\n').append(heading).append("\n\nTekst.\n");
        Files.writeString(site.resolve("content/byraadet/2021-01-01.md"), record);
        BuildResult result = TestSites.build(site, tmp.resolve("out"));
        assertEquals(expected == null ? List.of() : List.of(expected), TestSites.contentWarnings(result).stream().map(problem -> problem.format(Language.ENGLISH))
                .map(f -> f.lines().findFirst().orElseThrow()).toList());
    }
}
