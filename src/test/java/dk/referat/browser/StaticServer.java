package dk.referat.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A static file server on loopback for pages that need http (the search page fetches its index,
 * which browsers refuse to do from file:). It serves the site under a sub-path, as a municipality's
 * web server might, so the tests also prove the site works there.
 */
final class StaticServer implements AutoCloseable {
    static final String PREFIX = "/referater";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "wasm", "application/wasm",
            "ics", "text/calendar", "pdf", "application/pdf", "svg", "image/svg+xml");

    private final HttpServer server;
    private final List<String> missing = new java.util.concurrent.CopyOnWriteArrayList<>();

    StaticServer(Path root) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX + "/", exchange -> {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath().substring(PREFIX.length() + 1);
            Path file = root.resolve(path).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                // As a web server configured for the site would (nginx: error_page 404 /404.html).
                missing.add(PREFIX + "/" + path);
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // What a page asks for outside the site's folder (a browser's /favicon.ico) is missing too.
        server.createContext("/", exchange -> {
            missing.add(exchange.getRequestURI().getRawPath());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    /** Every address asked for that the site does not have, in the order asked. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + sitePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
