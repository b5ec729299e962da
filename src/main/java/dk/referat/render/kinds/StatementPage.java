package dk.referat.render.kinds;

import dk.referat.config.AccessibilityStatement;
import dk.referat.render.Inputs;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PageKind;
import dk.referat.render.PageParts;
import dk.referat.render.Views.Link;
import dk.referat.render.Views.PageMeta;
import dk.referat.render.Views.StatementView;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accessibility statement, {@code /tilgaengelighedserklaering/}. It says only what the site's
 * settings and its own attachments back: each part the site has not stated says so.
 */
public final class StatementPage implements PageKind.Single {
    private final PageParts parts;
    private final Messages t;
    private final AccessibilityStatement statement;
    private final boolean ownTheme;
    private final AttachmentReportPage report;

    /**
     * @param ownTheme whether the site's own templates/ or assets/ replace any of Referat's, which
     *                 Referat's tests check in a browser: the statement cannot then say they were
     * @param report   the report whose rows the statement counts among its deviations
     */
    public StatementPage(PageParts parts, AccessibilityStatement statement, boolean ownTheme, AttachmentReportPage report) {
        this.parts = parts;
        this.t = parts.messages();
        this.statement = statement;
        this.ownTheme = ownTheme;
        this.report = report;
    }

    @Override
    public String address() {
        return Permalinks.STATEMENT;
    }

    @Override
    public void reads(SiteIndex site, SiteIndex index, Inputs in) {
        report.reads(site, index, in);
    }

    @Override
    public PageJob view(SiteIndex site, SiteIndex index) {
        String organisation = statement.organisation().isEmpty() ? parts.siteTitle() : statement.organisation();
        String contact = statement.contact();
        Link contactLink = contact.isEmpty() ? null
                : new Link(contact, contact.contains("@") && !contact.contains("/") ? "mailto:" + contact : contact);
        List<String> deviations = new ArrayList<>(statement.deviations().orElse(List.of()));
        long pdfs = AttachmentReportPage.publishedPdfs(index).count();
        int failing = report.rows(index).size();
        if (failing > 0) deviations.add(parts.labels().count("statement.pdfDeviation", failing));
        String none = statement.deviations().isPresent() ? t.get("statement.noDeviations") : t.get("statement.deviationsUnstated");
        StatementView view = new StatementView(t.format("statement.intro", organisation),
                t.get(ownTheme ? "statement.ownTheme" : "statement.tested"), contactLink,
                contactLink == null ? t.get("statement.contactUnstated") : "",
                statement.reviewed().map(Object::toString).orElse(""),
                statement.reviewed().map(parts.labels().formats()::shortDate).orElse(""),
                statement.reviewed().isEmpty() ? t.get("statement.reviewedUnstated") : "",
                deviations, none, pdfs == 0 ? "" : t.get("statement.attachments"), statement.wasUrl());
        PageMeta meta = parts.meta(t.get("statement.title"), t.format("statement.intro", organisation),
                parts.underHome(t.get("statement.title")), Permalinks.STATEMENT);
        return parts.job(Permalinks.STATEMENT, "statement", meta, Map.of("statement", view));
    }
}
