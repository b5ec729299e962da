package dk.referat.postprocess;

/**
 * A transformer that can also do its job on the page's HTML as text, so that a page with nothing
 * else to do is never parsed: parsing and writing out every page was most of a large build's time.
 */
public interface TextTransformer extends Transformer {

    /**
     * @return the page with this transformer's job done, exactly as {@link #apply} would have done it,
     *         or null when only a parse can tell (then the page is parsed)
     */
    String rewrite(String html, String path);
}
