package dk.referat.render;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The site's own words in one language, from {@code referat/messages_<lang>.properties}. Templates get
 * them as a map ({@code t.key}); Java formats the ones that take values.
 */
public final class Messages {
    private final Locale locale;
    private final Map<String, String> texts;

    public Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("referat.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no interface texts for the language '" + locale.getLanguage()
                    + "': add src/main/resources/referat/messages_" + locale.getLanguage() + ".properties", e);
        }
        Map<String, String> map = new HashMap<>();
        for (String key : bundle.keySet()) map.put(key, bundle.getString(key));
        this.texts = Collections.unmodifiableMap(map);
    }

    public Locale locale() {
        return locale;
    }

    /** For templates: every text by key. */
    public Map<String, String> all() {
        return texts;
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) throw new IllegalArgumentException("no interface text '" + key + "' for " + locale);
        return text;
    }

    /** Parsed once per key: a list page formats thousands of counts, and parsing the pattern was most of its view. */
    private final Map<String, ThreadLocal<MessageFormat>> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public String format(String key, Object... args) {
        String pattern = get(key);
        // MessageFormat is not thread-safe; pages are made on several threads.
        return formats.computeIfAbsent(key, k -> ThreadLocal.withInitial(() -> new MessageFormat(pattern, locale))).get().format(args);
    }
}
