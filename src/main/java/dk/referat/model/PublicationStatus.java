package dk.referat.model;

/** JBake's status field: only published records reach the site. */
public enum PublicationStatus {
    PUBLISHED,
    DRAFT
}
