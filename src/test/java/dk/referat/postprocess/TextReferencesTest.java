package dk.referat.postprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The running text is found by hand exactly where the two expressions that define it find it. */
class TextReferencesTest {

    @Property(tries = 3000, seed = "20261130")
    void regionsAreWhereTheExpressionsFindThem(@ForAll("pages") String html) {
        assertArrayEquals(byExpressions(html), TextReferences.regions(html), html);
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of("class=\"", "item-section", "preamble", "item-sections", "x", "-", "_", "é", " ", "\"", ">", "<",
                "<section>", "</section>", "<div class=\"a\">", "</div>", "<nav", "<article ", "<main>", "<mainx>", "</p>",
                "<p>", "punkt 2", "<a href=\"/\">", "\u0301").list().ofMaxSize(16).map(list -> String.join("", list));
    }

    private static final Pattern SKIPPED_TAG = Pattern.compile("<(/?)(?:a|code|pre|h[1-6])\\b[^>]*>");

    @Property(tries = 2000, seed = "20261130")
    void skippedTagsAreThoseTheExpressionMatches(@ForAll("tags") String tag) {
        Matcher m = SKIPPED_TAG.matcher(tag);
        int expected = m.matches() ? (m.group(1).isEmpty() ? 1 : -1) : 0;
        assertEquals(expected, TextReferences.skipping(tag), tag);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.of("a", "abbr", "code", "codex", "pre", "h1", "h6", "h7", "h10", "hr", "b", " ", " class=\"x\"", "_", "-", "\u0301", "é")
                .list().ofMinSize(1).ofMaxSize(4).flatMap(parts -> Arbitraries.of("<", "</").map(open -> open + String.join("", parts) + ">"));
    }

    private static int[] byExpressions(String html) {
        List<Integer> out = new ArrayList<>();
        Matcher start = TextReferences.REGION.matcher(html);
        Matcher end = TextReferences.REGION_END.matcher(html);
        int from = 0;
        while (start.find(from)) {
            int to = end.find(start.end()) ? end.start() : html.length();
            out.add(start.end());
            out.add(to);
            from = to;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
