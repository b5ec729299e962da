package dk.referat.postprocess;

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
import org.junit.jupiter.api.Test;

/** The hand-written reference finder finds exactly what its regular expression finds. */
class ReferencesTest {
    private static final Pattern REGEX = Pattern.compile(References.PATTERN);

    @Test
    void findsTheReferencesEditorsWrite() {
        assertEquals(List.of("20/19585", "27.00.00-G01-250-19", "00.01.57", "punkt 3", "Punktet\n12"),
                found("Sag 20/19585 og j.nr. 27.00.00-G01-250-19 (KLE 00.01.57). Se punkt 3 og Punktet\n12."));
        // As the expression does: without its last part the longer number is not one, but its start is.
        assertEquals(List.of("27.00"), found("27.00.00-G01-250 er ikke et nummer"));
        assertEquals(List.of(), found("a20/19585 20/12345678 1.20/195 punkt12 punkt 12345 forpunkt 3"));
    }

    @Property(tries = 3000, seed = "20261130")
    void findsWhatTheRegularExpressionFinds(@ForAll("texts") String text) {
        assertEquals(matched(text), scanned(text), text);
    }

    @Provide
    Arbitrary<String> texts() {
        // The characters the expression turns on, and some it must tell apart: other letters and
        // digits, a supplementary letter, white space.
        Arbitrary<String> pieces = Arbitraries.of("0", "1", "2", "9", "12", "20", "/", ".", "-", "G", "Æ", "x", "é", "٣", "½",
                "\uD835\uDC00", " ", "\n", "\t", "P", "p", "unkt", "et", "punkt ", "Punktet ", "27.00.00-G01-250-19",
                "20/19585", "00.01.57", "12345678", "(", ")", ",");
        return pieces.list().ofMaxSize(14).map(list -> String.join("", list));
    }

    private static List<String> found(String text) {
        return scanned(text).stream().map(s -> s.split(":", 3)[1]).toList();
    }

    private static List<String> matched(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group() + ":" + m.group(1) + ":" + m.group(3));
        return out.stream().toList();
    }

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        for (References.Match m = References.find(text, 0); m != null; m = References.find(text, m.end())) {
            out.add(m.start() + ":" + text.substring(m.start(), m.end()) + ":" + m.number() + ":" + m.item());
        }
        return out;
    }
}
