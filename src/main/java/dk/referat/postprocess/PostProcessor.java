package dk.referat.postprocess;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** The "postprocess" step: parses a rendered page once and runs each transformer over it in order. */
public final class PostProcessor {
    private final List<Transformer> transformers;

    public PostProcessor(List<Transformer> transformers) {
        this.transformers = List.copyOf(transformers);
    }

    public static PostProcessor standard() {
        return new PostProcessor(List.of(new TableHeaders(), new RelativeLinks()));
    }

    public String process(String html, String path) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (Transformer transformer : transformers) transformer.apply(page, path);
        return page.outerHtml();
    }
}
