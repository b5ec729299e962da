package dk.referat.postprocess;

import org.jsoup.nodes.Document;

/** One small job on a rendered page. Transformers are stateless and run in a fixed order. */
public interface Transformer {

    /** @param path the page's site-absolute address ("/x/2020-02-12/") */
    void apply(Document page, String path);
}
