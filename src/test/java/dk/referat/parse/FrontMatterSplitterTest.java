package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void yamlFrontMatterKeepsTheLineWhereTheBodyStarts() {
        Problems problems = new Problems();
        SplitDocument split = FrontMatterSplitter.split("---\ntype: referat\ndate: 2020-02-12\n---\n\n## 1. Velkomst\n",
                "x.md", problems);
        assertEquals(SplitDocument.HeaderFormat.YAML, split.format());
        assertEquals("type: referat\ndate: 2020-02-12", split.header());
        assertEquals(2, split.headerLine());
        assertEquals(5, split.bodyLine());
        assertEquals("\n## 1. Velkomst\n", split.body());
        assertFalse(problems.hasErrors());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreNormalised() {
        SplitDocument split = FrontMatterSplitter.split("\uFEFF---\r\ntype: page\r\n---\r\nTekst\r\n", "x.md", new Problems());
        assertEquals(SplitDocument.HeaderFormat.YAML, split.format());
        assertEquals("type: page", split.header());
        assertEquals("Tekst\n", split.body());
    }

    @Test
    void jbakeHeaderIsRecognised() {
        SplitDocument split = FrontMatterSplitter.split("title=Om sitet\ntype=page\nstatus=published\n~~~~~~\nTekst", "x.md",
                new Problems());
        assertEquals(SplitDocument.HeaderFormat.JBAKE, split.format());
        assertEquals(1, split.headerLine());
        assertEquals(5, split.bodyLine());
        assertEquals("Tekst", split.body());
    }

    @Test
    void markdownWithoutHeaderIsAllBody() {
        SplitDocument split = FrontMatterSplitter.split("# Titel\n\nTekst = mere tekst\n", "x.md", new Problems());
        assertEquals(SplitDocument.HeaderFormat.NONE, split.format());
        assertEquals(1, split.bodyLine());
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLineOne() {
        Problems problems = new Problems();
        FrontMatterSplitter.split("---\ntype: referat\n\n## 1. Velkomst\n", "content/x.md", problems);
        List<Problem> errors = problems.errors();
        assertEquals(1, errors.size());
        assertEquals("content/x.md:1:1: error: the front matter starts with '---' but never ends\n"
                + "    fix: add a line with only '---' after the last field", errors.get(0).format(Language.ENGLISH));
    }
}
