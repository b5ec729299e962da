package dk.referat.parse;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private static final SourcePosition LINE_2 = new SourcePosition("x.md", 2, 1);

    @Test
    void valuesKeepTheirFileLineAndColumn() {
        Problems problems = new Problems();
        YamlNode.Mapping map = (YamlNode.Mapping) YamlReader.read("type: referat\ncases: [20/19585, 85.02.01]\n",
                LINE_2, problems).orElseThrow();
        assertEquals(new SourcePosition("x.md", 2, 7), map.get("type").orElseThrow().at());
        YamlNode.Sequence cases = (YamlNode.Sequence) map.get("cases").orElseThrow();
        assertEquals(new SourcePosition("x.md", 3, 19), cases.items().get(1).at());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void emptyAndNullValuesAreAbsentButQuotedOnesAreKept() {
        YamlNode.Mapping map = (YamlNode.Mapping) YamlReader.read("end:\nlocation: ~\nnumber: \"\"\n", LINE_2,
                new Problems()).orElseThrow();
        assertTrue(map.get("end").isEmpty());
        assertTrue(map.get("location").isEmpty());
        assertEquals("", ((YamlNode.Scalar) map.get("number").orElseThrow()).value());
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondOne() {
        Problems problems = new Problems();
        YamlReader.read("date: 2020-01-01\ndate: 2020-02-02\n", LINE_2, problems);
        assertEquals("x.md:3:1: error: the field 'date' is given twice\n    fix: keep one of them; the first is on line 2",
                problems.errors().get(0).format(Language.ENGLISH));
    }

    @Test
    void aliasLoopsAndDeepNestingAreRefusedNotFollowed() {
        Problems problems = new Problems();
        YamlReader.read("a: &x [*x]\n", LINE_2, problems);
        assertTrue(problems.hasErrors());
        Problems deep = new Problems();
        YamlReader.read("a: " + "[".repeat(100) + "]".repeat(100), LINE_2, deep);
        assertEquals("the YAML is nested more than 32 levels deep", deep.errors().get(0).message(Language.ENGLISH));
    }
}
