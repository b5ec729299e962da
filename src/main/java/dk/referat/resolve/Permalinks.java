package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.assemble.Slugs;
import dk.referat.model.Attachment;
import dk.referat.model.AttachmentFile;
import dk.referat.model.CaseNumber;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import dk.referat.model.Removed;
import dk.referat.source.SourceScanner;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address of every page, as a site-absolute path ("/arbejdsplads-med/2020-04-30/"). Pages are
 * folders with an index.html, so addresses stay readable and stable; the post-processing step turns
 * these paths into relative links so the site works from any sub-path and from disk.
 */
public final class Permalinks {
    public static final String HOME = "/";
    public static final String NOT_FOUND = "/404.html";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ASSETS = "/assets/";
    public static final String CASES = "/sager/";
    public static final String CLASSIFICATIONS = "/kle/";
    public static final String ATTACHMENTS = "/bilag/";
    public static final String ATTACHMENT_REPORT = "/tilgaengelighed/bilag/";
    public static final String STATEMENT = "/tilgaengelighedserklaering/";
    public static final String WAS = "/was/";
    public static final String SEARCH = "/soeg/";
    public static final String FEED = "/feed.xml";
    public static final String CALENDAR = "/kalender.ics";
    public static final String YEARS = "/aar/";
    public static final String DATA_INDEX = "/data.json";
    public static final String ROBOTS = "/robots.txt";

    public static String committeeFeed(Committee committee) {
        return committee(committee) + "feed.xml";
    }

    public static String committeeCalendar(Committee committee) {
        return committee(committee) + "kalender.ics";
    }

    public static String caseFeed(CaseNumber number) {
        return caseFile(number) + "feed.xml";
    }

    public static String year(int year) {
        return YEARS + year + "/";
    }

    /** A record's open data, beside its page. */
    public static String meetingData(Meeting meeting) {
        return meeting(meeting) + "index.json";
    }

    private Permalinks() {
    }

    public static String committee(Committee committee) {
        return "/" + committee.slug() + "/";
    }

    public static String meeting(Meeting meeting) {
        return "/" + meeting.committee().slug() + "/" + meeting.slug() + "/";
    }

    public static String item(Meeting meeting, AgendaItem item) {
        return meeting(meeting) + "#" + item.anchor();
    }

    /** "20/19585" → "/sager/20-19585/"; "27.00.00-G01-250-19" → "/sager/27-00-00-g01-250-19/". */
    public static String caseFile(CaseNumber number) {
        return CASES + Slugs.of(number.value()) + "/";
    }

    public static String classification(String code) {
        return CLASSIFICATIONS + Slugs.of(code) + "/";
    }

    /** "om-sitet.md" → "/om-sitet/"; "om/index.md" → "/om/". */
    public static String page(PlainPage page) {
        return page(page.contentPath());
    }

    /** Where a page taken down was: where its notice is. */
    public static String removed(Removed removed) {
        if (removed instanceof Removed.Meeting m) return "/" + m.committee().slug() + "/" + m.slug() + "/";
        return page(((Removed.Page) removed).contentPath());
    }

    private static String page(String contentPath) {
        String path = SourceScanner.withoutMarkdownExtension(contentPath);
        if (path.equals("index")) return HOME;
        if (path.endsWith("/index")) path = path.substring(0, path.length() - "index".length());
        else path = path + "/";
        return encode("/" + path);
    }

    /**
     * An attachment's page, which is also its identity: every listing with the same address is one
     * attachment. A published file's page sits beside the file ("/udvalg/bilag/budget/" for
     * budget.pdf); one known by its document number is the same page for the whole body; one known
     * only by its web address is one page per address; anything else belongs to its item. A closed
     * attachment's address never shows its file name.
     *
     * @param position the attachment's place in the item's list, from 1
     */
    public static String attachmentPage(Meeting meeting, AgendaItem item, Attachment attachment, int position) {
        if (!attachment.isClosed()) {
            if (attachment.file().isPresent()) {
                return encode("/" + SourceScanner.withoutExtension(attachment.file().get().contentPath()) + "/");
            }
            if (!attachment.number().isEmpty()) {
                return ATTACHMENTS + Slugs.of(meeting.committee().body()) + "-" + Slugs.of(attachment.number()) + "/";
            }
            if (!attachment.url().isEmpty()) {
                return ATTACHMENTS + Slugs.of(attachment.title()) + "-" + shortHash(attachment.url()) + "/";
            }
        }
        return meeting(meeting) + "bilag/" + item.anchor() + "-" + position + "/";
    }

    /** Where a published file can be downloaded, percent-encoded ("Bilag 1 #2.pdf" → "Bilag%201%20%232.pdf"). */
    public static String attachmentDownload(AttachmentFile file) {
        return encode("/" + file.contentPath());
    }

    /** File names are the editor's: a '#', '%' or space in one must not break the link. */
    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file name cannot be made into an address: " + path, e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
