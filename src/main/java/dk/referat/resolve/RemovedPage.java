package dk.referat.resolve;

import dk.referat.model.Removed;
import java.util.Objects;

/**
 * A page the site once published and no longer does, and the notice in its place.
 *
 * @param address where it was, and where the notice is
 * @param reason  why it was taken down, as its editor wrote it in data/removed.yaml; empty when not given
 */
public record RemovedPage(String address, Removed removed, String reason) {

    public RemovedPage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(reason, "reason");
    }
}
