package dk.referat.model;

import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A matter followed across meetings and committees, under one case number.
 *
 * @param title    the title of the matter's first treatment
 * @param timeline every treatment, oldest first
 */
public record CaseFile(CaseNumber number, String title, List<Treatment> timeline) {

    public CaseFile {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        timeline = List.copyOf(timeline);
    }

    /** A matter is called by its first treatment that carries the number (not one joined by a relation). */
    public static Optional<Treatment> titleSource(CaseNumber number, List<Treatment> timeline) {
        return timeline.stream().filter(t -> t.item().cases().contains(number)).findFirst();
    }

    /**
     * A matter gets a page of its own once it has been treated more than once: with one treatment its
     * page would repeat its one item, so its number leads to that item instead (docs/content-format.md).
     */
    public boolean hasPage() {
        return timeline.size() > 1;
    }

    /** The treatment this matter's title comes from. */
    public Optional<Treatment> titleSource() {
        return titleSource(number, timeline);
    }
}
