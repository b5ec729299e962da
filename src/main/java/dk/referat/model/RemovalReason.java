package dk.referat.model;

import dk.referat.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * Why a page was taken down, as its editor gave it for citizens in {@code data/removed.yaml}.
 *
 * @param page the page's address ("/byraadet/2020-02-12/")
 * @param at   where the entry is, for messages
 */
public record RemovalReason(String page, String reason, SourcePosition at) {

    public RemovalReason {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
