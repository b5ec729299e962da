package dk.referat.config;

import dk.referat.diagnostics.Message;
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
 * @param deviations   known deviations, one sentence each; empty when the site has not said (an empty
 *                     list says there are none the organisation knows of)
 * @param wasUrl       the statement in the Agency for Digital Government's WAS-Tool, when there is one;
 *                     the site then answers /was with a redirect to it
 */
public record AccessibilityStatement(String organisation, String contact, Optional<LocalDate> reviewed,
                                     Optional<List<String>> deviations, String wasUrl) {
    public static final String ORGANISATION = Setting.ACCESSIBILITY_ORGANISATION.key();
    public static final String CONTACT = Setting.ACCESSIBILITY_CONTACT.key();
    public static final String REVIEWED = Setting.ACCESSIBILITY_REVIEWED.key();
    public static final String DEVIATIONS = Setting.ACCESSIBILITY_DEVIATIONS.key();

    public AccessibilityStatement {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(reviewed, "reviewed");
        deviations = Objects.requireNonNull(deviations, "deviations").map(List::copyOf);
        Objects.requireNonNull(wasUrl, "wasUrl");
    }

    /**
     * The keys the site has not set, in the order the statement uses them. The law asks every statement
     * for who is responsible, how to report a problem, when it was last reviewed and what is known not
     * to comply; without them the statement can only say that they are not yet given.
     */
    public List<String> unstated() {
        List<String> keys = new java.util.ArrayList<>();
        if (organisation.isEmpty()) keys.add(ORGANISATION);
        if (contact.isEmpty()) keys.add(CONTACT);
        if (reviewed.isEmpty()) keys.add(REVIEWED);
        if (deviations.isEmpty()) keys.add(DEVIATIONS);
        return keys;
    }

    /**
     * A warning for each key not set, for a build whose content is otherwise fine (a build that fails
     * on its content reports that alone).
     *
     * @param file how jbake.properties is named in messages
     */
    public List<dk.referat.diagnostics.Problem> unstatedWarnings(String file) {
        return unstated().stream().map(key -> Message.of("statement.unstated", key, ConfigReader.FILE_NAME,
                        Message.of(key.equals(ORGANISATION) ? "statement.unstated.names-title" : "statement.unstated.not-stated")))
                .map(unstated -> new dk.referat.diagnostics.Problem(file, 0, 0, dk.referat.diagnostics.Severity.WARNING, unstated,
                        unstated.fix())).toList();
    }
}
