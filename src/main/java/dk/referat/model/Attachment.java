package dk.referat.model;

import dk.referat.diagnostics.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * An attachment (bilag) listed on an agenda item.
 *
 * @param number    the document number as printed ("3054201"); empty when none
 * @param reference any further reference printed beside it ("(44617/21) (H)"); empty when none
 * @param access    open or closed as the record states it; empty when it does not say (it is then open)
 * @param file      the attachment's file, when one is published with the site
 * @param url       an external address, when the attachment lives elsewhere; empty otherwise
 * @param at        where the record lists it, for messages
 */
public record Attachment(String title, String number, String reference, Optional<Access> access,
                         Optional<AttachmentFile> file, String url, SourcePosition at) {

    public boolean isClosed() {
        return access.orElse(Access.OPEN) == Access.CLOSED;
    }

    public Attachment {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(at, "at");
    }
}
