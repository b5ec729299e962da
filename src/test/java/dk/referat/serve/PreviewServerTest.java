package dk.referat.serve;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `referat serve`: an edit shows within two seconds; broken content shows the error over the last good site. */
class PreviewServerTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String get(PreviewServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String waitFor(PreviewServer server, String path, String text, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        String body = get(server, path);
        while (!body.contains(text) && System.nanoTime() < end) {
            Thread.sleep(50);
            body = get(server, path);
        }
        return body;
    }

    @Test
    void aMissingPageIsAnsweredWithTheNotFoundPageAndStatus404(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        try (PreviewServer server = new PreviewServer(ConfigReader.read(site), 0, Language.ENGLISH, line -> { })) {
            HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "byraadet/2099-01-01/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Siden findes ikke"), missing.body());
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "byraadet/2020-01-15/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, found.statusCode());
        }
    }

    @Test
    void anEditIsServedWithinTwoSecondsAndAnErrorKeepsTheLastGoodSite(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Path record = site.resolve("content/byraadet/2020-01-15.md");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (PreviewServer server = new PreviewServer(ConfigReader.read(site), 0, Language.ENGLISH, log::add)) {
            String page = get(server, "/byraadet/2020-01-15/");
            assertTrue(page.contains("Godkendt."), page);
            assertTrue(page.contains("/__referat/live.js"), "the page reloads itself after a rebuild");

            Files.writeString(record, Files.readString(record).replace("Godkendt.", "Godkendt med én ændring."));
            long start = System.nanoTime();
            page = waitFor(server, "/byraadet/2020-01-15/", "Godkendt med én ændring.", 2000);
            assertTrue(page.contains("Godkendt med én ændring."), "not served within 2 s: " + log);
            System.out.printf("serve: edit visible after %d ms%n", (System.nanoTime() - start) / 1_000_000);

            Files.writeString(record, Files.readString(record).replace("date: 2020-01-15", "date: 15-01-2020"));
            page = waitFor(server, "/byraadet/2020-01-15/", "referat-preview-error", 2000);
            assertTrue(page.contains("&#39;15-01-2020&#39; is not a date") || page.contains("'15-01-2020' is not a date"), page);
            assertTrue(page.contains("Godkendt med én ændring."), "the last good site is still served");
            assertTrue(log.stream().anyMatch(l -> l.contains("content/byraadet/2020-01-15.md:5:7: error")), log.toString());
        }
    }
}
