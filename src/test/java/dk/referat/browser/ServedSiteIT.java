package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as a web server serves it under a folder: every file a page asks for is there, and a missing address gets the 404 page. */
class ServedSiteIT {
    static Chromium chromium;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
    }

    @Test
    void noPageAsksForAFileTheSiteDoesNotHave() {
        Path sample = SitesUnderTest.sample();
        List<String> icons = new ArrayList<>();
        try (StaticServer server = new StaticServer(sample)) {
            Page page = chromium.browser.newPage();
            for (Path file : SitesUnderTest.pages(sample)) {
                // The sample site's public address is a server's root; the 404 page is tried under a folder below.
                if (file.equals(sample.resolve("404.html"))) continue;
                String address = "/" + sample.relativize(file).toString().replace('\\', '/');
                page.navigate(server.url(address));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                Object icon = page.evaluate("async () => { const l = document.querySelector('link[rel=icon]');"
                        + " return l ? (await fetch(l.href)).status : 0; }");
                if (((Number) icon).intValue() != 200) icons.add(address + ": " + icon);
            }
            page.context().close();
            assertEquals(List.of(), server.missing());
        }
        assertEquals(List.of(), icons, "every page names its icon, and the icon is there");
    }

    @Test
    void theNotFoundPageWorksAtAnyDepthOfTheSitesFolder(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("relations", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://referat.example.org/referater/\n");
        Path output = tmp.resolve("out");
        TestSites.build(site, output);
        try (StaticServer server = new StaticServer(output)) {
            Page page = chromium.browser.newPage();
            for (String missing : List.of("/findes-ikke", "/byraadet/2099-01-01/", "/a/b/c/d/e/")) {
                Response response = page.navigate(server.url(missing));
                assertEquals(404, response.status(), missing);
                assertEquals("Siden findes ikke", page.locator("h1").innerText());
                assertTrue(page.locator("meta[name=robots][content=noindex]").count() == 1, "a search engine keeps no 404 page");
                assertEquals(Boolean.TRUE, page.evaluate("[...document.styleSheets].some(s => { try { return s.cssRules.length > 0; }"
                        + " catch (e) { return false; } })"), missing + ": the stylesheet is loaded");
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) page.evaluate("[...document.querySelectorAll('a[href], link[href]')]"
                        + ".filter(e => !e.getAttribute('href').startsWith('#')).map(e => e.href)");
                for (String link : links) {
                    assertTrue(link.startsWith(server.url("/")), missing + ": " + link + " leaves the site");
                    assertEquals(200, page.request().get(link).status(), missing + ": " + link);
                }
            }
            page.context().close();
        }
    }
}
