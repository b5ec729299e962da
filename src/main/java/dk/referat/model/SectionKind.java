package dk.referat.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The usual sections of a Danish agenda item. Knowing them lets the site show the decision as the
 * decision and the recommendation as the recommendation, not as two anonymous paragraphs.
 */
public enum SectionKind {
    /** Text before the item's first section heading. */
    INDLEDNING("indledning"),
    SAGSFREMSTILLING("sagsfremstilling"),
    BAGGRUND("baggrund"),
    LOVGRUNDLAG("lovgrundlag"),
    OEKONOMI("oekonomi"),
    AFGOERES_AF("afgoeres-af"),
    INDSTILLING("indstilling"),
    BESLUTNING("beslutning"),
    BILAG("bilag"),
    /** Any other heading; the section keeps its own heading. */
    ANDET("andet");

    private static final Map<String, SectionKind> HEADINGS = Map.of(
            "sagsfremstilling", SAGSFREMSTILLING,
            "baggrund", BAGGRUND,
            "lovgrundlag", LOVGRUNDLAG,
            "lovgivning", LOVGRUNDLAG,
            "økonomi", OEKONOMI,
            "sagen afgøres af", AFGOERES_AF,
            "indstilling", INDSTILLING,
            "beslutning", BESLUTNING,
            "bilag", BILAG);

    private final String id;

    SectionKind(String id) {
        this.id = id;
    }

    /** A stable, ASCII name for CSS classes, anchors and data exports. */
    public String id() {
        return id;
    }

    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[:.]+$");
    private static final Locale DANISH = Locale.forLanguageTag("da");

    /** The kind a heading names, ignoring case and trailing ':' or '.' ("Lovgivning." is LOVGRUNDLAG). */
    public static Optional<SectionKind> ofHeading(String heading) {
        String key = TRAILING_PUNCTUATION.matcher(heading.strip()).replaceAll("").strip().toLowerCase(DANISH);
        return Optional.ofNullable(HEADINGS.get(key));
    }
}
