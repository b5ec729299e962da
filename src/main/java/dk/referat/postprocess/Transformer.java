package dk.referat.postprocess;

import org.jsoup.nodes.Document;

/** One small job on a rendered page. Transformers are stateless and run in a fixed order. */
public interface Transformer {

    /** @param path the page's site-absolute address ("/x/2020-02-12/") */
    void apply(Document page, String path);

    /**
     * Whether the page may have work for this transformer, judged from its HTML without parsing it.
     * Answering true when unsure is always right; false lets a page skip the parse altogether.
     */
    default boolean mayApply(String html) {
        return true;
    }
}
