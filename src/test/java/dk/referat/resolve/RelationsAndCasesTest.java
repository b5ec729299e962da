package dk.referat.resolve;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/test/sites/relations: case 21/100 treated four times in two committees, case 21/200 once, a recommendation from
 * Økonomiudvalget to Byrådet written on one side only, and a postponement to an unpublished meeting.
 */
class RelationsAndCasesTest {
    static final String BR_JAN = "/byraadet/2021-01-20/";
    static final String OEU_MAR = "/oekonomiudvalget/2021-03-03/";
    static final String BR_MAR = "/byraadet/2021-03-24/";
    static final String BR_JUN = "/byraadet/2021-06-16/";

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = TestSites.build(TestSites.copy("relations", tmp.resolve("source")), site);
    }

    static Document page(String path) {
        return TestSites.page(site, path);
    }

    @Test
    void aRelationWrittenOnceIsShownOnBothItems() {
        Element forward = page(OEU_MAR).selectFirst("#punkt-5 .relations li");
        assertEquals("Indstilles til: Byrådet, 24. marts 2021: Punkt 7: Budget 2022", forward.text());
        assertEquals("../../byraadet/2021-03-24/index.html#punkt-7", forward.selectFirst("a").attr("href"));

        Element reverse = page(BR_MAR).selectFirst("#punkt-7 .relations li");
        assertEquals("Indstilling fra: Økonomiudvalget, 3. marts 2021: Punkt 5: Budget 2022", reverse.text());
        assertEquals("../../oekonomiudvalget/2021-03-03/index.html#punkt-5", reverse.selectFirst("a").attr("href"));
    }

    @Test
    void aRecommendationToABodyWithoutAMeetingLinksToTheCommittee() {
        Element li = page(BR_JUN).selectFirst("#punkt-2 .relations li");
        assertEquals("Indstilles til: Økonomiudvalget – Økonomiudvalget følger op i efteråret", li.text());
        assertEquals("../../oekonomiudvalget/index.html", li.selectFirst("a").attr("href"));
    }

    @Test
    void aRelationToAnUnpublishedMeetingIsTextAndAWarning() {
        Element li = page(BR_JAN).selectFirst("#punkt-3 .relations li");
        assertEquals("Udsat til: Byrådet, møde i februar 2021, punkt 4 (ikke offentliggjort på dette site)", li.text());
        assertTrue(li.select("a").isEmpty());
        assertEquals(List.of("content/byraadet/2021-01-20.md:14:9: warning: the relation points to byraadet/2021-02, "
                        + "which is not published; it is shown as text\n"
                        + "    fix: nothing to do if that meeting is not on this site; otherwise check the committee and date"),
                TestSites.contentWarnings(result).stream().map(p -> p.format(Language.ENGLISH)).toList());
    }

    @Test
    void theCasePageListsEveryTreatmentInDateOrder() {
        Document doc = page("/sager/21-100/");
        assertEquals("Budget 2022 – proces", doc.selectFirst("h1").text(), "the matter is named after its first treatment");
        assertEquals(List.of(
                        "../../byraadet/2021-01-20/index.html#punkt-3",
                        "../../oekonomiudvalget/2021-03-03/index.html#punkt-5",
                        "../../byraadet/2021-03-24/index.html#punkt-7",
                        "../../byraadet/2021-06-16/index.html#punkt-2"),
                doc.select(".timeline h3 a").eachAttr("href"));
        assertEquals(List.of("Byrådet, 20. januar 2021", "Økonomiudvalget, 3. marts 2021", "Byrådet, 24. marts 2021",
                "Byrådet, 16. juni 2021"), doc.select(".timeline .record-meta").eachText());
        Element oeu = doc.select(".timeline-entry").get(1);
        assertTrue(oeu.text().contains("Indstilling: Direktionen indstiller, at budgettet sendes videre til Byrådet."));
        assertTrue(oeu.text().contains("Beslutning: Anbefales."));
        assertEquals("../../sager/21-100/index.html", page(BR_MAR).selectFirst("#punkt-7 .item-meta a").attr("href"),
                "each item links to its case page");
    }

    @Test
    void previousAndNextTreatmentAreRightAtTheEdgesAndInTheMiddle() {
        Element first = page(BR_JAN).selectFirst("#punkt-3 .treatments");
        assertNull(first.selectFirst(".treatment-previous"));
        assertEquals("../../oekonomiudvalget/2021-03-03/index.html#punkt-5", first.selectFirst(".treatment-next a").attr("href"));

        Element middle = page(OEU_MAR).selectFirst("#punkt-5 .treatments");
        assertEquals("../../byraadet/2021-01-20/index.html#punkt-3", middle.selectFirst(".treatment-previous a").attr("href"));
        assertEquals("../../byraadet/2021-03-24/index.html#punkt-7", middle.selectFirst(".treatment-next a").attr("href"));

        Element last = page(BR_JUN).selectFirst("#punkt-2 .treatments");
        assertEquals("../2021-03-24/index.html#punkt-7", last.selectFirst(".treatment-previous a").attr("href"));
        assertNull(last.selectFirst(".treatment-next"));
    }

    @Test
    void referencesInTextBecomeLinksButNotInsideLinksCodeOrHeadings() {
        Element text = page(OEU_MAR).selectFirst("#punkt-5 .item-section--sagsfremstilling");
        assertEquals(List.of("punkt 6", "21/100", "21/100 i arkivet", "00.30.10"), text.select("a").eachText());
        assertEquals("#punkt-6", text.select("a.reference").get(0).attr("href"));
        assertEquals("../../sager/21-100/index.html", text.select("a.reference").get(1).attr("href"));
        assertEquals("https://arkiv.example.dk/21-100", text.select("a").get(2).attr("href"), "an existing link is left alone");
        assertEquals("../../kle/00-30-10/index.html", text.select("a.reference").get(2).attr("href"));
        assertEquals("21/100", text.selectFirst("code").text());
        assertTrue(text.select("code a, h4 a").isEmpty(), "no links inside code or headings");
        assertTrue(text.text().contains("Punkt 99 findes ikke, og 21/999 er ikke en kendt sag."));
    }

    @Test
    void classificationCodesHaveTheirOwnPageNotACaseTimeline() {
        Document kle = page("/kle/00-30-10/");
        assertEquals("KLE-nummer 00.30.10", kle.selectFirst("h1").text());
        assertEquals(List.of("../../oekonomiudvalget/2021-03-03/index.html#punkt-5"), kle.select(".timeline h3 a").eachAttr("href"));
        assertEquals(List.of("21-100/index.html", "../byraadet/2021-06-16/index.html#punkt-3"),
                page("/sager/").select(".record-list a").eachAttr("href"));
    }

    @Test
    void aMatterTreatedOnceHasNoPageItsNumberLeadsToItsItem() {
        assertFalse(Files.exists(site.resolve("sager/21-200")), "no page, and no feed, for a matter with one treatment");
        Element item = page(BR_JUN).selectFirst("#punkt-3");
        assertEquals("21/200", item.selectFirst(".item-meta .case-number").text());
        assertTrue(item.select(".item-meta a, .treatments").isEmpty(), "the item does not link to itself as its matter");
        assertEquals("../../byraadet/2021-06-16/index.html#punkt-3",
                page(OEU_MAR).selectFirst("#punkt-6 a.reference").attr("href"), "a mention of the number leads to the item");
        assertEquals("../../sager/21-100/index.html", page(BR_JUN).selectFirst("#punkt-3 a.reference").attr("href"));
    }
}
