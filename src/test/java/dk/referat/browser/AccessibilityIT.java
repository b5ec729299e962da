package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WCAG 2.0/2.1 A and AA, checked with axe-core in Chromium on every page; keyboard paths, accessible
 * names and reflow checked as a user meets them. Screenshots go to target/screenshots/.
 */
class AccessibilityIT {
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final String MEETING = "lokal-med-fti-familiehuset-og-sundhedsplejen/2021-10-26/index.html";

    static Chromium chromium;
    static Path sample;
    static List<Path> pages;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        sample = SitesUnderTest.sample();
        pages = SitesUnderTest.pages(sample, SitesUnderTest.attachments());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
    }

    static Page open(Browser browser, Path file, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        Page page = context.newPage();
        page.navigate(file.toUri().toString());
        return page;
    }

    static List<String> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" "));
            out.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets);
        }
        return out;
    }

    @Test
    void everyPageHasNoWcagViolations() {
        List<String> found = new ArrayList<>();
        for (Path file : pages) {
            Page page = open(chromium.browser, file, 1280);
            violations(page).forEach(v -> found.add(file + ": " + v));
            page.context().close();
        }
        assertEquals(List.of(), found);
        assertTrue(pages.size() >= 30, "checked " + pages.size() + " pages");
    }

    @Test
    void theCheckBitesOnABrokenPage(@TempDir Path tmp) throws IOException {
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"da\"><head><title>Brudt</title></head><body><main>"
                + "<h1>Brudt side</h1><img src=\"x.png\"><p style=\"color:#aaa;background:#bbb\">Svag kontrast</p>"
                + "</main></body></html>");
        Page page = open(chromium.browser, broken, 1280);
        List<String> found = violations(page);
        page.context().close();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("color-contrast")), found.toString());
    }

    @Test
    void tabbingStartsAtTheSkipLinkWhichMovesFocusToTheContent() {
        Page page = open(chromium.browser, sample.resolve(MEETING), 1280);
        page.keyboard().press("Tab");
        assertEquals("Gå til indhold", page.evaluate("document.activeElement.textContent"));
        assertTrue((Boolean) page.evaluate("getComputedStyle(document.activeElement).top !== '-160px'"),
                "the skip link is visible when focused");
        page.keyboard().press("Enter");
        assertEquals("indhold", page.evaluate("document.activeElement.id"));
        page.context().close();
    }

    @Test
    void theTableOfContentsReachesEachItem() {
        Page page = open(chromium.browser, sample.resolve("udvalget-til-analyse-af-den-kommunale-sagsbehandling/2020-09-15/index.html"), 1280);
        List<String> targets = page.locator(".toc a").all().stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("#punkt-26", "#punkt-27", "#punkt-28", "#punkt-29", "#punkt-30"), targets);
        for (String target : targets) {
            page.locator(".toc a[href='" + target + "']").focus();
            page.keyboard().press("Enter");
            assertEquals(target, page.evaluate("location.hash"));
            assertTrue((Boolean) page.evaluate("(() => { const r = document.querySelector('" + target
                    + "').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; })()"), target + " is in view");
        }
        page.context().close();
    }

    @Test
    void eachAttachmentLinkSaysWhatItIs() {
        Page page = open(chromium.browser, sample.resolve(MEETING), 1280);
        for (String name : List.of("Bilag 1: Model 3 - Helhedsorienteret og tværgående sagsbehandling og indsats - 17. marts 2021",
                "Bilag 2: Bilag til model 3 - 17. marts 2021",
                "Bilag 3: Samarbejdsmodel for ungeindsats, jobcenter og Socialområdet")) {
            assertEquals(1, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).count(), name);
        }
        page.context().close();
    }

    @Test
    void everyPageReflowsAt320PixelsWithoutScrollingSideways() {
        List<String> wide = new ArrayList<>();
        for (Path file : pages) {
            Page page = open(chromium.browser, file, 320);
            Object width = page.evaluate("document.documentElement.scrollWidth");
            if (((Number) width).intValue() > 320) wide.add(file + ": " + width + " px");
            page.context().close();
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void screenshotsOfAMeetingPage() throws IOException {
        Path dir = Path.of(System.getProperty("referat.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        for (int width : new int[] {375, 1280}) {
            Page page = open(chromium.browser, sample.resolve(MEETING), width);
            Path shot = dir.resolve("meeting-" + width + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            page.context().close();
            assertTrue(Files.size(shot) > 10_000, shot.toString());
        }
    }
}
