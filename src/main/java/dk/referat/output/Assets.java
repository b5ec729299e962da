package dk.referat.output;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's assets: the bundled theme's, overridden file by file by the site's own assets/ folder.
 */
public final class Assets {
    public static final String BUNDLED = dk.referat.render.TemplateRenderer.BUNDLED_ASSETS;

    private Assets() {
    }

    /** Copies every asset to /assets/…; a site file wins over a bundled file of the same name. */
    public static void copy(Path siteAssets, SiteWriter writer) {
        try {
            URL bundled = Assets.class.getClassLoader().getResource(BUNDLED);
            if (bundled != null) {
                if (bundled.getProtocol().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(bundled.toURI(), Map.of())) {
                        collect(jar.getPath(BUNDLED), writer);
                    }
                } else {
                    collect(Path.of(bundled.toURI()), writer);
                }
            }
            if (Files.isDirectory(siteAssets)) collect(siteAssets, writer);
        } catch (IOException | URISyntaxException e) {
            throw new ToldFailure(Message.of("output.assets", String.valueOf(e.getMessage())), e);
        }
    }

    private static void collect(Path root, SiteWriter writer) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // A dot file (.gitkeep, .DS_Store) is the folder's housekeeping, not the site's.
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    writer.write("/assets/" + relative, in);
                }
            }
        }
    }
}
