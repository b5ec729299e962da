package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page passes the Nu HTML Checker (the W3C's validator), run in-process: zero errors. */
class ValidHtmlIT {
    static List<Path> pages;

    @BeforeAll
    static void collect() {
        pages = SitesUnderTest.pages(SitesUnderTest.sample(), SitesUnderTest.attachments());
    }

    static List<String> errors(Path file) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(file);
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (line.contains(": error:") || line.contains(": fatal:")) errors.add(line);
        }
        return errors;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path page : pages) found.addAll(errors(page));
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckBitesOnAnInvalidPage(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"da\"><head><title>x</title></head><body>"
                + "<p><div>blok i afsnit</div></p><li>uden liste</li></body></html>");
        assertTrue(errors(broken).size() >= 2, errors(broken).toString());
    }
}
