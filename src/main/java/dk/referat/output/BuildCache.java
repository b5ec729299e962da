package dk.referat.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build wrote, for an incremental build in the same session (`referat
 * serve`): each page's fingerprint, and the folder that holds the page. A page whose fingerprint is
 * unchanged is copied from there instead of being rendered again.
 */
public final class BuildCache {
    private volatile Map<String, String> fingerprints = Map.of();
    private volatile Path site;
    private final Map<String, String> next = new ConcurrentHashMap<>();
    private final dk.referat.assemble.ParseCache parsed = new dk.referat.assemble.ParseCache();

    /** Parsed records kept between builds: a rebuild reads only the files that changed. */
    public dk.referat.assemble.ParseCache parsed() {
        return parsed;
    }

    /** The previous build's file for this page, when the page has not changed since. */
    Optional<Path> unchanged(String sitePath, String fingerprint, SiteWriter writer) {
        next.put(sitePath, fingerprint);
        if (site == null || !fingerprint.equals(fingerprints.get(sitePath))) return Optional.empty();
        Path file = writer.fileIn(site, sitePath);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Called once the new site is in place. */
    public void committed(Path destination) {
        fingerprints = Map.copyOf(next);
        next.clear();
        site = destination;
    }

    /** Called when a build fails: the previous site, and what is known of it, stay as they were. */
    public void failed() {
        next.clear();
    }
}
