package dk.referat.render.kinds;

import dk.referat.model.Attachment;
import dk.referat.model.AttachmentFile;
import dk.referat.model.Meeting;
import dk.referat.model.PdfContent;
import dk.referat.render.Inputs;
import dk.referat.render.Labels;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.AttachmentPageView;
import dk.referat.render.Views.Fact;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.MeetingSummary;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.PdfPage;
import dk.referat.resolve.AttachmentEntry;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An attachment's page, beside the first meeting that lists it: what it is, its file to download or
 * its text (a Markdown document, or a PDF's pages), what the PDF lacks for accessibility, and every
 * item that lists it.
 */
public final class AttachmentPage implements PageKind<AttachmentEntry> {
    private final PageParts parts;
    private final Labels labels;
    private final Messages t;

    public AttachmentPage(PageParts parts) {
        this.parts = parts;
        this.labels = parts.labels();
        this.t = parts.messages();
    }

    @Override
    public Stream<AttachmentEntry> subjects(SiteIndex index) {
        return index.attachments().values().stream();
    }

    @Override
    public String address(AttachmentEntry entry) {
        return entry.address();
    }

    /** The attachment as its first listing gives it, and each listing's meeting and item. */
    @Override
    public void reads(AttachmentEntry entry, SiteIndex index, Inputs in) {
        in.attachments(entry.firstUse().meeting(), entry.firstUse().item());
        for (var use : entry.uses()) in.shape(use.meeting()).summary(use.meeting()).heading(use.meeting(), use.item());
    }

    @Override
    public PageJob view(AttachmentEntry entry, SiteIndex index) {
        Attachment a = entry.attachment();
        List<Fact> facts = new ArrayList<>();
        if (!a.number().isEmpty()) facts.add(new Fact(t.get("attachment.number.label"), a.number(), "", ""));
        if (!a.reference().isEmpty()) facts.add(new Fact(t.get("attachment.reference"), a.reference(), "", ""));
        if (a.access().isPresent()) {
            facts.add(new Fact(t.get("item.access"), t.get(a.isClosed() ? "item.closed" : "item.open"), "", ""));
        }
        Link download = null;
        Link external = null;
        String availability = "";
        List<String> accessibility = List.of();
        String accessibilityOk = "";
        String documentHtml = "";
        List<PdfPage> pages = List.of();
        if (a.isClosed()) {
            availability = t.get("attachment.closedText");
        } else if (a.file().isPresent()) {
            AttachmentFile file = a.file().get();
            facts.add(new Fact(t.get("attachment.file"), file.fileName(), "", ""));
            facts.add(new Fact(t.get("attachment.format"), file.format(), "", ""));
            facts.add(new Fact(t.get("attachment.size"), labels.humanSize(file.size()), "", ""));
            file.pdf().ifPresent(p -> facts.add(new Fact(t.get("attachment.pages"), String.valueOf(p.pageCount()), "", "")));
            facts.add(new Fact(t.get("attachment.checksum"), file.sha256(), "", ""));
            if (file.isDocument()) {
                documentHtml = file.text().orElseThrow().html();
            } else {
                download = new Link(t.format("attachment.download", file.format(), labels.humanSize(file.size())),
                        Permalinks.attachmentDownload(file));
            }
            if (file.pdf().isPresent()) {
                PdfContent pdf = file.pdf().get();
                accessibility = missing(pdf).stream().map(m -> t.get("attachment.a11y." + m)).toList();
                accessibilityOk = pdf.isAccessible() ? t.get("attachment.a11y.ok") : t.get("attachment.a11y.alternative");
                pages = pdfPages(pdf);
            }
        } else if (!a.url().isEmpty()) {
            external = new Link(a.url(), a.url());
        } else {
            availability = t.get("attachment.noFile");
        }
        List<MeetingSummary> usedIn = entry.uses().stream().map(u -> new MeetingSummary(Permalinks.item(u.meeting(), u.item()),
                labels.itemHeading(u.item()), u.meeting().committee().name(), labels.typeLabel(u.meeting()),
                u.meeting().date().toString(), labels.formats().shortDate(u.meeting().date()), Labels.typeId(u.meeting().type())))
                .toList();
        AttachmentPageView view = new AttachmentPageView(a.title(), facts, download, external, availability, accessibility,
                accessibilityOk, documentHtml, pages, usedIn);
        Meeting meeting = entry.firstUse().meeting();
        PageMeta meta = parts.meta(a.title(), a.title(), List.of(parts.homeLink(),
                new Link(meeting.committee().name(), Permalinks.committee(meeting.committee())),
                new Link(labels.formats().shortDate(meeting.date()), Permalinks.meeting(meeting)),
                new Link(a.title(), "")), entry.address());
        // An attachment published without its file says no more than the items that list it: those are found instead.
        Map<String, Object> data = new HashMap<>(Map.of("attachment", view));
        if (!a.isClosed() && a.file().isPresent()) data.put("search", parts.searchTags(meeting, "search.type.attachment"));
        return parts.job(entry.address(), "attachment", meta, data);
    }

    /** The keys of what a PDF lacks: untagged, noTitle, noLanguage. */
    static List<String> missing(PdfContent pdf) {
        List<String> out = new ArrayList<>();
        if (!pdf.tagged()) out.add("untagged");
        if (pdf.title().isBlank()) out.add("noTitle");
        if (pdf.language().isBlank()) out.add("noLanguage");
        return out;
    }

    /** Each page's text as paragraphs: blank lines separate them, line breaks inside one are the PDF's layout. */
    private List<PdfPage> pdfPages(PdfContent pdf) {
        List<PdfPage> pages = new ArrayList<>();
        for (int i = 0; i < pdf.pageCount(); i++) {
            List<String> paragraphs = Arrays.stream(pdf.pageTexts().get(i).split("\\n\\s*\\n"))
                    .map(p -> p.replaceAll("\\s*\\n\\s*", " ").strip()).filter(p -> !p.isEmpty()).toList();
            pages.add(new PdfPage("side-" + (i + 1), t.format("attachment.page", i + 1), paragraphs));
        }
        return pages;
    }
}
