package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page of the built sample site, served over http under a sub-path, used as a citizen would. */
class SearchIT {
    static Chromium chromium;
    static StaticServer server;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        server = new StaticServer(SitesUnderTest.sample());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (chromium != null) chromium.close();
    }

    static Page searchPage() {
        Page page = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.navigate(server.url("/soeg/"));
        page.waitForFunction("document.querySelectorAll('#filter-udvalg option').length > 1");
        assertTrue(page.locator("#search-unavailable").isHidden(), "over http the notice goes away");
        return page;
    }

    static List<String> search(Page page, String query) {
        page.getByLabel("Søgeord").fill(query);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        page.waitForFunction("q => document.getElementById('search-status').textContent.includes('«' + q + '»')", query);
        return page.locator("#search-results > li").all().stream().map(li -> li.innerText()).toList();
    }

    @Test
    void typingAQueryFindsTheRecordsAndAFilterNarrowsThem() {
        Page page = searchPage();
        List<String> results = search(page, "serviceniveau");
        assertTrue(results.stream().anyMatch(r -> r.contains("Punkt 2: Nyt serviceniveau") && r.contains("Sektor-MED Børn og Familie")),
                results.toString());
        assertTrue(results.stream().anyMatch(r -> r.contains("Drøftelse vedr. Serviceniveau") && r.contains("Arbejdsplads MED")),
                results.toString());
        String href = page.locator("#search-results a", new Page.LocatorOptions().setHasText("Punkt 2: Nyt serviceniveau")).first()
                .getAttribute("href");
        assertTrue(href.endsWith("/sektor-med-boern-og-familie/2020-02-12/#titel-punkt-2"), href);

        page.selectOption("#filter-udvalg", "Arbejdsplads MED");
        page.waitForFunction("[...document.querySelectorAll('#search-results > li')].every(li => li.innerText.includes('Arbejdsplads MED'))");
        List<String> narrowed = page.locator("#search-results > li").all().stream().map(li -> li.innerText()).toList();
        assertTrue(!narrowed.isEmpty() && narrowed.size() < results.size(), narrowed + " from " + results);
        page.context().close();
    }

    @Test
    void theSeedsWordsAndTheirInflectionsAreFound() {
        Page page = searchPage();
        assertTrue(search(page, "ressourceforløb").stream().anyMatch(r -> r.contains("Konkrete eksempler på ressourceforløb")));
        assertTrue(search(page, "Kløvergården").stream().anyMatch(r -> r.contains("Nyt serviceniveau")));
        assertTrue(search(page, "serviceniveauet").stream().anyMatch(r -> r.contains("Nyt serviceniveau")),
                "an inflected form finds its stem");
        List<String> decisions = search(page, "fleksjob");
        assertTrue(decisions.stream().anyMatch(r -> r.contains("Beslutning: Punkt 27")), decisions.toString());
        page.context().close();
    }

    static List<String> hrefs(Page page) {
        return page.locator("#search-results > li > a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    @Test
    void aMattersNumberInAnySpellingLeadsFirstToItsPageAndItsItems() {
        Page page = searchPage();
        for (String query : List.of("27.00.00-G01-250-19", "27 00 00 G01 250 19", "27.00.00 g01-250-19", "270000G0125019")) {
            List<String> results = search(page, query);
            List<String> hrefs = hrefs(page);
            assertTrue(hrefs.get(0).endsWith("/sager/27-00-00-g01-250-19/"), query + ": " + hrefs);
            assertTrue(results.stream().anyMatch(r -> r.contains("Punkt 2: Nyt serviceniveau") && r.contains("Sektor-MED Børn og Familie")),
                    query + ": " + results);
            String excerpt = page.locator("#search-results > li > p").first().innerText();
            assertTrue(excerpt.startsWith("Sagsnr. 27.00.00-G01-250-19"), "the excerpt is the page's text, not its search tags: " + excerpt);
        }
        // A matter treated once has no page of its own: its item comes first, and the result leads to it.
        for (String query : List.of("20/19585", "20-19585", "20 19585", "sag 20/19585", "Sagsnr. 20/19585")) {
            search(page, query);
            assertTrue(hrefs(page).get(0).endsWith("/lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/"), query + ": " + hrefs(page));
            String part = page.locator("#search-results > li").first().locator(".search-parts a").first().getAttribute("href");
            assertTrue(part.endsWith("#titel-punkt-1"), query + ": " + part);
        }
        for (String query : List.of("00.22.04-A30-30-19", "00 22 04 A30 30 19")) {
            search(page, query);
            assertTrue(hrefs(page).get(0).endsWith("/kle/00-22-04-a30-30-19/"), query + ": " + hrefs(page));
        }
        // Dates and amounts are words, not numbers of a matter: they are searched as typed.
        for (String query : List.of("12. feb 2020", "12. februar 2020")) {
            List<String> found = search(page, query);
            assertTrue(found.stream().anyMatch(r -> r.contains("Sektor-MED Børn og Familie")), query + ": " + found);
        }
        page.context().close();
    }

    @Test
    void committeesAreFoundByName() {
        Page page = searchPage();
        search(page, "Sektor-MED Børn og Familie");
        assertTrue(hrefs(page).get(0).endsWith("/sektor-med-boern-og-familie/"), hrefs(page).toString());
        page.context().close();
    }

    @Test
    void theSearchPageReflowsAt320PixelsWithResultsAndFiltersShown() {
        Page page = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(320, 640)).newPage();
        page.navigate(server.url("/soeg/"));
        page.waitForFunction("document.querySelectorAll('#filter-udvalg option').length > 1");
        for (String query : List.of("serviceniveau", "27.00.00-G01-250-19")) {
            assertTrue(!search(page, query).isEmpty(), query);
            page.selectOption("#filter-udvalg", "Udvalget til analyse af den kommunale sagsbehandling");
            page.selectOption("#filter-udvalg", "");
            Object width = page.evaluate("document.documentElement.scrollWidth");
            assertEquals(320, ((Number) width).intValue(), query + ": the page scrolls sideways");
        }
        page.context().close();
    }

    @Test
    void openedFromDiskTheSearchPageSaysWhereSearchWorks() {
        Page page = chromium.browser.newContext().newPage();
        page.navigate(SitesUnderTest.sample().resolve("soeg/index.html").toUri().toString());
        assertTrue(page.locator("#search-unavailable").isVisible());
        assertTrue(page.locator("#search-unavailable").innerText().startsWith("Søgningen virker kun, når sitet ligger på en webserver"));
        page.context().close();
    }

    @Test
    void theSearchPageHasNoWcagViolations() {
        Page page = searchPage();
        search(page, "serviceniveau");
        assertEquals(List.of(), AccessibilityIT.violations(page));
        page.context().close();
    }
}
