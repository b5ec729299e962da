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

    private volatile String inputs = "";
    private volatile dk.referat.BuildResult last;

    /**
     * The last build's result when nothing it read has changed since: no file had to be parsed again,
     * the same files, templates, assets and configuration, and its site still in place. Then there is
     * nothing to render or write.
     *
     * @param inputs what the build reads besides the records' own content, summed up by the caller
     */
    public Optional<dk.referat.BuildResult> unchanged(String inputs, Path destination) {
        dk.referat.BuildResult result = last;
        if (result == null || parsed.parsedLastBuild() > 0 || !inputs.equals(this.inputs)
                || !result.destination().equals(destination) || !Files.isRegularFile(destination.resolve(SiteWriter.MARKER))) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /** Called once the new site is in place. */
    public void committed(Path destination, String inputs, dk.referat.BuildResult result) {
        fingerprints = Map.copyOf(next);
        next.clear();
        site = destination;
        this.inputs = inputs;
        this.last = result;
    }

    /** Called when a build fails: the previous site, and what is known of it, stay as they were. */
    public void failed() {
        next.clear();
        last = null;
    }
}
