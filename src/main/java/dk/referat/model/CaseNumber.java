package dk.referat.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case or journal number as written in the record: a journal number such as {@code 20/19585} or a
 * KLE number such as {@code 27.00.00-G01-250-19}.
 */
public record CaseNumber(String value, Scheme scheme) {
    private static final Pattern JOURNAL = Pattern.compile("\\d{2}/\\d{1,7}");
    private static final Pattern KLE = Pattern.compile("\\d{2}\\.\\d{2}(\\.\\d{2})?(-[A-ZÆØÅ]\\d{2}(-\\d{1,7}-\\d{2})?)?");

    public enum Scheme {
        JOURNAL,
        KLE
    }

    public CaseNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scheme, "scheme");
    }

    /** The number's scheme, or null when the text is neither a journal nor a KLE number. */
    public static Scheme schemeOf(String text) {
        if (JOURNAL.matcher(text).matches()) return Scheme.JOURNAL;
        if (KLE.matcher(text).matches()) return Scheme.KLE;
        return null;
    }
}
