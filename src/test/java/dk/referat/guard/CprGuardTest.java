package dk.referat.guard;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestPdfs;
import dk.referat.TestSites;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CPR numbers stop the build wherever they are published: front matter, body, attachment text. */
class CprGuardTest {

    static List<String> scan(String text) {
        Problems problems = new Problems();
        CprGuard.scan(text, new SourcePosition("x.md", 1, 1), dk.referat.diagnostics.Message.NONE, problems);
        return problems.errors().stream().map(p -> p.line() + ":" + p.column() + " " + p.message(Language.ENGLISH)).toList();
    }

    @Test
    void findsBothFormsWithARealDateAndMasksThem() {
        assertEquals(List.of("1:5 a CPR number (XXXXXX-XXXX) must never be published",
                "2:1 a CPR number (XXXXXXXXXX) must never be published"),
                scan("cpr 010203-4567 her\n2902001234"));
    }

    @Test
    void leavesOtherNumbersAndMarkedOccurrencesAlone() {
        assertEquals(List.of(), scan("320199-1234 131399-1234 20/19585 27.00.00-G01-250-19 3054201 12345678901 010203\\-4567"));
    }

    @Test
    void aCprNumberInAPdfAttachmentStopsTheBuild(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path record = site.resolve("content/byraadet/2019-12-04.md");
        Files.writeString(record, Files.readString(record).replace("## 1. Budget 2020",
                "## 1. Budget 2020\n\n```punkt\nattachments:\n  - title: Notat\n    file: bilag/notat.pdf\n```"));
        TestPdfs.write(site.resolve("content/byraadet/bilag/notat.pdf"), "Notat", "da", true, "Side et", "Borger 050505-1234");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.build(site, tmp.resolve("out")));
        assertTrue(e.report(Language.ENGLISH).contains("content/byraadet/2019-12-04.md:13:11: error: a CPR number (XXXXXX-XXXX) on page 2 "
                + "of notat.pdf must never be published"), e.report(Language.ENGLISH));
        assertTrue(Files.notExists(tmp.resolve("out")));
    }
}
