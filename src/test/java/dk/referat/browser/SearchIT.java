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
