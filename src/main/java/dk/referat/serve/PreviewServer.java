package dk.referat.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.ToldFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The editor's preview: builds the site, serves it on localhost, rebuilds when content, templates,
 * assets or configuration change, and reloads the open page. When content is broken, the last good
 * site keeps being served with the error shown on top of every page and in the terminal.
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE = "/__referat/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "ics", "text/calendar",
            "pdf", "application/pdf", "svg", "image/svg+xml", "png", "image/png");
    private static final String LIVE_JS = """
            // Referat preview: reload the page when the site has been rebuilt.
            const seen = await (await fetch("%sversion")).text();
            setInterval(async () => {
              try {
                if ((await (await fetch("%sversion")).text()) !== seen) location.reload();
              } catch (e) { /* the preview is restarting */ }
            }, 500);
            """.formatted(LIVE, LIVE);

    private final SiteConfig config;
    private final Path output;
    private final HttpServer http;
    private final WatchService watcher;
    private final Thread watching;
    private final Consumer<String> log;
    private final AtomicLong version = new AtomicLong();
    private final LiveSite site;
    private final Catalogue words;
    private volatile String error = "";

    /**
     * @param port 0 for any free port
     * @param language what the banner and the terminal say things in
     * @param log  where build summaries and errors go (the terminal)
     */
    public PreviewServer(SiteConfig config, int port, Language language, Consumer<String> log) throws IOException {
        this.words = Catalogue.of(language);
        this.output = Files.createTempDirectory("referat-preview-").resolve("site");
        // The preview holds the pages: feeds, calendars, open data and the search index are machine
        // outputs that `referat build` makes; keeping them current would cost seconds per save on a
        // large site, where a page costs milliseconds.
        this.config = config.withDestination(output).withPagesOnly(true);
        this.site = new LiveSite(this.config);
        this.log = log;
        rebuild(List.of());
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.createContext("/", this::serve);
        http.start();
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path folder : List.of(config.content(), config.data(), config.templates(), config.assets())) watch(folder);
        config.root().register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        this.watching = new Thread(this::watchLoop, "referat-watch");
        watching.setDaemon(true);
        watching.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /**
     * Brings the preview up to date; on failure the previous site stays and the error is shown.
     *
     * @param changed the files changed since the last rebuild; empty when not known
     */
    synchronized void rebuild(java.util.Collection<Path> changed) {
        try {
            BuildResult result = site.update(changed);
            error = "";
            log.accept("Referat: " + words.say("serve.rebuilt", result.rendered(), result.pages(), result.files(),
                    result.duration().toMillis(), result.warnings().size()));
        } catch (BuildFailedException e) {
            error = e.report(words.language());
            log.accept(error);
        } catch (RuntimeException e) {
            // Whatever went wrong, the watcher must live on: the next save tries again.
            error = words.say("serve.failed", e instanceof ToldFailure told ? words.say(told.told()) : e.toString());
            log.accept("Referat: " + error);
        }
        version.incrementAndGet();
    }

    /** Folders can vanish while being walked (an editor's temporary folder): that is not an error. */
    private void watch(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                try {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException gone) {
                    // Deleted since it was listed.
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            // Deleted while being walked; the next change registers what is there.
        }
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // Editors save in bursts (temporary file, rename, modify): wait until it settles.
                java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
                boolean lost = false;
                do {
                    for (var event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) lost = true;
                        else changed.add(((Path) key.watchable()).resolve((Path) event.context()));
                    }
                    key.reset();
                    key = watcher.poll(50, TimeUnit.MILLISECONDS);
                } while (key != null);
                for (Path folder : List.of(config.content(), config.data(), config.templates(), config.assets())) watch(folder);
                // A new folder's files are not in the events: they are found by looking.
                if (lost || changed.stream().anyMatch(Files::isDirectory)) changed.clear();
                rebuild(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.equals(LIVE + "version")) {
            send(exchange, 200, "text/plain", String.valueOf(version.get()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals(LIVE + "live.js")) {
            send(exchange, 200, "text/javascript", LIVE_JS.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = output.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        int status = 200;
        if (!file.startsWith(output) || !Files.isRegularFile(file)) {
            status = 404;
            file = output.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", (error.isEmpty() ? words.say("serve.missing") : words.say("serve.not-found") + "\n" + error).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (name.endsWith(".html")) body = withPreview(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        send(exchange, status, type, body);
    }

    /** The live-reload script, and the current error on top of the page, are added only in the preview. */
    private String withPreview(String html) {
        String banner = error.isEmpty() ? "" : "<div class=\"referat-preview-error\" role=\"alert\" "
                + "style=\"background:#fff0f0;border:3px solid #b00020;color:#000;padding:1rem;white-space:pre-wrap;"
                + "font-family:monospace\"><strong>" + escape(words.say("serve.banner")) + "</strong>\n"
                + escape(error) + "</div>";
        String script = "<script type=\"module\" src=\"" + LIVE + "live.js\"></script>";
        return html.replaceFirst("(<body[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(banner))
                .replace("</body>", script + "</body>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        watcher.close();
        watching.interrupt();
        dk.referat.output.SiteWriter.deleteTree(output.getParent());
    }
}
