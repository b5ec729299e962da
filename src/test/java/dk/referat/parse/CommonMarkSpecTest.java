package dk.referat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The CommonMark 0.31.2 examples through Referat's Markdown. An example either comes out as the
 * specification says (compared as HTML, not as bytes), or is changed on purpose with a warning
 * (raw HTML and unsafe addresses), or is one of the differences docs/content-format.md lists.
 */
class CommonMarkSpecTest {
    /** The examples docs/content-format.md lists under "Where Referat's Markdown differs from CommonMark". */
    static final List<Integer> KNOWN_DIFFERENCES = List.of(28, 146, 201, 215, 216, 312, 313, 331, 332, 336, 354, 416, 417, 489,
            493, 540, 625, 626);

    static String normalised(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        return body.html().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").trim();
    }

    @Test
    void everyExampleIsAsTheSpecSaysOrChangedWithAWarningOrAKnownDifference() throws IOException {
        JsonNode examples;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/commonmark/spec-0.31.2.json")) {
            examples = new ObjectMapper().readTree(in);
        }
        MarkdownParser parser = new MarkdownParser();
        List<Integer> differ = new ArrayList<>();
        int asSpecified = 0;
        for (JsonNode example : examples) {
            String markdown = example.get("markdown").asText().replace('\u2192', '\t');
            String expected = example.get("html").asText().replace('\u2192', '\t');
            Problems problems = new Problems();
            String html = parser.render(markdown, new SourcePosition("spec.md", 1, 1), 0, problems).html();
            if (normalised(html).equals(normalised(expected))) asSpecified++;
            else if (problems.sorted().isEmpty()) differ.add(example.get("number").asInt());
        }
        assertEquals(652, examples.size());
        assertEquals(KNOWN_DIFFERENCES, differ, "a difference no warning says and the docs do not list");
        assertTrue(asSpecified >= 587, asSpecified + " examples as the specification says");
    }
}
