package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the editor wrote is what is published: raw HTML that cannot be is removed whole, with a warning; addresses as CommonMark writes them. */
class MarkdownParserTest {
    static final MarkdownParser PARSER = new MarkdownParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a <?php echo '<b>x</b>'; ?> b       | <p>a  b</p>                        | 1:3: warning: raw HTML is not published as written: a processing instruction (<?…?>) removed
            a <!-- note --> b                   | <p>a  b</p>                        | 1:3: warning: raw HTML is not published as written: an HTML comment removed
            a <![CDATA[ x ]]> b                 | <p>a  b</p>                        | 1:3: warning: raw HTML is not published as written: a CDATA section removed
            a </div> b                          | <p>a  b</p>                        | 1:3: warning: raw HTML is not published as written: the closing tag </div> without its opening tag removed
            x <a href="https://e.dk">link\\n\\ny | <p>x link</p>\\n<p>y</p>           | 1:3: warning: raw HTML is not published as written: <a> is not closed in its paragraph and is removed
            <b>fed *og* kursiv</b>              | <p><b>fed <em>og</em> kursiv</b></p> |
            [a](https://e.dk/æ?q=ø) [b](https://e.dk/a\\\\b) | <p><a href="https://e.dk/%C3%A6?q=%C3%B8">a</a> <a href="https://e.dk/a%5Cb">b</a></p> |
            """)
    void rendersAsCommonMarkWithEveryRemovalSaid(String markdown, String html, String warning) {
        Problems problems = new Problems();
        String out = PARSER.render(markdown.replace("\\n", "\n"), new SourcePosition("x.md", 1, 1), 0, problems).html();
        assertEquals(html.replace("\\n", "\n"), out.strip());
        assertEquals(warning == null ? List.of() : List.of("x.md:" + warning),
                problems.sorted().stream().map(problem -> problem.format(Language.ENGLISH)).map(f -> f.lines().findFirst().orElseThrow()).toList());
    }

    /** The parse writes headings at the page's levels, check-mark items and table header cells as the page needs them. */
    @org.junit.jupiter.api.Test
    void htmlIsMadeRightWhereItIsMade() {
        Problems problems = new Problems();
        List<Block> blocks = PARSER.blocks("""
                #### I forordet

                ## 1. Punkt

                ##### I indledningen

                ### Sagsfremstilling

                ##### Under afsnittet
                ###### og under den

                - ✓ **Færdig**
                - i gang

                | a | b |
                | --- | ---: |
                | 1 | 2 |
                """, 1, "x.md", problems);
        List<String> html = blocks.stream().filter(b -> b instanceof Block.Content).map(b -> ((Block.Content) b).text().html().strip()).toList();
        assertEquals("<h2>I forordet</h2>", html.get(0));
        assertEquals("<h3>I indledningen</h3>", html.get(1));
        String section = html.get(2);
        org.junit.jupiter.api.Assertions.assertTrue(section.startsWith("<h4>Under afsnittet</h4>\n<h5>og under den</h5>"), section);
        org.junit.jupiter.api.Assertions.assertTrue(section.contains("<li class=\"check\">✓ <strong>Færdig</strong></li>\n<li>i gang</li>"), section);
        org.junit.jupiter.api.Assertions.assertTrue(section.contains("<th scope=\"col\">a</th><th align=\"right\" scope=\"col\">b</th>"), section);
        org.junit.jupiter.api.Assertions.assertTrue(section.contains("<td>1</td><td align=\"right\">2</td>"), "body cells have no scope: " + section);
        assertEquals("<h3>Bilag</h3>\n<h4>Del</h4>", PARSER.render("# Bilag\n\n## Del\n", new SourcePosition("b.md", 1, 1), 3, problems).html().strip());
        assertEquals(List.of(), problems.sorted());
    }
}
