package dk.referat.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "ics", "text/calendar", "pdf", "application/pdf");

    private final HttpServer server;

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
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + sitePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
