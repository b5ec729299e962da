package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.model.AttachmentFile;
import dk.referat.model.CaseFile;
import dk.referat.model.Treatment;
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
 * @param attachments          each attachment page by its address, with every item that lists it
 * @param cases                each matter by case number, in number order
 * @param classifications      the items filed under each KLE classification code, oldest first
 * @param relations            each item's relations, both as written and in reverse, by item address
 * @param casePositions        each item's place in the timelines of its matters, by item address
 * @param byYear               published meetings by year, newest year and meeting first
 * @param removed              the pages published once and no longer, by address, each with its notice's words
 */
public record SiteIndex(
        List<Committee> committees,
        Map<String, List<Meeting>> meetingsByCommittee,
        Map<String, Neighbours> neighbours,
        List<Meeting> latest,
        List<PlainPage> pages,
        Map<String, AttachmentEntry> attachments,
        Map<String, CaseFile> cases,
        Map<String, List<Treatment>> classifications,
        Map<String, List<ItemLink>> relations,
        Map<String, List<CasePosition>> casePositions,
        Map<Integer, List<Meeting>> byYear,
        List<RemovedPage> removed) {

    public List<ItemLink> relations(Meeting meeting, AgendaItem item) {
        return relations.getOrDefault(Permalinks.item(meeting, item), List.of());
    }

    /** Where a matter's number leads: its page, or its one item when it has no page ({@link CaseFile#hasPage}). */
    public static String caseAddress(CaseFile file) {
        if (file.hasPage()) return Permalinks.caseFile(file.number());
        Treatment only = file.timeline().get(0);
        return Permalinks.item(only.meeting(), only.item());
    }

    /** The matters that have a page of their own, in number order. */
    public java.util.stream.Stream<CaseFile> casePages() {
        return cases.values().stream().filter(CaseFile::hasPage);
    }

    public List<CasePosition> casePositions(Meeting meeting, AgendaItem item) {
        return casePositions.getOrDefault(Permalinks.item(meeting, item), List.of());
    }

    /** The years with published meetings, newest first. */
    public List<Integer> years() {
        return List.copyOf(byYear.keySet());
    }

    /** A year's published meetings across committees, newest first. */
    public List<Meeting> meetingsIn(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /** Every published meeting, committee by committee, each committee's newest first. */
    public java.util.stream.Stream<Meeting> allMeetings() {
        return committees.stream().flatMap(c -> meetings(c).stream());
    }

    public List<Meeting> meetings(Committee committee) {
        return meetingsByCommittee.getOrDefault(committee.slug(), List.of());
    }

    /**
     * The attachment files the site publishes, each once: those of open attachments on open items
     * of published records; a Markdown attachment is published as its page, not as a file.
     */
    public List<AttachmentFile> downloads() {
        return attachments.values().stream().map(AttachmentEntry::attachment).filter(a -> !a.isClosed())
                .flatMap(a -> a.file().stream()).filter(file -> !file.isDocument()).distinct().toList();
    }

    public Neighbours neighbours(Meeting meeting) {
        return neighbours.get(Permalinks.meeting(meeting));
    }
}
