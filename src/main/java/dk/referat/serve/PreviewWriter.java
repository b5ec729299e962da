package dk.referat.serve;

import dk.referat.Referat;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.output.SiteWriter;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Puts an update into the preview folder: each page replaced whole and only when its bytes changed. */
final class PreviewWriter {
    private final SiteConfig config;

    PreviewWriter(SiteConfig config) {
        this.config = config;
    }

    /** Renders the dirty pages in parallel and writes those whose bytes changed; removes the pages gone. */
    int write(SiteState after, Set<String> dirty, Set<String> removed) {
        Map<String, PlannedPage> byPath = SiteState.byPath(after.plan());
        AtomicInteger written = new AtomicInteger();
        List<String> pages = dirty.stream().filter(byPath::containsKey).toList();
        List<BuildFailedException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        (pages.size() > 1 ? pages.parallelStream() : pages.stream()).forEach(path -> {
            try {
                String html = after.pages().page(byPath.get(path)).html();
                if (BuildStep.WRITE.run(path, () -> SiteWriter.replace(config.destination(), path, html))) written.incrementAndGet();
            } catch (BuildFailedException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) throw failures.get(0);
        if (dirty.contains(Permalinks.SITEMAP) && BuildStep.WRITE.run(Permalinks.SITEMAP,
                () -> SiteWriter.replace(config.destination(), Permalinks.SITEMAP, Referat.sitemap(config, after.plan(), after.index())))) {
            written.incrementAndGet();
        }
        for (String path : removed) BuildStep.WRITE.run(path, () -> {
            SiteWriter.remove(config.destination(), path);
            return null;
        });
        return written.get();
    }

    /** A record's new attachment files are copied into the preview; files no record lists any more are removed. */
    void copyAttachments(SiteIndex before, SiteIndex after) {
        Set<String> was = new HashSet<>();
        before.downloads().forEach(file -> was.add(Permalinks.attachmentDownload(file)));
        Set<String> is = new HashSet<>();
        for (var file : after.downloads()) {
            String address = Permalinks.attachmentDownload(file);
            is.add(address);
            if (!was.contains(address)) BuildStep.WRITE.run(address, () -> {
                SiteWriter.copy(config.destination(), config.content().resolve(file.contentPath()), address);
                return null;
            });
        }
        was.stream().filter(address -> !is.contains(address)).forEach(address -> SiteWriter.remove(config.destination(), address));
    }
}
