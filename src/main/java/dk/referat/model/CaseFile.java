package dk.referat.model;

import java.util.List;
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
}
