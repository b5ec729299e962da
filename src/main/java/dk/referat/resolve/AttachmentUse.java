package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.Meeting;

/** One place an attachment is listed: the meeting and the item. */
public record AttachmentUse(Meeting meeting, AgendaItem item, Attachment attachment) {
}
