package dk.referat.render;

import java.util.List;
import java.util.Map;

/**
 * One entry of the search index that is not a page of its own: an agenda item or a decision, found
 * at its anchor on the meeting page. Field names are Pagefind's.
 *
 * @param url     site-absolute, with the item's anchor
 * @param meta    what a result shows: title, udvalg, dato, type
 * @param filters what results can be narrowed by: udvalg, år, type
 */
public record SearchRecord(String url, String content, Map<String, String> meta, Map<String, List<String>> filters) {
}
