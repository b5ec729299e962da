package dk.referat.render.kinds;

import dk.referat.model.AttachmentFile;
import dk.referat.model.Meeting;
import dk.referat.model.PdfContent;
import dk.referat.render.Inputs;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.ReportRow;
import dk.referat.resolve.AttachmentEntry;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report of PDF attachments that are not accessible, {@code /tilgaengelighed/bilag/}: each with
 * what it lacks, newest first. The accessibility statement counts the same rows.
 */
public final class AttachmentReportPage implements PageKind.Single {
    private final PageParts parts;
    private final Messages t;

    public AttachmentReportPage(PageParts parts) {
        this.parts = parts;
        this.t = parts.messages();
    }

    @Override
    public String address() {
        return Permalinks.ATTACHMENT_REPORT;
    }

    /** Every attachment as its first listing gives it. */
    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        index.attachments().values().forEach(e -> in.shape(e.firstUse().meeting()).attachments(e.firstUse().meeting(), e.firstUse().item()));
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        List<ReportRow> rows = rows(index);
        boolean pdfs = publishedPdfs(index).findAny().isPresent();
        String lead = pdfs ? t.get("report.intro")
                : index.attachments().values().stream().anyMatch(e -> !e.attachment().isClosed() && e.attachment().file().isPresent())
                ? t.get("report.noneAssessed") : t.get("report.noFiles");
        PageMeta meta = parts.meta(t.get("report.title"), lead, parts.underHome(t.get("report.title")), Permalinks.ATTACHMENT_REPORT);
        return parts.job(Permalinks.ATTACHMENT_REPORT, "attachment-report", meta, Map.of("rows", rows, "lead", lead,
                "empty", pdfs ? t.get("report.empty") : ""));
    }

    /** The open attachments published as PDF files: the ones the report and the statement can speak of. */
    static Stream<AttachmentEntry> publishedPdfs(SiteIndex index) {
        return index.attachments().values().stream()
                .filter(e -> !e.attachment().isClosed() && e.attachment().file().flatMap(AttachmentFile::pdf).isPresent());
    }

    /** The published PDFs that are not accessible, newest first. */
    List<ReportRow> rows(SiteIndex index) {
        List<ReportRow> rows = new ArrayList<>();
        for (AttachmentEntry entry : publishedPdfs(index).toList()) {
            PdfContent pdf = entry.attachment().file().flatMap(AttachmentFile::pdf).orElseThrow();
            if (pdf.isAccessible()) continue;
            Meeting first = entry.firstUse().meeting();
            String lacks = AttachmentPage.missing(pdf).stream().map(m -> t.get("report.missing." + switch (m) {
                case "untagged" -> "tags";
                case "noTitle" -> "title";
                default -> "language";
            })).collect(Collectors.joining(", "));
            rows.add(new ReportRow(entry.address(), entry.attachment().title(), first.committee().name(),
                    first.date().toString(), parts.labels().formats().shortDate(first.date()), lacks));
        }
        rows.sort(Comparator.comparing(ReportRow::isoDate).reversed().thenComparing(ReportRow::title));
        return rows;
    }
}
