package dk.referat.render;

import java.util.List;

/**
 * What templates see: flat, ready-made values. Every decision (labels, formats, which link) is made
 * in Java, so templates hold presentation only. Links are site-absolute paths; post-processing makes
 * them relative.
 */
public final class Views {
    private Views() {
    }

    /** What every page has. {@code canonical} is empty when the site has no public address configured. */
    /**
     * @param documentTitle what the browser tab shows: the page's title and the site's
     * @param alternates    feeds and calendars to follow from this page, advertised in the head and shown on the page
     * @param jsonLd        schema.org data for search engines, already serialised; empty for none
     * @param indexed       whether search engines may index the page: not a notice of a page taken down, nor the 404 page
     */
    public record PageMeta(String title, String documentTitle, String description, List<Link> breadcrumbs,
                           String canonical, String path, List<Alternate> alternates, String ogType, String jsonLd,
                           boolean indexed) {

        public PageMeta withAlternates(List<Alternate> more) {
            return new PageMeta(title, documentTitle, description, breadcrumbs, canonical, path, more, ogType, jsonLd, indexed);
        }

        public PageMeta withJsonLd(String json, String type) {
            return new PageMeta(title, documentTitle, description, breadcrumbs, canonical, path, alternates, type, json, indexed);
        }

        public PageMeta notIndexed() {
            return new PageMeta(title, documentTitle, description, breadcrumbs, "", path, alternates, ogType, jsonLd, false);
        }
    }

    /** A notice where a page taken down was: what it was, when it went, and why when its editor said. */
    public record RemovedView(String what, String text, String reason, Link committee) {
    }

    /** @param mediaType application/atom+xml or text/calendar */
    public record Alternate(String label, String href, String mediaType) {
    }

    public record Link(String label, String href) {
    }

    public record SiteView(String title, String language, List<Link> navigation, List<Link> footerLinks) {
    }

    /** A meeting in a list. */
    public record MeetingSummary(String href, String label, String committeeName, String typeLabel, String isoDate,
                                 String dateText, String typeId) {
    }

    public record CommitteeSummary(String href, String name, String body, String kindLabel, String countText) {
    }

    public record YearGroup(int year, List<MeetingSummary> meetings) {
    }

    public record CommitteeView(String name, String body, String kindLabel, String description,
                                List<YearGroup> years) {
    }

    public record Fact(String label, String value, String href, String datetime) {
    }

    public record Person(String name, String role) {
    }

    public record PeopleGroup(String id, String heading, List<Person> people) {
    }

    /**
     * @param anchor the decision's own fragment ("beslutning-punkt-27"), where search results about it
     *               lead; empty for other sections
     */
    public record SectionView(String kind, String heading, String html, boolean decision, String anchor) {
    }

    /**
     * @param label   the accessible name of the link: "Bilag 1: Model 3 …"
     * @param href    empty when there is nothing to link to (closed, or not published)
     * @param access  "Åben" when the record states it, else empty
     * @param status  why there is no link, or what the link is ("Ekstern henvisning")
     */
    public record AttachmentView(String label, String title, String number, String reference, String href,
                                 String access, String status) {
    }

    /**
     * @param cases          links to the item's case pages
     * @param classification links to the item's KLE pages
     * @param relations      relations both ways, looked up
     * @param history        for each matter the item belongs to, the treatments before and after it
     */
    /** @param accessText "Åben" or "Lukket" when the record states it, else empty */
    public record ItemView(String anchor, String heading, boolean closed, String accessText, List<Link> cases,
                           List<Link> classification, List<SectionView> sections,
                           List<AttachmentView> attachments, List<RelationView> relations,
                           List<HistoryView> history) {
    }

    /** @param href empty when the other side is not published (then {@code label} is plain text) */
    public record RelationView(String kind, String label, String href, String note) {
    }

    public record HistoryView(Link caseLink, Link previous, Link next) {
    }

    /** One treatment on a case or KLE page. */
    public record TimelineEntry(String href, String itemHeading, String committeeName, String isoDate, String dateText,
                                String recommendation, String decision) {
    }

    public record CaseView(String number, String title, List<TimelineEntry> timeline) {
    }

    public record CaseSummary(String href, String number, String title, String countText) {
    }

    public record MeetingView(String heading, String typeLabel, String isoDateTime, String dateText, boolean cancelled,
                              List<Fact> facts, List<PeopleGroup> people, String approval,
                              String preambleHtml, List<ItemView> items, Link previous, Link next,
                              List<Fact> corrections, Link edit) {
    }

    /**
     * An attachment's page.
     *
     * @param availability what a citizen can get: empty when there is a download or a document below
     * @param accessibility what the PDF lacks, one sentence each; empty when it lacks nothing or is no PDF
     * @param documentHtml  a Markdown attachment rendered; empty otherwise
     * @param pages         a PDF's text, page by page; empty otherwise
     */
    public record AttachmentPageView(String title, List<Fact> facts, Link download, Link external, String availability,
                                     List<String> accessibility, String accessibilityOk, String documentHtml,
                                     List<PdfPage> pages, List<MeetingSummary> usedIn) {
    }

    /** @param paragraphs the page's text in paragraphs; empty when the page has no text */
    public record PdfPage(String id, String heading, List<String> paragraphs) {
    }

    /**
     * What the accessibility statement says; each part the site has not stated is a sentence saying so.
     *
     * @param tested       how the pages were checked, as far as Referat knows it
     * @param contact      a link to write to: mailto: for an e-mail address; null when none is configured
     * @param deviations   the known deviations, the PDF attachments that do not comply counted among them
     * @param noDeviations what stands when the list is empty: that none are known, or that none are stated
     * @param pdfReport    the sentence leading to the list of PDF attachments that do not comply; empty when the site has none
     */
    public record StatementView(String intro, String tested, Link contact, String noContact, String reviewedIso,
                                String reviewedText, String notReviewed, List<String> deviations, String noDeviations,
                                String pdfReport, String wasUrl) {
    }

    /**
     * How a page is indexed for search: the filters and facts a result shows. A case or KLE page spans
     * committees and years, and is found under each of them.
     */
    public record SearchTags(List<String> committees, List<String> years, String date, String type) {
        public String committee() {
            return String.join(", ", committees);
        }
    }

    public record ReportRow(String href, String title, String committeeName, String isoDate, String dateText,
                            String missing) {
    }

    public record PlainPageView(String html) {
    }
}
