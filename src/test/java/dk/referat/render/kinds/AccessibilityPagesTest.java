package dk.referat.render.kinds;

import static dk.referat.render.kinds.KindsSite.PARTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.config.AccessibilityStatement;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The attachment report, the statement and the WAS-Tool page: see also render.StatementPageTest for their settings. */
class AccessibilityPagesTest {
    private final AttachmentReportPage report = new AttachmentReportPage(PARTS);

    @Test
    void theReportSaysWhenNoAttachmentIsOfAFormItAssesses() {
        assertEquals(List.of("/tilgaengelighed/bilag/"), KindsSite.addresses(report));
        assertEquals("Sitets bilag er filer i formater, som Referat ikke vurderer.",
                KindsSite.page(report, "/tilgaengelighed/bilag/").selectFirst("main .lead").text());
    }

    @Test
    void theStatementNamesTheOrganisationAndItsContactAndReadsWhatTheReportReads() {
        AccessibilityStatement statement = KindsSite.CONFIG.accessibility();
        StatementPage kind = new StatementPage(PARTS, statement, false, report);
        Document page = KindsSite.page(kind, "/tilgaengelighedserklaering/");
        assertTrue(page.selectFirst("main").text().contains("Eksempel Kommune"), page.selectFirst("main").text());
        assertEquals("mailto:web@kommune.example", page.selectFirst("main a[href^=mailto]").attr("href"));
        assertEquals(KindsSite.reads(report, "/tilgaengelighed/bilag/"), KindsSite.reads(kind, "/tilgaengelighedserklaering/"));
    }

    @Test
    void theWasPageLeadsToTheWasToolAndIsThereOnlyWhenTheSiteHasOne() {
        WasPage kind = new WasPage(PARTS, KindsSite.CONFIG.accessibility().wasUrl());
        Document page = KindsSite.page(kind, "/was/");
        assertEquals("0; url=https://www.was.digst.dk/referater-example-dk", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals(List.of(), KindsSite.addresses(new WasPage(PARTS, "")));
    }
}
