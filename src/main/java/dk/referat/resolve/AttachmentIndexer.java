package dk.referat.resolve;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.Meeting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the attachments of open items in published records into one page each: an attachment
 * listed by several items, in one committee or several, is one page that lists all of them.
 */
final class AttachmentIndexer {
    private static final Comparator<AttachmentUse> BY_DATE = Comparator
            .comparing((AttachmentUse u) -> u.meeting().date())
            .thenComparing(u -> u.meeting().committee().slug())
            .thenComparingInt(u -> u.item().line());

    private AttachmentIndexer() {
    }

    static Map<String, AttachmentEntry> index(List<Meeting> published, Problems problems) {
        Map<String, List<AttachmentUse>> uses = new LinkedHashMap<>();
        Map<String, Attachment> fileListings = new HashMap<>();
        Map<String, Attachment> byAddress = new HashMap<>();
        for (Meeting meeting : published) {
            for (AgendaItem item : meeting.items()) {
                if (item.isClosed()) continue;
                for (int i = 0; i < item.attachments().size(); i++) {
                    Attachment attachment = item.attachments().get(i);
                    if (attachment.file().isPresent()) {
                        Attachment other = fileListings.putIfAbsent(attachment.file().get().contentPath(), attachment);
                        if (other != null && other.isClosed() != attachment.isClosed()) {
                            problems.error(attachment.at(), Message.of(attachment.isClosed() ? "attachment.listed-closed"
                                    : "attachment.listed-open", String.valueOf(other.at())));
                            continue;
                        }
                    }
                    String address = Permalinks.attachmentPage(meeting, item, attachment, i + 1);
                    Attachment first = byAddress.putIfAbsent(address, attachment);
                    if (first != null && !first.file().map(f -> f.contentPath()).equals(attachment.file().map(f -> f.contentPath()))) {
                        problems.error(attachment.at(), Message.of("attachment.address.taken", address, String.valueOf(first.at())));
                        continue;
                    }
                    uses.computeIfAbsent(address, k -> new ArrayList<>()).add(new AttachmentUse(meeting, item, attachment));
                }
            }
        }
        Map<String, AttachmentEntry> entries = new TreeMap<>();
        uses.forEach((address, list) -> {
            List<AttachmentUse> sorted = list.stream().sorted(BY_DATE).toList();
            entries.put(address, new AttachmentEntry(address, sorted.get(0).attachment(), sorted));
        });
        return entries;
    }
}
