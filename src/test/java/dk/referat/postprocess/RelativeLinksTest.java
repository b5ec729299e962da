package dk.referat.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RelativeLinksTest {

    @ParameterizedTest
    @CsvSource({
            "/, /, index.html",
            "/, /a/2020-01-01/, a/2020-01-01/index.html",
            "/a/2020-01-01/, /, ../../index.html",
            "/a/2020-01-01/, /a/, ../index.html",
            "/a/2020-01-01/, /a/2020-02-01/#punkt-2, ../2020-02-01/index.html#punkt-2",
            "/a/2020-01-01/, /a/2020-01-01/#punkt-2, #punkt-2",
            "/a/2020-01-01/, /a/bilag/x/, ../bilag/x/index.html",
            "/a/2020-01-01/, /assets/referat.css, ../../assets/referat.css",
            "/404.html, /assets/referat.css, assets/referat.css",
            "/a/bilag/x/, /b/2021-01-01/#punkt-1, ../../../b/2021-01-01/index.html#punkt-1",
    })
    void makesSiteAbsoluteLinksRelative(String from, String to, String expected) {
        assertEquals(expected, RelativeLinks.relative(from, to));
    }

    @Test
    void theNotFoundPageLinksFromTheRootOfThePublicAddressNeverToItsHost() {
        Document doc = Jsoup.parse("<a href='/'>forside</a><link href='/assets/referat.css'>");
        new RelativeLinks("https://example.dk/referat/").apply(doc, "/404.html");
        assertEquals("/referat/", doc.selectFirst("a").attr("href"));
        assertEquals("/referat/assets/referat.css", doc.selectFirst("link").attr("href"));
        assertEquals("<link href=\"/referat/assets/referat.css\">",
                new RelativeLinks("https://example.dk/referat/").rewrite("<link href=\"/assets/referat.css\">", "/404.html"));
        for (String host : new String[] {"", "https://example.dk/"}) {
            Document atRoot = Jsoup.parse("<a href='/'>forside</a><link href='/assets/referat.css'>");
            new RelativeLinks(host).apply(atRoot, "/404.html");
            assertEquals("/", atRoot.selectFirst("a").attr("href"));
            assertEquals("/assets/referat.css", atRoot.selectFirst("link").attr("href"));
        }
    }

    @Test
    void leavesExternalAndProtocolRelativeLinksAlone() {
        Document doc = Jsoup.parse("<a href='https://example.dk/x'>a</a><a href='//cdn.example/x'>b</a>"
                + "<a href='#punkt-1'>c</a><link href='/assets/referat.css'>");
        new RelativeLinks("").apply(doc, "/a/2020-01-01/");
        assertEquals("https://example.dk/x", doc.select("a").get(0).attr("href"));
        assertEquals("//cdn.example/x", doc.select("a").get(1).attr("href"));
        assertEquals("#punkt-1", doc.select("a").get(2).attr("href"));
        assertEquals("../../assets/referat.css", doc.selectFirst("link").attr("href"));
    }

    /** The first implementation, by splitting the paths into folders: the one the loop must agree with. */
    private static String bySplitting(String from, String to) {
        String fragment = "";
        int hash = to.indexOf('#');
        if (hash >= 0) {
            fragment = to.substring(hash);
            to = to.substring(0, hash);
        }
        if (to.endsWith("/")) to = to + "index.html";
        if (from.endsWith("/")) from = from + "index.html";
        if (to.equals(from) && !fragment.isEmpty()) return fragment;
        String[] fromParts = from.substring(1).split("/", -1);
        String[] toParts = to.substring(1).split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) common++;
        StringBuilder out = new StringBuilder("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]);
            if (i < toParts.length - 1) out.append('/');
        }
        return out + fragment;
    }

    @Property(tries = 3000, seed = "20261130")
    void theLoopAgreesWithSplittingIntoFolders(@ForAll("paths") String from, @ForAll("paths") String to) {
        assertEquals(bySplitting(from, to), RelativeLinks.relative(from, to), from + " -> " + to);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("a", "ab", "b", "2020-01-01", "x.pdf", "", "index.html").list().ofMaxSize(4)
                .flatMap(parts -> Arbitraries.of("", "/", "#punkt-2", "/#p").map(end -> "/" + String.join("/", parts) + end))
                .map(p -> p.replace("//", "/"));
    }
}
