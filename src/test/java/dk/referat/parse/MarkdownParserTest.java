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
        String out = PARSER.render(markdown.replace("\\n", "\n"), new SourcePosition("x.md", 1, 1), problems).html();
        assertEquals(html.replace("\\n", "\n"), out.strip());
        assertEquals(warning == null ? List.of() : List.of("x.md:" + warning),
                problems.sorted().stream().map(problem -> problem.format(Language.ENGLISH)).map(f -> f.lines().findFirst().orElseThrow()).toList());
    }
}
