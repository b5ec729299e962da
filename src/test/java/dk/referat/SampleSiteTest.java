package dk.referat;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample site in content/ carries every fact of the five seed records (src/test/resources/seeds,
 * copied from shared/seeds). Each seed is checked twice: targeted assertions on where each fact sits
 * on the page, and a word-by-word comparison of the whole seed text against the page text.
 */
class SampleSiteTest {
    static final String P000 = "/arbejdsplads-med/2020-04-30/";
    static final String P001 = "/sektor-med-boern-og-familie/2020-02-12/";
    static final String P002 = "/lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/";
    static final String P003 = "/udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-09-15/";
    static final String P004_MEETING = "/boerne-og-ungeudvalget/2021-06-07/";
    static final String P004 = "/boerne-og-ungeudvalget/bilag/status-task-force-projekt/";

    static final Path out = TestSites.sample().site();
    static final BuildResult result = TestSites.sample().result();

    static Document page(String path) {
        return TestSites.page(out, path);
    }

    static List<String> texts(Document doc, String css) {
        return doc.select(css).eachText();
    }

    @Test
    void buildsWithOnlyTheWarningsForMeetingsNotOnTheSite() {
        assertEquals(List.of(
                "content/udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-09-15.md:64:9: warning: the relation "
                        + "points to udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-08, which is not published; it is shown as text",
                "content/udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-09-15.md:226:9: warning: the relation "
                        + "points to udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-10, which is not published; it is shown as text"),
                result.warnings().stream().map(p -> p.format(Language.ENGLISH).lines().findFirst().orElseThrow()).toList());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("404.html")));
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
    }

    @Test
    void seed000ParticipantsAbsenteesItemAndApproval() {
        Document doc = page(P000);
        assertEquals("Referat fra Arbejdsplads MED udvalgmøde", doc.selectFirst("h1").text());
        assertEquals("2020-04-30T10:00", doc.selectFirst(".meeting-date time").attr("datetime"));
        assertTrue(doc.select(".facts").text().contains("kl. 10.00–12.00"));
        assertTrue(doc.select(".facts").text().contains("Afviklet over Microsoft Teams"));
        assertEquals(List.of(
                "Kristinna Stiller Blankschøn, AMR",
                "Gitte Lehmann, Sydøst og Tårs samt TR suppleant HK",
                "Helle Møller Larsen, Hirtshals og Sindal",
                "Mille Kobber Jønsson, Nordvest og Vrå",
                "Sanne Thomsen, Indsatsteamet",
                "Mathilde Kahr Madsen, teamleder",
                "Christina Ladehoff, afdelingsleder"), texts(doc, "#deltagere + ul > li"));
        assertEquals(List.of("Ulla Sørensen Nielsen, TR DS", "Tove Jørgensen, Familieplejespecialet"),
                texts(doc, "#afbud + ul > li"));
        assertTrue(doc.select(".facts").text().contains("Referent Christina Ladehoff"));
        assertEquals("Godkendelse: Referatet godkendes d.d. af alle mødedeltagere.", doc.selectFirst(".approval").text());

        Element item = doc.getElementById("punkt-droeftelse-vedr-serviceniveau-paa-myndighedsomraadet-forebyggende-indsatser");
        assertNotNull(item);
        assertEquals("Drøftelse vedr. Serviceniveau på myndighedsområdet – forebyggende indsatser", item.selectFirst("h2").text());
        assertEquals(List.of("Kommentarer til sagsfremstillingen:",
                "Kommentarer i øvrigt til vejledende serviceniveau vedr. forebyggende indsatser:"), texts(doc, ".agenda-item .item-section h3"));
        assertEquals(7, item.select(".item-section").get(0).select("li").size());
        assertEquals(4, item.select(".item-section").get(1).select("li").size());
    }

    @Test
    void seed001CaseNumberTimetableDecisionAndAttachments() {
        Document doc = page(P001);
        assertEquals("Åben dagsorden: Sektor-MED Børn og Familie", doc.selectFirst("h1").text());
        String facts = doc.select(".facts").text();
        assertTrue(facts.contains("Rådhuset, lokale 076"), facts);
        assertTrue(facts.contains("Børne- og Undervisningsforvaltningen"), facts);
        assertTrue(facts.contains("kl. 08.00"), facts);
        assertFalse(facts.contains("–"), "no end time is invented: " + facts);
        assertTrue(doc.select("#afbud").isEmpty(), "the empty 'Fraværende' list is not shown as a list");

        Element item = doc.getElementById("punkt-2");
        assertEquals("Punkt 2: Nyt serviceniveau på myndighedsområdet og nye arbejdsmetoder på udfører-området",
                item.selectFirst("h2").text());
        assertEquals(List.of("27.00.00-G01-250-19"), texts(doc, "#punkt-2 .item-meta .case-number"));
        assertEquals(List.of("Chefmøde", "Sektor-MED", "Direktion", "Udvalg", "ØK", "Byråd"),
                texts(doc, "#punkt-2 .item-section--sagsfremstilling tbody tr td:first-child"));
        assertEquals(List.of("Forum", "Møde", "Deadline"), texts(doc, "#punkt-2 thead th"));
        Element decision = item.selectFirst(".item-section--beslutning.decision");
        assertNotNull(decision, "the decision is marked up as the decision");
        assertTrue(decision.text().contains("Sektor-MED anbefaler, at der sættes fokus på samarbejdet mellem frivillige"));
        assertEquals(List.of("Sagsfremstilling nyt serviceniveau mm", "Serviceniveau - bilag"),
                texts(doc, "#punkt-2 .attachments li > a"));
        assertEquals(List.of("Filen er ikke lagt på dette site", "Filen er ikke lagt på dette site"),
                texts(doc, "#punkt-2 .attachment-status"), "the seed does not include the files");
        assertTrue(doc.select("#punkt-2 .attachment-access, #punkt-2 .item-meta dt:containsOwn(Status)").isEmpty(),
                "no open/closed status is claimed where the seed states none");
    }

    @Test
    void seed002PeopleTablesRecommendationsAttachmentsAndDecisions() {
        Document doc = page(P002);
        String facts = doc.select(".facts").text();
        assertTrue(facts.contains("Møde nr. Ekstraordinært MED-udvalgsmøde"), facts);
        assertTrue(facts.contains("kl. 09.00–11.00"), facts);
        assertTrue(facts.contains("Sted FTI"), facts);
        assertTrue(facts.contains("Referent ABK"), facts);
        List<String> participants = texts(doc, "#deltagere + ul > li");
        assertEquals(11, participants.size());
        assertEquals("Annette Kristensen, leder (formand)", participants.get(0));
        assertEquals("Annete B. L. Aagaard, AMR, FTI", participants.get(10));
        assertEquals(List.of("Ellenmarie Lauridsen, AMR, Familiehuset", "Ulla Steffensen, AMR, Familiehuset",
                "Pia Stab, afdelingsleder, afd. Markedsplads & afd. Gymnasievej"), texts(doc, "#afbud + ul > li"));
        assertEquals(List.of("Lene Stockholm Nielsen, TR-suppleant, BUPL/SL, Familiehuset",
                "Kirsten Lundkvist, Sundhedsplejen", "Eva-Britt G. Sørensen, FTI"), texts(doc, "#suppleanter + ul > li"));

        assertEquals(List.of("20/19585"), texts(doc, "#punkt-1 .item-meta .case-number"));
        assertTrue(doc.selectFirst("#punkt-1 .item-meta").text().contains("Status Åben"), "seed: '20/19585 Åben Sag'");
        assertEquals(2, doc.select("#punkt-1 table").size());
        assertEquals(List.of("30+ år 30 41 24 95 444", "18-29 år 59 31 35 125 91", "I alt 89 72 59 220 535"),
                doc.select("#punkt-1 table").get(0).select("tbody tr").eachText());
        assertEquals(List.of("15-17 år 37 23 86 146"), doc.select("#punkt-1 table").get(1).select("tbody tr").eachText());
        assertEquals(3, doc.select("#punkt-1 .item-section--indstilling ol > li").size());
        assertEquals(List.of("Model 3 - Helhedsorienteret og tværgående sagsbehandling og indsats - 17. marts 2021",
                        "Bilag til model 3 - 17. marts 2021", "Samarbejdsmodel for ungeindsats, jobcenter og Socialområdet"),
                texts(doc, "#punkt-1 .attachments li > a"));
        assertEquals(List.of("Dok.nr. 3054201", "Dok.nr. 3054208"), texts(doc, "#punkt-1 .attachment-number"));
        assertEquals(List.of("Åben", "Åben", "Åben"), texts(doc, "#punkt-1 .attachment-access"), "seed: each Bilag 'Åben'");
        assertEquals(List.of("(44617/21) (H)", "(44624/21) (H)", "(128264/21) (H)"),
                texts(doc, "#punkt-1 .attachment-reference"));
        assertEquals(List.of("AD 1)", "AD 2)", "AD 3)"), texts(doc, "#punkt-1 .decision h4"));
        assertTrue(doc.selectFirst("#punkt-1 .item-section--indledning").text()
                .contains("Socialchef Hanne Nielsen deltager i mødet og orienterer."));
    }

    @Test
    void seed003ItemsKleNumbersAndSections() {
        Document doc = page(P003);
        assertEquals(List.of("Punkt 26: Velkomst", "Punkt 27: Konkrete eksempler på ressourceforløb",
                        "Punkt 28: De eksterne medlemmer tager ordet", "Punkt 29: Supervision i Faxe kommune",
                        "Punkt 30: Afslutning og næste møde"), texts(doc, ".toc li"));
        for (String n : List.of("26", "27", "28", "30")) {
            assertEquals(List.of("00.22.04-A30-30-19"), texts(doc, "#punkt-" + n + " .item-meta .case-number"));
        }
        assertEquals(List.of("85.02.01-A00-1-20"), texts(doc, "#punkt-29 .item-meta .case-number"));
        assertEquals(List.of("Sagsfremstilling", "Lovgrundlag", "Økonomi", "Sagen afgøres af", "Indstilling", "Beslutning"),
                doc.select("#punkt-26 h3").stream().map(h -> h.ownText()).toList());
        assertEquals("Beslutning: Punkt 26: Velkomst", doc.selectFirst("#beslutning-punkt-26").text(),
                "the decision's heading names its item, for screen readers and search results");
        assertEquals(List.of("sagsfremstilling", "lovgrundlag", "oekonomi", "afgoeres-af", "indstilling", "beslutning"),
                doc.select("#punkt-26 .item-section").stream().map(e -> e.className().split(" ")[1]
                        .replace("item-section--", "")).toList());
        assertEquals("lovgrundlag", doc.selectFirst("#punkt-28 .item-section:has(h3:containsOwn(Lovgivning.))")
                .className().split(" ")[1].replace("item-section--", ""));
        assertTrue(doc.getElementById("punkt-27").text().contains("(Genoptagelse. Sag udsat fra mødet i august måned 2020)"));
        assertTrue(doc.getElementById("punkt-29").text().contains("Dagsordenspunktet genoptages derfor på mødet i oktober."));
        assertEquals(3, doc.select("#punkt-27 .item-section--indstilling li").size());
        assertEquals(3, doc.select("#punkt-28 .item-section--sagsfremstilling ol > li").size());
    }

    @Test
    void seed004IsAnAttachmentPageLinkedFromItsMeetingAndBack() {
        Document meeting = page(P004_MEETING);
        Element link = meeting.selectFirst(".attachments a");
        assertEquals("Bilag 1: Status på Task Force projekt i Afdeling Børn og Familie", link.attr("aria-label"));
        assertEquals("../bilag/status-task-force-projekt/index.html", link.attr("href"));

        Document doc = page(P004);
        assertEquals("Status på Task Force projekt i Afdeling Børn og Familie", doc.selectFirst("h1").text());
        Element usedIn = doc.selectFirst("#brugt-i + ul a");
        assertEquals("../../2021-06-07/index.html#punkt-status-paa-task-force-projekt-i-afdeling-boern-og-familie",
                usedIn.attr("href"));
        Element document = doc.selectFirst(".document");
        assertEquals(List.of("Implementering af udviklingsplan i samarbejde med Socialstyrelsen, der skal styrke det socialfaglige arbejde",
                "Kompetenceudvikling for medarbejdere og ledere", "Fokus på psykisk arbejdsmiljø og sagstal",
                "Bedre fysiske rammer for borgere og medarbejdere"), document.select("h3:containsOwn(Fokus- punkter) + ol > li").eachText());
        assertTrue(document.select("strong").eachText().contains("Der er igangsat et lederudviklingsforløb"));
        assertTrue(document.select("em").eachText().contains("Der er stor tilfredshed med samarbejdet med de forebyggende rådgivere"));
        assertTrue(document.select("li li li").size() >= 2, "nested lists keep their depth");
        assertEquals(19, document.select("li.check").size(), "each of the 19 check-marked items is marked for the stylesheet");
        assertTrue(document.text().contains("✓ Fra 1. april/1. maj 2021 er der ansat 10 nye medarbejdere og 4 nye ledere"));
    }

    @Test
    void seeds000And001AreOneMatterLinkedBothWays() {
        Element discussion = page(P000).selectFirst(".agenda-item .relations li");
        assertEquals("Drøfter sagen fra: Sektor-MED Børn og Familie, 12. februar 2020: Punkt 2: Nyt serviceniveau på "
                + "myndighedsområdet og nye arbejdsmetoder på udfører-området", discussion.text());
        assertEquals("../../sektor-med-boern-og-familie/2020-02-12/index.html#punkt-2", discussion.selectFirst("a").attr("href"));
        Element back = page(P001).selectFirst("#punkt-2 .relations li");
        assertEquals("Drøftet videre i: Arbejdsplads MED, 30. april 2020: Drøftelse vedr. Serviceniveau på "
                + "myndighedsområdet – forebyggende indsatser", back.text());

        Document matter = page("/sager/27-00-00-g01-250-19/");
        assertEquals(List.of("Sektor-MED Børn og Familie, 12. februar 2020", "Arbejdsplads MED, 30. april 2020"),
                texts(matter, ".timeline .record-meta"), "the workplace committee's discussion is on the matter's timeline");
        assertEquals("../../arbejdsplads-med/2020-04-30/index.html#punkt-droeftelse-vedr-serviceniveau-paa-myndighedsomraadet-forebyggende-indsatser",
                page(P001).selectFirst("#punkt-2 .treatment-next a").attr("href"));
    }

    @Test
    void seed003ResumptionAndCarryAreShownAsRelationsToMeetingsNotOnTheSite() {
        Document doc = page(P003);
        assertEquals("Genoptager: Udvalget til analyse af den kommunale sagsbehandling, møde i august 2020 "
                + "(ikke offentliggjort på dette site)", doc.selectFirst("#punkt-27 .relations li").text());
        assertEquals("Udsat til: Udvalget til analyse af den kommunale sagsbehandling, møde i oktober 2020 "
                + "(ikke offentliggjort på dette site)", doc.selectFirst("#punkt-29 .relations li").text());
        assertEquals(List.of("../../kle/00-22-04-a30-30-19/index.html"), doc.select("#punkt-26 .item-meta a").eachAttr("href"));
        assertEquals(4, page("/kle/00-22-04-a30-30-19/").select(".timeline-entry").size(),
                "the classification code lists its items without flooding a case timeline");
    }

    /**
     * Every word of every seed is on its page, apart from PDF artefacts, labels the site words its own
     * way, and times, which the site writes the Danish way ("kl. 08.00") and the tests above check.
     */
    @ParameterizedTest
    @CsvSource({
            "000_2c8c1592a2424e5c.txt, " + P000 + ", hjørring 30-04-2020 udvalgmøde torsdag afviklet deltagere afbud 10-12",
            "001_cd3852ce1c057a26.txt, " + P001 + ", side 1 08 00 mødedato mødet påbegyndt afsluttet mødested fraværende bilag/punkt_2_bilag_1.pdf bilag/punkt_2_bilag_2.pdf",
            "002_d30d2030459dc31e.txt, " + P002 + ", 09 00 11 møde nr dato tid sted deltagere afbud suppleanter punkt sag bilag 1 2 3 26.10.2021",
            "003_03b119f11d7e5a79.txt, " + P003 + ", 17 00 indholdsfortegnelse mødedato mødested tirsdag d 15-09-2020 referat punkt 3 5 8 10 12",
            "004_2c40d40c0ed75c0e.txt, " + P004 + ", ''",
    })
    void everyWordOfTheSeedIsOnItsPage(String seed, String path, String allowedMissing) throws IOException {
        String seedText = Files.readString(TestSites.repository().resolve("src/test/resources/seeds").resolve(seed),
                StandardCharsets.UTF_8);
        Document doc = page(path);
        String pageText = words(doc.text()).toString();
        Set<String> pageWords = words(doc.text());
        Set<String> allowed = Set.of(allowedMissing.split(" "));
        List<String> missing = new ArrayList<>();
        for (String word : words(seedText)) {
            if (!pageWords.contains(word) && !allowed.contains(word)) missing.add(word);
        }
        assertEquals(List.of(), missing, "words of " + seed + " missing from " + path + " (page has " + pageText.length() + " chars)");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./_+-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group().replaceAll("[.]+$", ""));
        return out;
    }
}
