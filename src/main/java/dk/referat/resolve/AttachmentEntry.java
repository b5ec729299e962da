package dk.referat.resolve;

import dk.referat.model.Attachment;
import java.util.List;

/**
 * One attachment page: the attachment as first listed, and every item that lists it.
 *
 * @param address the page's address, which is also the attachment's identity on the site
 */
public record AttachmentEntry(String address, Attachment attachment, List<AttachmentUse> uses) {

    public AttachmentEntry {
        uses = List.copyOf(uses);
    }

    /** The earliest meeting that lists it: the attachment's date in the accessibility report. */
    public AttachmentUse firstUse() {
        return uses.get(0);
    }
}
