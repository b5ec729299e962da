package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Front matter mistakes told in a clerk's words, at the line to change, the YAML parser's words after them. */
class YamlMistakesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            a record field under a participant¦participants:\\n  - name: A\\n    role: formand\\n  status: published¦x.md:5:3: error: 'status:' is indented 2 spaces, which lines it up with no field above it¦start it 4 spaces in, like 'role:' on the line above it, or at the beginning of the line, like 'participants:' on line 2
            text in a block is not a field     ¦summary: |\\n  Bemærk: noget\\n status: published              ¦x.md:4:2: error: 'status:' is indented 1 space, which lines it up with no field above it ¦ start it at the beginning of the line, like 'summary:' on line 2
            a quote in a comment is no quote  ¦type: referat # a "x\\ntitle: "Budget                               ¦x.md:3:8: error: the quote that starts here is never closed¦end the value with " on the same line
            a single quote never closed       ¦title: 'Budget                                                        ¦x.md:2:8: error: the quote that starts here is never closed¦end the value with ' on the same line
            """)
    void saysWhatToChangeAndWhere(String name, String yaml, String message, String fix) {
        Problems problems = new Problems();
        YamlReader.read(yaml.replace("\\n", "\n"), new SourcePosition("x.md", 2, 1), problems);
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found.toString());
        String[] lines = found.get(0).format(Language.ENGLISH).split("\n    fix: ");
        assertEquals(message, lines[0]);
        assertEquals(fix, lines[1].replaceFirst(" \\(the YAML parser: .*\\)$", ""));
    }
}
