package dk.referat.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site's accessibility statement (tilgængelighedserklæring) says, from jbake.properties.
 *
 * @param organisation who is responsible for the site
 * @param contact      where to report a problem (an e-mail address or a web address)
 * @param reviewed     when accessibility was last reviewed
 * @param deviations   known deviations, one sentence each
 * @param wasUrl       the statement in the Agency for Digital Government's WAS-Tool, when there is one;
 *                     the site then answers /was with a redirect to it
 */
public record AccessibilityStatement(String organisation, String contact, Optional<LocalDate> reviewed,
                                     List<String> deviations, String wasUrl) {

    public AccessibilityStatement {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(reviewed, "reviewed");
        deviations = List.copyOf(deviations);
        Objects.requireNonNull(wasUrl, "wasUrl");
    }
}
