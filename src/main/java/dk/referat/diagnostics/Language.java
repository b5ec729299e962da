package dk.referat.diagnostics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages an editor or operator can be told things in. Danish is the default: the clerks who
 * write the records are Danish. The choice comes from {@code --lang}, {@code -Dreferat.lang} or the
 * environment variable {@code REFERAT_LANG}, in that order.
 */
public enum Language {
    DANISH("da"),
    ENGLISH("en");

    /** The environment variable that sets the language for every command and goal. */
    public static final String ENVIRONMENT = "REFERAT_LANG";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The codes accepted, for a message that names them: "da, en". */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    /**
     * The language asked for ({@code null} or blank when none was), else the environment's, else Danish.
     *
     * @throws ToldFailure naming the code when it is not a language Referat speaks; said in Danish,
     *                     for no other language was chosen
     */
    public static Language chosen(String asked) {
        String code = asked == null || asked.isBlank() ? System.getenv(ENVIRONMENT) : asked;
        if (code == null || code.isBlank()) return DANISH;
        return of(code).orElseThrow(() -> new ToldFailure(Message.of("language.unknown", code.strip(), codes())));
    }

    /** What {@link #chosen} says when the code is unknown, in the default language. */
    public static String unknown(ToldFailure e) {
        return Catalogue.of(DANISH).say(e.told());
    }
}
