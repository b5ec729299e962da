package dk.referat.assemble;

import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.Relation;
import dk.referat.model.Section;
import java.util.List;
import java.util.function.Function;

/**
 * What a record publishes, as one text: every field a page, feed or export shows of it, and nothing
 * of where it stands in its file. Two versions of a record publish the same when these are equal,
 * however their files differ (a reformatted line, a comment, a field moved up).
 */
final class PublishedContent {
    private PublishedContent() {
    }

    static String of(Meeting m) {
        StringBuilder out = new StringBuilder();
        field(out, m.committee().slug(), m.type(), m.date(), m.start(), m.end(), m.location(), m.title(), m.number(),
                m.department(), m.minuteTaker(), m.approval(), m.tags(), m.slug(), m.cancelled(), m.preamble().html());
        people(out, m.participants());
        people(out, m.absent());
        people(out, m.substitutes());
        m.corrections().forEach(c -> field(out, c.date(), c.text()));
        for (AgendaItem item : m.items()) {
            field(out, "item", item.number(), item.title(), item.anchor(), item.cases(), item.classification(), item.access());
            for (Attachment a : item.attachments()) {
                field(out, "attachment", a.title(), a.number(), a.reference(), a.access(), a.url(),
                        a.file().map(f -> f.contentPath() + " " + f.sha256()).orElse(""));
            }
            for (Relation r : item.relations()) field(out, "relation", r.type(), r.committee(), r.meeting(), r.item(), r.note());
            for (Section s : item.sections()) field(out, "section", s.kind(), s.heading(), s.text().html());
        }
        return out.toString();
    }

    /** The fields that, when they change, change the meeting as a calendar shows it. */
    static String event(Meeting m) {
        StringBuilder out = new StringBuilder();
        field(out, m.date(), m.start(), m.end(), m.location(), m.cancelled());
        return out.toString();
    }

    private static void people(StringBuilder out, List<Participant> people) {
        field(out, "people", people.stream().map((Function<Participant, String>) p -> p.name() + "\u001f" + p.role()).toList());
    }

    /** Fields apart by a character no text holds, so that no two different records can read the same. */
    private static void field(StringBuilder out, Object... values) {
        for (Object value : values) out.append(value).append('\u001e');
        out.append('\n');
    }
}
