package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index (Pagefind, through Node.js) holds nothing from closed items or drafts. Pagefind
 * compresses its files, so each is unpacked before it is searched; a word that is published is
 * found the same way, which proves the search for canaries can find what is there.
 */
class SearchIndexTest {

    @Test
    void theSearchIndexHoldsNothingClosedOrDraft(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        Referat.build(ConfigReader.read(TestSites.fixture("publication")).withDestination(out).withSearch(true));
        String index = unpacked(out.resolve("pagefind"));
        assertTrue(index.contains("Godkendt"), "a published decision is in the index");
        assertFalse(index.contains("Køb af grund"), "a closed item has no search entry, not even its title");
        assertFalse(index.contains("KANARIEFUGL"), "nothing of a closed item's text or of a draft");
    }

    static String unpacked(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = gz.readAllBytes();
                } catch (IOException notCompressed) {
                    // Pagefind's scripts and styles are plain files.
                }
                all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
