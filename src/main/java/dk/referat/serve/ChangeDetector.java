package dk.referat.serve;

import dk.referat.config.SiteConfig;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in the site folder since the preview was built, for when the file watcher cannot say:
 * records by their time stamps, every other file a build reads by its own, and which files are no
 * content at all.
 */
final class ChangeDetector {
    private final SiteConfig config;

    ChangeDetector(SiteConfig config) {
        this.config = config;
    }

    /**
     * Whether the last build read the file: a file that is gone now and was never read (an editor's
     * or sed's temporary file, saved and renamed away) changed nothing.
     */
    boolean wasRead(SiteState state, Path path) {
        if (state.sources().committees().map(f -> f.path().toAbsolutePath().normalize().equals(path)).orElse(false)) return true;
        return state.sources().attachments().stream().anyMatch(f -> f.path().toAbsolutePath().normalize().equals(path))
                || !path.startsWith(config.content().toAbsolutePath().normalize());
    }

    /** Files that are no content at all: editors' backups and dot-files, and the preview's own folder. */
    boolean skipped(Path path) {
        if (path.startsWith(config.destination().toAbsolutePath().normalize())) return true;
        Path root = config.root().toAbsolutePath().normalize();
        return path.startsWith(root) && !path.equals(root) && SourceScanner.isSkipped(root.relativize(path));
    }

    /** The records whose file is new, gone, or has another time stamp or size than when it was read. */
    Set<Path> touched(SiteState state) {
        Set<Path> touched = new LinkedHashSet<>();
        Set<Path> known = new HashSet<>();
        for (SourceFile file : state.sources().documents()) {
            Path path = file.path().toAbsolutePath().normalize();
            known.add(path);
            Long stamp = state.stamps().get(file.displayName());
            if (stamp == null || stamp != stamp(path)) touched.add(path);
        }
        try (var walk = Files.walk(config.content())) {
            walk.map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile)
                    .filter(p -> SourceScanner.document(config, p).isPresent()).filter(p -> !known.contains(p)).forEach(touched::add);
        } catch (IOException | UncheckedIOException e) {
            // A folder went while it was walked: an editor's temporary one. What is there is found next time.
        }
        return touched;
    }

    /**
     * The time stamp of every file a build reads besides the records: the configuration, the
     * committees, the attachment files, the templates and the assets. When the file watcher lost
     * count, a difference here sends the update to a full build.
     */
    Map<Path, Long> otherStamps() {
        Map<Path, Long> stamps = new HashMap<>();
        stamps.put(config.root().resolve("jbake.properties"), stamp(config.root().resolve("jbake.properties")));
        for (Path folder : List.of(config.data(), config.templates(), config.assets(), config.content())) {
            if (!Files.isDirectory(folder)) continue;
            try (var walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> !folder.equals(config.content()) || isOtherContent(p))
                        .forEach(p -> stamps.put(p.toAbsolutePath().normalize(), stamp(p)));
            } catch (IOException | UncheckedIOException e) {
                // A folder went while it was walked; the next look sees what is there.
                stamps.put(folder, -2L);
            }
        }
        return stamps;
    }

    /** A file under content/ that is no record or page, and no editor's backup: an attachment file, say. */
    private boolean isOtherContent(Path file) {
        return SourceScanner.document(config, file).isEmpty()
                && !SourceScanner.isSkipped(config.content().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()));
    }

    /** A file's modification time and size in one number; -1 for a file that is gone. */
    static long stamp(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() * 31 + attributes.size();
        } catch (IOException e) {
            return -1;
        }
    }
}
