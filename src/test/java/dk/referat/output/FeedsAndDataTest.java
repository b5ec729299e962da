package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dk.referat.TestSites;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, calendars and open data of the sample site, read back with real parsers (Rome, ical4j, Jackson). */
class FeedsAndDataTest {
    static final String HOST = "https://referat.example.org/";
    static final Path site = TestSites.sample().site();

    static SyndFeed feed(String path) throws Exception {
        return new SyndFeedInput().build(new XmlReader(site.resolve(path).toFile()));
    }

    static String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", TestSites.repository().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static Calendar calendar(Path file) throws Exception {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return new CalendarBuilder().build(in);
        }
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theAtomFeedsListTheRecordsNewestFirstWithWorkingLinks() throws Exception {
        SyndFeed all = feed("feed.xml");
        assertEquals("atom_1.0", all.getFeedType());
        assertEquals(5, all.getEntries().size());
        SyndEntry newest = all.getEntries().get(0);
        assertEquals("Referat: Lokal-MED FTI, Familiehuset og Sundhedsplejen, 26. oktober 2021", newest.getTitle());
        assertEquals(HOST + "lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/", newest.getLink());
        // The sample's records are in this repository's git history: an entry was published and last
        // changed at commits of its record, not at its meeting's time.
        List<Instant> commits = git("log", "--format=%cI", "--", "content/lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26.md")
                .lines().map(l -> java.time.OffsetDateTime.parse(l.strip()).toInstant()).toList();
        Instant published = newest.getPublishedDate().toInstant();
        Instant updated = newest.getUpdatedDate().toInstant();
        assertTrue(commits.contains(published) && commits.contains(updated) && !updated.isBefore(published), published + " " + updated);
        assertEquals("Norddjurs Kommune", newest.getAuthors().get(0).getName(), "the author is the body");

        SyndFeed committee = feed("arbejdsplads-med/feed.xml");
        assertEquals(List.of(HOST + "arbejdsplads-med/2020-04-30/"), committee.getEntries().stream().map(SyndEntry::getLink).toList());

        SyndFeed matter = feed("sager/27-00-00-g01-250-19/feed.xml");
        assertEquals(List.of(HOST + "arbejdsplads-med/2020-04-30/#punkt-droeftelse-vedr-serviceniveau-paa-myndighedsomraadet-forebyggende-indsatser",
                HOST + "sektor-med-boern-og-familie/2020-02-12/#punkt-2"), matter.getEntries().stream().map(SyndEntry::getLink).toList());
        for (SyndEntry e : all.getEntries()) {
            Path page = site.resolve(e.getLink().substring(HOST.length())).resolve("index.html");
            assertTrue(Files.isRegularFile(page), e.getLink());
        }
    }

    @Test
    void calendarsHaveCopenhagenTimesPlacesAndLinks() throws Exception {
        Calendar all = calendar(site.resolve("kalender.ics"));
        List<VEvent> events = all.getComponents("VEVENT");
        assertEquals(5, events.size());
        VEvent winter = events.stream().filter(e -> value(e, "URL").endsWith("/sektor-med-boern-og-familie/2020-02-12/")).findFirst().orElseThrow();
        assertEquals(ZonedDateTime.of(2020, 2, 12, 8, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant(),
                ZonedDateTime.from(winter.getDateTimeStart().orElseThrow().getDate()).toInstant(), "08:00 CET is 07:00 UTC");
        assertEquals("Rådhuset, lokale 076", value(winter, "LOCATION"));
        assertEquals("Dagsorden med beslutninger: Sektor-MED Børn og Familie", value(winter, "SUMMARY"));
        assertNull(value(winter, "DTEND"), "no end time is invented");
        VEvent summer = events.stream().filter(e -> value(e, "URL").endsWith("/2021-10-26/")).findFirst().orElseThrow();
        assertEquals(ZonedDateTime.of(2021, 10, 26, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant(),
                ZonedDateTime.from(summer.getDateTimeStart().orElseThrow().getDate()).toInstant(), "09:00 CEST is 07:00 UTC");
        assertEquals(ZonedDateTime.of(2021, 10, 26, 11, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant(),
                ZonedDateTime.from(summer.getDateTimeEnd().orElseThrow().getDate()).toInstant());
        assertEquals("CONFIRMED", value(summer, "STATUS"));
        assertEquals(1, calendar(site.resolve("arbejdsplads-med/kalender.ics")).getComponents("VEVENT").size());
    }

    @Test
    void aCancelledMeetingIsCancelledInTheCalendar(@TempDir Path out) throws Exception {
        TestSites.build(TestSites.fixture("publication"), out);
        VEvent cancelled = calendar(out.resolve("byraadet/kalender.ics")).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, "UID").equals("byraadet-2020-03-11@referat")).findFirst().orElseThrow();
        assertNull(value(cancelled, "URL"), "without site.host there is no absolute address to give");
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("Mødet er aflyst.", TestSites.page(out, "/byraadet/2020-03-11/").selectFirst(".notice").text());
    }

    @Test
    void feedsAndCalendarsAreAdvertisedAndVisible() {
        Document meeting = TestSites.page(site, "/arbejdsplads-med/2020-04-30/");
        assertEquals(List.of("../feed.xml", "../kalender.ics"), meeting.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("Nyhedsfeed (Atom): Arbejdsplads MED", "Kalender (iCal): Arbejdsplads MED"),
                meeting.select(".follow a").eachText());
        assertEquals("feed.xml",
                TestSites.page(site, "/sager/27-00-00-g01-250-19/").selectFirst("link[type=application/atom+xml]").attr("href"));
        assertEquals(2, TestSites.page(site, "/").select("link[rel=alternate]").size());
    }

    @Test
    void meetingPagesCarryEventDataAndOpenGraph() throws Exception {
        Document page = TestSites.page(site, "/lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/");
        JsonNode event = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Event", event.get("@type").asText());
        assertEquals("2021-10-26T09:00+02:00", event.get("startDate").asText());
        assertEquals("FTI", event.at("/location/name").asText());
        assertEquals("Norddjurs Kommune", event.at("/organizer/parentOrganization/name").asText());
        assertEquals(HOST + "lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/",
                page.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:title]").attr("content").startsWith("Referat: Lokal-MED FTI"));
    }

    @Test
    void yearArchiveRobotsAndSitemap() throws Exception {
        assertEquals(List.of("2021", "2020"), TestSites.page(site, "/").select("#arkiv + ul a").eachText());
        assertEquals(List.of("2020-09-15", "2020-04-30", "2020-02-12"),
                TestSites.page(site, "/aar/2020/").select(".record-list time").eachAttr("datetime"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + HOST + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void everyRecordIsOpenDataBesideItsPage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(site.resolve("data.json").toFile());
        assertEquals(5, index.get("records").size());
        for (JsonNode summary : index.get("records")) {
            assertTrue(Files.isRegularFile(site.resolve(summary.get("data").asText().substring(HOST.length()))));
        }
        JsonNode record = json.readTree(site.resolve("lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/index.json").toFile());
        assertEquals("referat", record.get("type").asText());
        assertEquals(11, record.get("participants").size());
        JsonNode item = record.at("/items/0");
        assertEquals("1", item.get("number").asText());
        assertEquals("20/19585", item.at("/cases/0/number").asText());
        assertEquals("journal", item.at("/cases/0/scheme").asText());
        assertEquals("beslutning", item.at("/decision/kind").asText());
        assertTrue(item.at("/decision/text").asText().contains("AD 1)"));
        assertEquals(3, item.get("attachments").size());
        assertEquals("3054201", item.at("/attachments/0/number").asText());
        JsonNode relation = json.readTree(site.resolve("arbejdsplads-med/2020-04-30/index.json").toFile()).at("/items/0/relations/0");
        assertEquals("responds-to", relation.get("type").asText());
        assertEquals(HOST + "sektor-med-boern-og-familie/2020-02-12/#punkt-2", relation.get("target").asText());
    }
}
