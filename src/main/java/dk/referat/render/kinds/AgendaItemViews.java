package dk.referat.render.kinds;

import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.Meeting;
import dk.referat.model.Section;
import dk.referat.model.SectionKind;
import dk.referat.render.Formats;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.Views.AttachmentView;
import dk.referat.render.Views.HistoryView;
import dk.referat.render.Views.ItemView;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.RelationView;
import dk.referat.render.Views.SectionView;
import dk.referat.resolve.ItemLink;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * An agenda item as its meeting's page shows it: its sections, its attachments, its case and KLE
 * numbers, its relations both ways and its place in each matter's history. A closed item shows its
 * heading and that it is closed, and nothing more.
 */
final class AgendaItemViews {
    private final Labels labels;
    private final Messages t;
    private final Formats formats;

    AgendaItemViews(Labels labels) {
        this.labels = labels;
        this.t = labels.messages();
        this.formats = labels.formats();
    }

    ItemView item(Meeting meeting, AgendaItem item, SiteIndex index) {
        String heading = labels.itemHeading(item);
        if (item.isClosed()) {
            return new ItemView(item.anchor(), heading, true, t.get("item.closed"), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        List<SectionView> sections = item.sections().stream().map(s -> section(item, s)).toList();
        List<AttachmentView> attachments = new ArrayList<>();
        int n = 1;
        for (Attachment a : item.attachments()) attachments.add(attachment(meeting, item, a, n++));
        // A number whose matter has no page of its own is this item's: shown, not linked to itself.
        List<Link> cases = item.cases().stream().map(c -> new Link(c.value(),
                index.cases().get(c.value()).hasPage() ? Permalinks.caseFile(c) : "")).toList();
        List<Link> kle = item.classification().stream()
                .map(c -> new Link(c.value(), Permalinks.classification(c.value()))).toList();
        List<RelationView> relations = index.relations(meeting, item).stream().map(this::relation).toList();
        List<HistoryView> history = index.casePositions(meeting, item).stream().filter(p -> p.caseFile().hasPage()).map(p -> new HistoryView(
                new Link(p.caseFile().number().value(), Permalinks.caseFile(p.caseFile().number())),
                p.previous().map(labels::treatmentLink).orElse(null),
                p.next().map(labels::treatmentLink).orElse(null))).toList();
        String accessText = item.access().isPresent() ? t.get("item.open") : "";
        return new ItemView(item.anchor(), heading, false, accessText, cases, kle, sections, attachments, relations, history);
    }

    /** The item's decision has an anchor of its own, so that search can lead to it. */
    private SectionView section(AgendaItem item, Section s) {
        String html = s.text().html();
        boolean decision = s.kind() == SectionKind.BESLUTNING;
        String anchor = decision && item.section(SectionKind.BESLUTNING).orElseThrow() == s ? decisionAnchor(item) : "";
        return new SectionView(s.kind().id(), s.heading(), html, decision, anchor);
    }

    /** "beslutning-punkt-27": where a search result for item 27's decision leads. */
    static String decisionAnchor(AgendaItem item) {
        return "beslutning-" + item.anchor();
    }

    private AttachmentView attachment(Meeting meeting, AgendaItem item, Attachment a, int position) {
        String label = t.format("attachment.label", position, a.title());
        String href = Permalinks.attachmentPage(meeting, item, a, position);
        if (a.isClosed()) {
            return new AttachmentView(label, a.title(), "", "", href, "", t.get("attachment.closed"));
        }
        String number = a.number().isEmpty() ? "" : t.format("attachment.number", a.number());
        String access = a.access().isPresent() ? t.get("item.open") : "";
        String status = a.file().map(labels::fileSummary)
                .orElse(a.url().isEmpty() ? t.get("attachment.notPublished") : t.get("attachment.external"));
        return new AttachmentView(label, a.title(), number, a.reference(), href, access, status);
    }

    private RelationView relation(ItemLink link) {
        String kind = t.get("relation." + link.type().id() + (link.reverse() ? ".reverse" : ""));
        if (link.item().isPresent()) {
            Link target = labels.treatmentLink(link.item().get());
            return new RelationView(kind, target.label(), target.href(), link.note());
        }
        if (link.meeting().isPresent()) {
            Meeting m = link.meeting().get();
            return new RelationView(kind, m.committee().name() + ", " + formats.shortDate(m.date()),
                    Permalinks.meeting(m), link.note());
        }
        if (link.unpublished().isEmpty()) {
            return new RelationView(kind, link.committee().name(), Permalinks.committee(link.committee()), link.note());
        }
        String when = link.unpublished();
        String meetingText = when.length() == 7
                ? t.format("relation.meetingInMonth", formats.month(java.time.YearMonth.parse(when)))
                : formats.shortDate(java.time.LocalDate.parse(when));
        String label = link.committee().name() + ", " + meetingText
                + (link.itemNumber().isEmpty() ? "" : ", " + t.format("item.number", link.itemNumber()).toLowerCase(t.locale()))
                + " (" + t.get("relation.unpublished") + ")";
        return new RelationView(kind, label, "", link.note());
    }
}
