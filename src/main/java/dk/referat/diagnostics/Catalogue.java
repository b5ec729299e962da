package dk.referat.diagnostics;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every message to an editor or operator in one language, from
 * {@code referat/diagnostics_<code>.properties}: one catalogue per language, with the same keys.
 *
 * <p>A text is a {@link MessageFormat} pattern ({@code {0}}, and plurals as
 * {@code {0,choice,1#1 advarsel|1<{0,number,integer} advarsler}}), but an apostrophe is an apostrophe:
 * messages quote names ('byraadet') far more often than they need MessageFormat's quoting.
 */
public final class Catalogue {
    /** Loaded once, before any thread asks: problems are made on every parsing thread. */
    private static final Map<Language, Catalogue> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) LOADED.put(language, new Catalogue(language));
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Catalogue(Language language) {
        this.language = language;
        try {
            this.bundle = ResourceBundle.getBundle("referat.diagnostics", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the jar lacks referat/diagnostics_" + language.code() + ".properties", e);
        }
    }

    public static Catalogue of(Language language) {
        return LOADED.get(java.util.Objects.requireNonNull(language, "language"));
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The catalogue as a bundle, for picocli: the command line's help is in it too. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Set<String> keys() {
        return bundle.keySet();
    }

    /** The message in words; a value that is a message is said first, in this language. */
    public String say(Message message) {
        if (message.isNone()) return "";
        if (!has(message.key())) {
            throw new IllegalArgumentException("no text '" + message.key() + "' in referat/diagnostics_" + language.code() + ".properties");
        }
        List<Object> args = message.args();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i) instanceof Message m ? say(m) : args.get(i);
        }
        String pattern = bundle.getString(message.key()).replace("'", "''");
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    public String say(String key, Object... args) {
        return say(Message.of(key, args));
    }
}
