package dk.referat.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/test/sites/hostile: a record carrying known cross-site-scripting payloads (after OWASP's filter
 * evasion cheat sheet) in its front matter, headings, raw HTML, Markdown links and images, and an
 * attachment. None may survive in any file of the output as something a browser or feed reader runs.
 */
class HostileContentTest {
    /** Each payload calls alert(N): 1–42 and 101–106 with raw HTML about them, 51–59 in Markdown alone. */
    private static final Pattern PAYLOAD = Pattern.compile("alert\\((\\d+)\\)");
    private static final Pattern UNSAFE_URL = Pattern.compile("^(?:javascript|vbscript|data):");

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = TestSites.build(TestSites.copy("hostile", tmp.resolve("source")), site);
    }

    @Test
    void noPayloadCanRunInAnyOutputFile() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(file).toString();
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (name.endsWith(".html")) {
                    found.addAll(runnableInHtml(name, Jsoup.parse(Files.readString(file))));
                } else if (name.endsWith(".xml")) {
                    Document xml = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                    if (!xml.select("script, iframe, img, svg, object, embed, [onerror], [onload]").isEmpty()) {
                        found.add(name + ": markup in a feed");
                    }
                } else if (name.endsWith(".json")) {
                    // Open data is data: strings may hold the editor's text, but any HTML in it is cleaned.
                    for (String html : htmlFields(Files.readString(file))) {
                        found.addAll(runnableInHtml(name + " (html field)", Jsoup.parseBodyFragment(html)));
                    }
                } else if (text.contains("<script") || text.contains("<iframe")) {
                    found.add(name + ": markup in " + name);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePayloadsWereReallyThereAndTheWarningsNameTheirLines() throws IOException {
        String source = Files.readString(TestSites.fixture("hostile").resolve("content/byraadet/2021-05-05.md"))
                + Files.readString(TestSites.fixture("hostile").resolve("content/byraadet/2021-06-02.md"));
        Matcher m = PAYLOAD.matcher(source);
        int payloads = 0;
        while (m.find()) payloads++;
        System.out.println("hostile content: " + payloads + " payloads, " + result.warnings().size() + " warnings");
        assertTrue(payloads >= 50, payloads + " payloads");
        assertTrue(result.warnings().size() >= 25, result.warnings().size() + " warnings");
        assertTrue(TestSites.contentWarnings(result).stream().allMatch(w -> w.file().startsWith("content/byraadet/2021-0") && w.line() > 0));
        // What may stay, stays: plain formatting written as raw HTML.
        Document page = TestSites.page(site, "/byraadet/2021-05-05/");
        assertEquals("Fed", page.select(".decision b").text());
        assertEquals("kursiv", page.select(".decision em").text());
    }

    private static List<String> runnableInHtml(String name, Document doc) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean ours = tag.equals("script") && (e.attr("type").equals("application/ld+json")
                    || (name.equals("soeg/index.html") && e.attr("src").endsWith("assets/search.js")))
                    // The search page's own form.
                    || (name.equals("soeg/index.html") && e.closest("form.search-form") != null);
            if (!ours && List.of("script", "iframe", "object", "embed", "style", "form", "input", "button", "textarea",
                    "base", "svg", "math", "video", "audio", "source", "details", "noscript").contains(tag)) {
                found.add(name + ": <" + tag + ">");
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) found.add(name + ": <meta http-equiv>");
            if (tag.equals("script") && e.attr("type").equals("application/ld+json") && e.data().contains("<")) {
                found.add(name + ": '<' inside JSON-LD");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("formaction") || key.endsWith(":href")) {
                    found.add(name + ": attribute " + key + " on <" + tag + ">");
                }
                if (UNSAFE_URL.matcher(value).find() && List.of("href", "src", "action", "data", "srcset", "content").contains(key)) {
                    found.add(name + ": " + key + "=" + a.getValue() + " on <" + tag + ">");
                }
            }
        }
        return found;
    }

    /** The values of every "html" field in a JSON text. */
    private static List<String> htmlFields(String json) throws IOException {
        List<String> out = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).findValues("html").forEach(v -> out.add(v.asText()));
        return out;
    }
}
