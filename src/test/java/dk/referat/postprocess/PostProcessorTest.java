package dk.referat.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import dk.referat.bench.CorpusGenerator;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.Problems;
import dk.referat.Referat;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PagePlanner;
import dk.referat.render.PlannedPage;
import dk.referat.render.TemplateRenderer;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.Resolver;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SourceScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that no transformer has work on skip the parse; this proves the shortcut changes nothing a
 * browser sees: every page of the sample site and of a generated corpus comes out as the same
 * document whether it is parsed or not.
 */
class PostProcessorTest {
    private static final Messages MESSAGES = new Messages(java.util.Locale.forLanguageTag("da"));

    /** A transformer that always asks for the parse, to get the parsed result for comparison. */
    private static final Transformer ALWAYS_PARSE = (page, path) -> { };

    @Test
    void theShortcutGivesTheSameDocumentsAsTheParse(@TempDir Path tmp) throws Exception {
        CorpusGenerator.generate(60, tmp.resolve("corpus"), 3);
        int shortcut = 0;
        for (Path site : List.of(TestSites.repository(), tmp.resolve("corpus"))) {
            SiteConfig config = ConfigReader.read(site);
            Problems problems = new Problems();
            var model = Referat.modelBuilder(config).build(SourceScanner.scan(config, problems), problems);
            SiteIndex index = Resolver.resolve(model, config.language(), problems);
            Map<String, String> numbers = new HashMap<>();
            index.cases().values().forEach(c -> numbers.put(c.number().value(), Permalinks.caseFile(c.number())));
            index.classifications().keySet().forEach(code -> numbers.put(code, Permalinks.classification(code)));
            PostProcessor standard = PostProcessor.standard(numbers, MESSAGES, config.siteHost());
            List<Transformer> withParse = new ArrayList<>(standardTransformers(numbers, config.siteHost()));
            withParse.add(0, ALWAYS_PARSE);
            PostProcessor parsed = new PostProcessor(withParse);
            TemplateRenderer templates = new TemplateRenderer(config.templates(), config.language());
            PagePlanner planner = new PagePlanner(MESSAGES, config.siteTitle(), config.siteHost(), config.accessibility(), false,
                    config.editUrl(), index.pages(), config.buildTime());
            for (PlannedPage planned : planner.plan(index)) {
                PageJob job = planned.job().get();
                String html = templates.render(job);
                String fast = standard.process(html, job.path());
                String slow = parsed.process(html, job.path());
                if (withParse.stream().skip(1).filter(t -> !(t instanceof TextTransformer)).noneMatch(t -> t.mayApply(html))) {
                    shortcut++;
                }
                assertEquals(Jsoup.parse(slow).outerHtml(), Jsoup.parse(fast).outerHtml(), job.path());
            }
        }
        assertTrue(shortcut > 50, shortcut + " pages took the shortcut");
    }

    @Test
    void aPageWithWorkForATransformerIsParsed() {
        PostProcessor post = PostProcessor.standard(Map.of("14/00453", "/sager/14-00453/"), MESSAGES, "");
        String page = "<!doctype html><html><head></head><body><main><article class=\"meeting\">"
                + "<section class=\"item-section\"><p>Se sag 14/00453 og punkt 2.</p></section>"
                + "<section id=\"punkt-2\"></section></article></main></body></html>";
        Document doc = Jsoup.parse(post.process(page, "/a/2020-01-01/"));
        assertEquals(List.of("../../sager/14-00453/index.html", "#punkt-2"), doc.select("a.reference").eachAttr("href"));

        String unsafe = "<!doctype html><html><head></head><body><a href=\"JavaScript:alert(1)\">x</a>"
                + "<a href=\"java&#115;cript:alert(1)\">y</a><a href=\" javascript:alert(1)\">z</a></body></html>";
        assertFalse(post.process(unsafe, "/").contains("alert"), "unsafe addresses are dropped");

        String table = "<!doctype html><html><head></head><body><main><h2>Tal</h2><table><thead><tr><th>A</th></tr></thead>"
                + "</table></main></body></html>";
        assertEquals("Tabel 1: Tal", Jsoup.parse(post.process(table, "/")).select("caption").text());

        String quoted = "<!doctype html><html><head></head><body><a href='/a/'>a</a><a HREF=\"/b/\">b</a></body></html>";
        assertEquals(List.of("a/index.html", "b/index.html"), Jsoup.parse(post.process(quoted, "/")).select("a").eachAttr("href"));
    }

    @Test
    void numbersAreLinkedOutsideLinksCodeAndHeadingsOnlyOnBothPaths() {
        TextReferences references = new TextReferences(Map.of("14/00453", "/sager/14-00453/"));
        String page = "<!doctype html><html><head></head><body><main><article class=\"meeting\"><section class=\"item-section\">"
                + "<p>14/00453 <code>14/00453</code> <a href=\"/x/\">14/00453</a> <abbr>14/00453</abbr></p>"
                + "<h4>14/00453</h4><pre>14/00453</pre><p><em>14/00453</em></p></section></article></main></body></html>";
        Document text = Jsoup.parse(references.rewrite(page, "/a/"));
        Document parsed = Jsoup.parse(page);
        references.apply(parsed, "/a/");
        assertEquals(3, text.select("a.reference").size(), text.body().html());
        assertEquals(parsed.body().html(), text.body().html());
    }

    @Test
    void aPageWithNothingToDoOnlyHasItsLinksMadeRelative() {
        PostProcessor post = PostProcessor.standard(Map.of(), MESSAGES, "");
        String page = "<!doctype html><html><head><link href=\"/assets/referat.css\"></head><body>"
                + "<a href=\"/a/2020-01-01/#punkt-2\">a</a><a href=\"https://example.dk/side?a=1\">b</a>"
                + "<a href=\"//cdn.example.dk/x\">c</a><p>&quot;citat&quot; 12/34567</p></body></html>";
        assertEquals(page.replace("\"/assets/", "\"../../assets/").replace("\"/a/2020-01-01/#punkt-2\"", "\"#punkt-2\""),
                post.process(page, "/a/2020-01-01/"));
    }

    private static List<Transformer> standardTransformers(Map<String, String> numbers, String siteHost) {
        return List.of(new SafeUrls(), new TextReferences(numbers),
                new TableHeaders(MESSAGES.get("table.label")), new RelativeLinks(siteHost));
    }
}
