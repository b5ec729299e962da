package dk.referat.resolve;

import dk.referat.model.AttachmentFile;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import java.util.List;
import java.util.Map;

/**
 * Who links to whom, computed once per build: the published meetings of each committee in order,
 * each meeting's neighbours, and the attachment files with every place they are listed. Pages look
 * things up here; none of them scans all documents.
 *
 * @param committees           sorted by name
 * @param meetingsByCommittee  each committee's published meetings, newest first
 * @param latest               the newest published meetings across committees
 * @param attachmentFiles      each published, open attachment file (by content path) and its uses
 */
public record SiteIndex(
        List<Committee> committees,
        Map<String, List<Meeting>> meetingsByCommittee,
        Map<String, Neighbours> neighbours,
        List<Meeting> latest,
        List<PlainPage> pages,
        Map<String, AttachmentFile> attachmentFiles,
        Map<String, List<AttachmentUse>> attachmentUses) {

    public List<Meeting> meetings(Committee committee) {
        return meetingsByCommittee.getOrDefault(committee.slug(), List.of());
    }

    public Neighbours neighbours(Meeting meeting) {
        return neighbours.get(Permalinks.meeting(meeting));
    }

    /** Every published meeting, committee by committee. */
    public List<Meeting> allMeetings() {
        return committees.stream().flatMap(c -> meetings(c).stream()).toList();
    }
}
