package dk.referat.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one agenda item relates to another. The editor writes a relation once, on either item; the
 * other item shows the reverse without being edited.
 */
public enum RelationType {
    /** This item resumes an earlier one (genoptagelse). */
    RESUMES("resumes"),
    /** This item is postponed or carried to a later meeting (udsat til, genoptages på). */
    POSTPONED_TO("postponed-to"),
    /** This item recommends a decision to another body (indstilling til Økonomiudvalget, Byrådet). */
    RECOMMENDS_TO("recommends-to"),
    /** This item discusses and comments on a matter sent to it by another item (drøftelse, høring). */
    RESPONDS_TO("responds-to"),
    /** Any other connection. */
    RELATES_TO("relates-to");

    private static final Map<String, RelationType> WORDS = Map.ofEntries(
            Map.entry("resumes", RESUMES), Map.entry("genoptager", RESUMES),
            Map.entry("postponed-to", POSTPONED_TO), Map.entry("udsat-til", POSTPONED_TO),
            Map.entry("recommends-to", RECOMMENDS_TO), Map.entry("indstiller-til", RECOMMENDS_TO),
            Map.entry("responds-to", RESPONDS_TO), Map.entry("svarer-paa", RESPONDS_TO),
            Map.entry("svarer-på", RESPONDS_TO),
            Map.entry("relates-to", RELATES_TO), Map.entry("relateret", RELATES_TO));

    private final String id;

    RelationType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The words the content format accepts for each type (English ids and their Danish names). */
    public static Map<String, RelationType> words() {
        return WORDS;
    }

    public static Optional<RelationType> of(String word) {
        return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether items joined this way treat the same matter, so both belong on its case page. */
    public boolean sameMatter() {
        return this != RELATES_TO;
    }
}
