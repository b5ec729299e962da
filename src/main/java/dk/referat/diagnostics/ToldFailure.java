package dk.referat.diagnostics;

import java.util.Objects;

/**
 * A failure that is no bug but something for the operator to put right (a tool missing, a folder
 * that cannot be written), told in the catalogue's words. A build step reports it as it is said,
 * instead of as a Java message.
 */
public final class ToldFailure extends RuntimeException {
    private final transient Message told;

    public ToldFailure(Message told) {
        this(told, null);
    }

    public ToldFailure(Message told, Throwable cause) {
        super(Catalogue.of(Language.ENGLISH).say(Objects.requireNonNull(told, "told")), cause);
        this.told = told;
    }

    public Message told() {
        return told;
    }
}
