package dk.referat.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link and image addresses may be published: http(s), mailto and tel, and relative ones. One
 * rule for the whole build: Markdown links are judged when a record is read, and every page once more
 * after it is rendered.
 */
public final class Addresses {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** What browsers ignore inside a scheme ("java\tscript:"), so it must not hide one. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u0000-\\u001f\\u007f]+");

    private Addresses() {
    }

    /** @param url the address with its entities decoded, as a browser reads it */
    public static boolean isSafe(String url) {
        // The common case, without a regular expression: a site path, an anchor or a web address.
        if (url.startsWith("/") || url.startsWith("#") || url.startsWith("https://") || url.startsWith("http://")) return true;
        String normalised = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher m = SCHEME.matcher(normalised);
        return !m.find() || ALLOWED.contains(m.group(1));
    }

    /**
     * Whether an address as written in HTML, entities not decoded, is safe. An entity before the
     * scheme's colon could spell the scheme or hide the colon ("java&#115;cript:", "javascript&#58;"),
     * so such an address is never judged safe from its text.
     */
    public static boolean isSafeAsWritten(String value) {
        int entity = value.indexOf('&');
        int colon = value.indexOf(':');
        return (entity < 0 || (colon >= 0 && colon < entity)) && isSafe(value);
    }
}
