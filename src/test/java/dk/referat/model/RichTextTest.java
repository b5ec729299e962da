package dk.referat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The start of a text is the start of the whole text, however it ends. */
class RichTextTest {

    @Property(tries = 2000, seed = "20261130")
    void theStartOfTheTextIsThatOfTheWholeText(@ForAll("html") String html, @ForAll @IntRange(max = 40) int length) {
        String whole = new RichText(html).plainText();
        assertEquals(whole.substring(0, Math.min(length, whole.length())), new RichText(html).plainTextStart(length), html);
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of("<p>", "</p>", "Sag", " ", "\n", "æble", "&amp;", "&lt;", "&quot;", "&#39;", "&nbsp;", "&x", ";", "<a href=\"x\">",
                "</a>", "20/19585", "<em>", "</em>").list().ofMaxSize(20).map(parts -> String.join("", parts));
    }
}
