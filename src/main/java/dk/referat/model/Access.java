package dk.referat.model;

/** Open (åben) or closed (lukket): a closed item or attachment is published by title at most. */
public enum Access {
    OPEN,
    CLOSED
}
