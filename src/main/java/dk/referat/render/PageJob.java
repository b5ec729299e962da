package dk.referat.render;

import java.util.Map;

/**
 * One page to render: where it goes, which template, and its context. Jobs are cheap to hold; the
 * HTML exists only while a job is being rendered and written, so memory does not grow with the site.
 *
 * @param path site-absolute address ("/x/2020-02-12/", "/404.html")
 */
public record PageJob(String path, String template, Map<String, Object> context) {

    /** Whether the page goes into the search index: its view names what search may filter it by. */
    public boolean searchable() {
        return context.get("search") != null;
    }
}
