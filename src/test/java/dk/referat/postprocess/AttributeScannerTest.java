package dk.referat.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeScannerTest {

    private static List<String> attributes(String html) {
        List<String> out = new ArrayList<>();
        AttributeScanner.scan(html, (name, start, end, quote) -> {
            out.add(name + (start < 0 ? "" : "=" + (quote == 0 ? "" : String.valueOf(quote)) + html.substring(start, end)));
            return true;
        });
        return out;
    }

    @Test
    void readsEveryWayOfWritingAnAttributeAndSkipsCommentsScriptsAndText() {
        String html = "<!doctype html><!-- <a href=\"/skjult\"> --><p class=x>href=\"/tekst\"</p>"
                + "<a HREF='/a' hidden data-x = \"1\"><img src=/b.png alt=\"a > b\"/>"
                + "<script type=\"application/ld+json\">{\"url\": \"<a href='/json'>\"}</script></a><br/>";
        assertEquals(List.of("class=x", "HREF='/a", "hidden", "data-x=\"1", "src=/b.png", "alt=\"a > b", "type=\"application/ld+json"),
                attributes(html));
    }

    @Test
    void stopsWhenTheVisitorSaysSo() {
        List<String> seen = new ArrayList<>();
        boolean finished = AttributeScanner.scan("<a href=\"/1\"><a href=\"/2\">", (name, start, end, quote) -> {
            seen.add(name);
            return false;
        });
        assertFalse(finished);
        assertEquals(List.of("href"), seen);
    }
}
