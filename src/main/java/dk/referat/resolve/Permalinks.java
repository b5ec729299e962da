package dk.referat.resolve;

import dk.referat.model.AgendaItem;
import dk.referat.model.AttachmentFile;
import dk.referat.model.CaseNumber;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
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
        return CASES + slug(number.value()) + "/";
    }

    public static String classification(String code) {
        return CLASSIFICATIONS + slug(code) + "/";
    }

    private static String slug(String number) {
        return number.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-");
    }

    /** "om-sitet.md" → "/om-sitet/"; "om/index.md" → "/om/". */
    public static String page(PlainPage page) {
        String path = SourceScanner.withoutMarkdownExtension(page.contentPath());
        if (path.equals("index")) return HOME;
        if (path.endsWith("/index")) path = path.substring(0, path.length() - "index".length());
        else path = path + "/";
        return "/" + path;
    }

    /**
     * A Markdown attachment is a page; any other file is published as it is, at its content path.
     * The address is percent-encoded ("Bilag 1 #2.pdf" → "Bilag%201%20%232.pdf"): file names are the
     * editor's, and a '#' or '%' in one must not break the link.
     */
    public static String attachment(AttachmentFile file) {
        String path = "/" + (file.text().isPresent()
                ? SourceScanner.withoutMarkdownExtension(file.contentPath()) + "/" : file.contentPath());
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file name cannot be made into an address: " + path, e);
        }
    }

    /** Where an attachment file is written: the same path as its address, not encoded. */
    public static String attachmentFile(AttachmentFile file) {
        return "/" + file.contentPath();
    }
}
