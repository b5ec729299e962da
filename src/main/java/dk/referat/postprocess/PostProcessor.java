package dk.referat.postprocess;

import dk.referat.render.Messages;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** The "postprocess" step: runs each transformer over a rendered page in order, parsing the page once if any needs it. */
public final class PostProcessor {
    private final List<Transformer> transformers;

    public PostProcessor(List<Transformer> transformers) {
        this.transformers = List.copyOf(transformers);
    }

    /**
     * The standard order: unsafe addresses go first; references become links before tables are
     * wrapped (the wrapper would end running text found on the page's text) and before links are made
     * relative.
     *
     * @param numberLinks each known case and KLE number and the address of its page
     * @param siteHost    the public address ending in '/', or empty
     */
    public static PostProcessor standard(Map<String, String> numberLinks, Messages messages, String siteHost) {
        return new PostProcessor(List.of(new SafeUrls(), new TextReferences(numberLinks),
                new TableHeaders(messages.get("table.label")), new RelativeLinks(siteHost)));
    }

    /**
     * Runs the transformers over a page. A page that none of them has work on beyond what can be
     * done on its text (links made relative) is not parsed at all: on a large site that is most
     * pages, and parsing and writing out each page was most of the build's time.
     */
    public String process(String html, String path) {
        String text = html;
        for (Transformer transformer : transformers) {
            if (transformer instanceof TextTransformer rewriter) {
                text = rewriter.rewrite(text, path);
            } else if (transformer.mayApply(html)) {
                text = null;
            }
            if (text == null) return parsed(html, path);
        }
        return text;
    }

    private String parsed(String html, String path) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (Transformer transformer : transformers) transformer.apply(page, path);
        return page.outerHtml();
    }
}
