package dk.referat.guard;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.referat.TestPdfs;
import dk.referat.TestSites;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One guard over everything published: a CPR number planted in each kind of source stops the build,
 * each at its own file and line, and the message repeats none of its digits.
 */
class PublicationGuardTest {

    @Test
    void aCprNumberInAnySourceStopsTheBuildAtItsPlace(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        write(site, "jbake.properties", "site.title=Referater 010203-4567\n");
        write(site, "data/committees.yaml", "- slug: byraadet\n  name: Byrådet\n  body: Eksempel Kommune\n  kind: politisk\n"
                + "  description: Formand 020304-5678\n");
        write(site, "content/byraadet/2020-02-12.md", """
                ---
                type: referat
                status: published
                committee: byraadet
                date: 2020-02-12
                location: Rådhuset 030405-6789
                ---

                ## 1. Budget

                ```punkt
                attachments:
                  - title: Notat
                    file: bilag/notat.pdf
                  - title: Bilag
                    file: bilag/bilag.md
                  - title: Skrivelse
                    file: bilag/skrivelse.docx
                  - title: Oversigt
                    file: bilag/oversigt.csv
                  - title: Kort
                    file: bilag/kort-0405065678.pdf
                ```

                Borgeren (040506-7890) klager.
                """);
        write(site, "content/om.md", "---\ntype: page\nstatus: published\ntitle: Om\n---\nKontakt 050607-8901.\n");
        write(site, "content/byraadet/bilag/bilag.md", "# Bilag\n\nSagsnummer 060708-9012.\n");
        write(site, "content/byraadet/bilag/oversigt.csv", "navn;nummer\nA;070809-0123\n");
        docx(site.resolve("content/byraadet/bilag/skrivelse.docx"), "Kære 0809", "10-1234");
        TestPdfs.write(site.resolve("content/byraadet/bilag/notat.pdf"), "Notat", "da", true, "Side et", "Borger 091011-2345");
        pdfAuthor(site.resolve("content/byraadet/bilag/kort-0405065678.pdf"), "Sagsbehandler 101112-3456");
        write(site, "templates/404.peb", TestSites.bundledTemplate("404.peb").replace("</h1>", " 111213-4567</h1>"));
        write(site, "assets/ekstra.css", "/* 121114-5678 */\n");

        // Each step reports every number it finds, in file order; the build stops at the first step with any.
        assertEquals(List.of("jbake.properties:1:22: error: a CPR number (XXXXXX-XXXX) must never be published"), errors(site, tmp));
        write(site, "jbake.properties", "site.title=Referater\n");
        assertEquals(List.of(
                "assets/ekstra.css:1:4: error: a CPR number (XXXXXX-XXXX) must never be published",
                "content/byraadet/bilag/kort-XXXXXXXXXX.pdf: error: a CPR number (XXXXXXXXXX) in the file's name must never be published",
                "templates/404.peb:" + lineOf(Files.readString(site.resolve("templates/404.peb")), "111213") + ": error: a CPR number (XXXXXX-XXXX)"
                        + " must never be published"), errors(site, tmp));
        Files.delete(site.resolve("assets/ekstra.css"));
        Files.delete(site.resolve("templates/404.peb"));
        Files.move(site.resolve("content/byraadet/bilag/kort-0405065678.pdf"), site.resolve("content/byraadet/bilag/kort.pdf"));
        write(site, "content/byraadet/2020-02-12.md", Files.readString(site.resolve("content/byraadet/2020-02-12.md"))
                .replace("kort-0405065678.pdf", "kort.pdf"));
        assertEquals(List.of(
                "content/byraadet/2020-02-12.md:6:20: error: a CPR number (XXXXXX-XXXX) must never be published",
                "content/byraadet/2020-02-12.md:14:11: error: a CPR number (XXXXXX-XXXX) on page 2 of notat.pdf must never be published",
                "content/byraadet/2020-02-12.md:18:11: error: a CPR number (XXXXXX-XXXX) in word/document.xml of skrivelse.docx must never"
                        + " be published",
                "content/byraadet/2020-02-12.md:20:11: error: a CPR number (XXXXXX-XXXX) in the file of oversigt.csv must never be published",
                "content/byraadet/2020-02-12.md:22:11: error: a CPR number (XXXXXX-XXXX) in the author of kort.pdf's properties must never"
                        + " be published",
                "content/byraadet/2020-02-12.md:25:11: error: a CPR number (XXXXXX-XXXX) must never be published",
                "content/byraadet/bilag/bilag.md:3:12: error: a CPR number (XXXXXX-XXXX) must never be published",
                "content/om.md:6:9: error: a CPR number (XXXXXX-XXXX) must never be published",
                "data/committees.yaml:5:24: error: a CPR number (XXXXXX-XXXX) must never be published"), errors(site, tmp));
    }

    /** The errors' first lines, after checking that the report repeats no digit of any number. */
    private static List<String> errors(Path site, Path tmp) {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site, tmp.resolve("out")));
        assertFalse(e.report(Language.ENGLISH).matches("(?s).*\\d{6}-?\\d{4}.*"), "no digit of a number is repeated: " + e.report(Language.ENGLISH));
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written");
        return e.problems().stream().filter(Problem::isError).map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList();
    }

    private static String lineOf(String text, String words) {
        String before = text.substring(0, text.indexOf(words));
        return (before.split("\n", -1).length) + ":" + (before.length() - before.lastIndexOf('\n'));
    }

    private static void write(Path site, String file, String text) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** A Word file whose number Word has split over two runs, as it does. */
    private static void docx(Path file, String first, String second) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document><w:body><w:p><w:r><w:t>" + first + "</w:t></w:r><w:r><w:t>" + second
                    + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
    }

    private static void pdfAuthor(Path file, String author) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setAuthor(author);
            doc.save(file.toFile());
        }
    }
}
