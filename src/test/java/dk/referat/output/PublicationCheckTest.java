package dk.referat.output;

import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.ToldFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last check, on every text written: whatever output makes a file, it cannot hold a CPR number,
 * not even split over two writes of a streamed file; a checksum's digits are no number.
 */
class PublicationCheckTest {

    @Test
    void noWriteOfAnyKindLetsACprNumberThrough(@TempDir Path tmp) {
        try (SiteWriter writer = SiteWriter.open(tmp.resolve("site"), tmp.resolve("source"), List.of())) {
            ToldFailure page = assertThrows(ToldFailure.class,
                    () -> writer.write("/x/", "<p>ok</p>\n<p>Borger 010203-4567</p>"));
            assertEquals("/x/ would publish a CPR number (XXXXXX-XXXX) on its line 2, from something Referat does not check where"
                    + " it reads it; nothing was written: find the number in the site's templates, assets or configuration and"
                    + " remove it", page.getMessage());
            assertEquals("/x/ ville offentliggøre et CPR-nummer (XXXXXX-XXXX) på linje 2. Det kommer fra en skabelon, de faste filer"
                    + " eller en indstilling, som Referat ikke tjekker ved indlæsningen; intet blev skrevet: find nummeret dér, og fjern det",
                    Catalogue.of(Language.DANISH).say(page.told()));
            ToldFailure streamed = assertThrows(ToldFailure.class, () -> writer.write("/kalender.ics", out -> {
                out.write("BEGIN:VEVENT\r\nDESCRIPTION:Borger 0102");
                out.write("034567\r\nEND:VEVENT\r\n");
            }));
            assertTrue(streamed.getMessage().startsWith("/kalender.ics would publish a CPR number (XXXXXX-XXXX) on its line 2,"),
                    streamed.getMessage());
            assertThrows(ToldFailure.class, () -> writer.write("/assets/x.css",
                    new ByteArrayInputStream("/* 0102034567 */".getBytes(StandardCharsets.UTF_8))));
            writer.write("/bilag/", "SHA-256 0102034567a9f3e1c2b0d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789ab");
            writer.write("/bilag/x.pdf", new ByteArrayInputStream("%PDF- 010203-4567".getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    @Test
    void aNumberMarkedAsNoCprNumberIsPublishedWithItsMark(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path record = site.resolve("content/byraadet/2019-12-04.md");
        Files.writeString(record, Files.readString(record) + "\nVarenummer 010203\\-4567 bestilles.\n");
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document page = TestSites.page(out, "/byraadet/2019-12-04/");
        assertTrue(page.text().contains("Varenummer 010203\u20114567 bestilles."), page.text());
    }
}
