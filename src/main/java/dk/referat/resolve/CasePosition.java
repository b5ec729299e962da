package dk.referat.resolve;

import dk.referat.model.CaseFile;
import dk.referat.model.Treatment;
import java.util.Optional;

/** Where one item stands in a matter's timeline: the treatments just before and just after it. */
public record CasePosition(CaseFile caseFile, Optional<Treatment> previous, Optional<Treatment> next) {
}
