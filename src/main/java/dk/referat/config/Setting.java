package dk.referat.config;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting {@code jbake.properties} may hold, declared once: its key, what kind of value it
 * takes and its default. What each means is said to the operator in docs/content-format.md and in
 * the {@code jbake.properties} that {@code referat init} writes; {@code SettingTest} holds both to
 * this list. JBake's own keys keep their meaning where they apply; ours live under {@code referat.*}.
 */
public enum Setting {
    /** The public address, for the sitemap and canonical links; empty: addresses are relative. */
    SITE_HOST("site.host", Kind.ADDRESS, ""),
    /** The site's name in headers and titles. */
    SITE_TITLE("site.title", Kind.TEXT, "Referater"),
    CONTENT_FOLDER("content.folder", Kind.FOLDER, "content"),
    DATA_FOLDER("data.folder", Kind.FOLDER, "data"),
    TEMPLATE_FOLDER("template.folder", Kind.FOLDER, "templates"),
    ASSET_FOLDER("asset.folder", Kind.FOLDER, "assets"),
    /** Where the site is written. */
    DESTINATION_FOLDER("destination.folder", Kind.FOLDER, "target/site"),
    /** The encoding of content files; only UTF-8 is read. */
    RENDER_ENCODING("render.encoding", Kind.CHOICE, "UTF-8"),
    /** The language of the site's interface text, which citizens read. */
    LANGUAGE("referat.language", Kind.LANGUAGE, "da"),
    /** The repository's edit address: each record then links to its file there. */
    EDIT_URL("referat.edit.url", Kind.ADDRESS, ""),
    /** {@code shown}: a closed item's number and title are published; {@code hidden}: its number and "Lukket punkt". */
    CLOSED_TITLES("referat.closed.titles", Kind.CHOICE, "shown"),
    /** {@code on} builds the Pagefind search index (with Node.js), {@code off} does not. */
    SEARCH("referat.search", Kind.CHOICE, "on"),
    /** Minutes the search index may take before the build gives up. */
    SEARCH_TIMEOUT("referat.search.timeout", Kind.MINUTES, "60"),
    /** Who the accessibility statement names as responsible; empty: the site's title. */
    ACCESSIBILITY_ORGANISATION("referat.accessibility.organisation", Kind.TEXT, ""),
    /** An e-mail address or an http(s) address for accessibility problems. */
    ACCESSIBILITY_CONTACT("referat.accessibility.contact", Kind.CONTACT, ""),
    /** The date of the last accessibility review, YYYY-MM-DD. */
    ACCESSIBILITY_REVIEWED("referat.accessibility.reviewed", Kind.DATE, ""),
    /** Known deviations, separated by |; set but empty, it says none are known. */
    ACCESSIBILITY_DEVIATIONS("referat.accessibility.deviations", Kind.LIST, ""),
    /** The statement's address in the WAS-Tool; /was/ then redirects there. */
    ACCESSIBILITY_WAS("referat.accessibility.was", Kind.ADDRESS, "");

    /** What a value is, so that it is checked as such. */
    public enum Kind { TEXT, FOLDER, ADDRESS, CHOICE, LANGUAGE, MINUTES, CONTACT, DATE, LIST }

    private final String key;
    private final Kind kind;
    private final String fallback;

    Setting(String key, Kind kind, String fallback) {
        this.key = key;
        this.kind = kind;
        this.fallback = fallback;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The value when jbake.properties does not set it; empty for none. */
    public String fallback() {
        return fallback;
    }

    /** The value set, without the spaces around it, or the default. */
    String in(Properties props) {
        return props.getProperty(key, fallback).trim();
    }

    /** Whether the file sets it at all: a list set but empty says something an unset one does not. */
    boolean isSetIn(Properties props) {
        return props.getProperty(key) != null;
    }

    /** The referat.* keys Referat reads; any other is a slip, or a key an older or newer Referat had. */
    static final Set<String> REFERAT_KEYS = Arrays.stream(values()).map(Setting::key).filter(k -> k.startsWith("referat."))
            .collect(Collectors.toUnmodifiableSet());
}
