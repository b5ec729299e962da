package dk.referat;

import dk.referat.assemble.ModelBuilder;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Problems;
import dk.referat.model.Site;
import dk.referat.output.Assets;
import dk.referat.output.AtomWriter;
import dk.referat.output.ICalendarWriter;
import dk.referat.output.JsonFiles;
import dk.referat.render.OpenData;
import dk.referat.output.SearchIndexer;
import dk.referat.output.SiteWriter;
import dk.referat.output.Sitemap;
import dk.referat.parse.DocumentParser;
import dk.referat.parse.MarkdownParser;
import dk.referat.postprocess.PostProcessor;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PagePlanner;
import dk.referat.render.PlannedPage;
import dk.referat.render.TemplateRenderer;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.Resolver;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceScanner;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.atomic.LongAdder;
import dk.referat.output.BuildCache;
import dk.referat.render.Fingerprints;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The front door: {@code Referat.build(config)} turns a site folder into a website.
 *
 * <p>The steps run in order, data flowing one way: source → parse (into the model) → resolve → render →
 * postprocess → write. Content problems from every file are collected and reported together; any
 * error stops the build before the destination is touched.
 */
public final class Referat {
    private static final int PROGRESS_EVERY = 250;
    /** {@code -Dreferat.timings=true} prints each step's wall time to standard error: where a build's time goes. */
    private static final boolean TIMINGS = Boolean.getBoolean("referat.timings");

    private Referat() {
    }

    /**
     * Checks all content as a build would, without rendering or writing anything.
     *
     * @return every problem, errors and warnings, in file order; no errors means the site would build
     */
    public static List<dk.referat.diagnostics.Problem> check(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        Problems problems = new Problems();
        try {
            SiteSources sources = step(BuildStep.SOURCE, problems, () -> SourceScanner.scan(config, problems));
            Site site = step(BuildStep.PARSE, problems,
                    () -> modelBuilder(config, new DocumentParser(new MarkdownParser())).build(sources, problems));
            step(BuildStep.RESOLVE, problems, () -> Resolver.resolve(site, config.language(), problems));
        } catch (BuildFailedException e) {
            if (e.problems().isEmpty()) throw e;
        }
        return problems.sorted();
    }

    /** The site's content, checked and typed, for tools such as {@code referat new}; throws on content errors. */
    public static Site model(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        Problems problems = new Problems();
        SiteSources sources = step(BuildStep.SOURCE, problems, () -> SourceScanner.scan(config, problems));
        return step(BuildStep.PARSE, problems,
                () -> modelBuilder(config, new DocumentParser(new MarkdownParser())).build(sources, problems));
    }

    public static BuildResult build(SiteConfig config) {
        return build(config, null);
    }

    /**
     * A build that renders only the pages whose inputs changed since the last build with the same
     * cache, and copies the rest from it (`referat serve`). The result is the same as a full build's.
     *
     * @param cache null for a full build
     */
    public static BuildResult build(SiteConfig config, BuildCache cache) {
        return build(config, cache, (done, total) -> { });
    }

    /** @param progress told (pages done, pages in all) now and then while pages are written */
    public static BuildResult build(SiteConfig config, BuildCache cache, java.util.function.BiConsumer<Integer, Integer> progress) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        long started = System.nanoTime();
        Problems problems = new Problems();

        SiteSources sources = step(BuildStep.SOURCE, problems, () -> SourceScanner.scan(config, problems));
        DocumentParser parser = new DocumentParser(new MarkdownParser());
        Site site = step(BuildStep.PARSE, problems,
                () -> modelBuilder(config, parser).build(sources, problems, cache == null ? null : cache.parsed()));
        String inputs = cache == null ? "" : run(BuildStep.SOURCE, "inputs", () -> inputs(config, sources));
        if (cache != null) {
            java.util.Optional<BuildResult> same = cache.unchanged(inputs, config.destination());
            if (same.isPresent()) return same.get().unchanged(Duration.ofNanos(System.nanoTime() - started));
        }
        SiteIndex index = step(BuildStep.RESOLVE, problems, () -> Resolver.resolve(site, config.language(), problems));

        Messages messages = run(BuildStep.RENDER, "interface texts", () -> new Messages(config.language()));
        TemplateRenderer templates = run(BuildStep.RENDER, "templates",
                () -> new TemplateRenderer(config.templates(), config.language()));
        PagePlanner planner = new PagePlanner(messages, config.siteTitle(), config.siteHost(), config.accessibility(),
                config.editUrl(), index.pages());
        PostProcessor post = PostProcessor.standard(numberLinks(index), messages, config.siteHost());
        List<PlannedPage> jobs = step(BuildStep.RENDER, problems, () -> planner.plan(index));

        try (SiteWriter writer = run(BuildStep.WRITE, "output folder", () -> SiteWriter.open(config.destination(),
                config.root(), List.of(config.content(), config.data(), config.templates(), config.assets())))) {
            // Every page is attempted and the first failure reported after all have finished, so no
            // worker is still writing when a failed build removes its unfinished folder.
            Queue<BuildFailedException> failures = new ConcurrentLinkedQueue<>();
            LongAdder rendered = new LongAdder();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            String shared = cache == null ? "" : sharedFingerprint(config, index);
            long pagesStart = System.nanoTime();
            jobs.parallelStream().forEach(planned -> {
                try {
                    PageJob job = run(BuildStep.RENDER, planned.path(), () -> {
                        PageJob made = planned.job().get();
                        // The sitemap and the links were made from the planned address: the page must be there.
                        if (!made.path().equals(planned.path())) {
                            throw new IllegalStateException("the page planned at " + planned.path() + " was made for " + made.path());
                        }
                        return made;
                    });
                    String fingerprint = cache == null ? "" : Fingerprints.of(job, shared);
                    boolean fresh = run(BuildStep.WRITE, job.path(), () -> writer.writePage(job.path(), fingerprint, cache, () -> {
                        String html = run(BuildStep.RENDER, job.path(), () -> templates.render(job));
                        return run(BuildStep.POSTPROCESS, job.path(), () -> post.process(html, job.path()));
                    }));
                    if (fresh) rendered.increment();
                    int n = done.incrementAndGet();
                    if (n % PROGRESS_EVERY == 0) progress.accept(n, jobs.size());
                } catch (BuildFailedException e) {
                    failures.add(e);
                }
            });
            if (TIMINGS) timing("render, postprocess and write: " + jobs.size() + " pages", pagesStart);
            if (!failures.isEmpty()) {
                if (cache != null) cache.failed();
                throw failures.peek();
            }
            run(BuildStep.WRITE, "attachments", () -> {
                // Only files of open attachments on open items of published records are copied; a
                // Markdown attachment is published as its page, not as a file.
                index.attachments().values().stream().map(e -> e.attachment())
                        .filter(a -> !a.isClosed()).flatMap(a -> a.file().stream())
                        .filter(file -> !file.isDocument()).distinct().forEach(file ->
                                writer.copy(config.content().resolve(file.contentPath()), Permalinks.attachmentDownload(file)));
                return null;
            });
            if (!config.pagesOnly()) run(BuildStep.WRITE, "feeds, calendars and open data", () -> {
                planner.feeds(index).forEach(feed -> writer.write(feed.path(), AtomWriter.write(feed)));
                planner.calendars(index).forEach(calendar -> writer.write(calendar.path(), ICalendarWriter.write(calendar)));
                new OpenData(config.siteHost(), config.siteTitle()).files(index, file -> JsonFiles.write(file, writer));
                writer.write(Permalinks.ROBOTS, "User-agent: *\nAllow: /\n"
                        + (config.siteHost().isEmpty() ? "" : "Sitemap: " + config.siteHost() + "sitemap.xml\n"));
                return null;
            });
            run(BuildStep.WRITE, "assets", () -> {
                Assets.copy(config.assets(), writer);
                writer.write(Permalinks.SITEMAP, Sitemap.xml(config.siteHost(), jobs.stream().map(PlannedPage::path)
                        .filter(p -> !p.equals(Permalinks.NOT_FOUND)).toList()));
                return null;
            });
            if (config.search()) {
                run(BuildStep.WRITE, "search index",
                        () -> SearchIndexer.index(config.root(), writer.folder(), planner.searchRecords(index)));
            }
            int files = writer.filesWritten();
            run(BuildStep.WRITE, "the new site", () -> {
                writer.commit();
                return null;
            });
            BuildResult result = new BuildResult(config.destination(), jobs.size(), rendered.intValue(), files,
                    problems.warnings(), Duration.ofNanos(System.nanoTime() - started));
            if (cache != null) cache.committed(config.destination(), inputs, result);
            return result;
        }
    }

    /**
     * What a build reads besides the records and the files they name (which the parse cache watches):
     * the configuration, which records there are, and the templates and assets, by name, size and time.
     */
    private static String inputs(SiteConfig config, SiteSources sources) {
        StringBuilder key = new StringBuilder(config.toString()).append('\n');
        sources.documents().forEach(d -> key.append(d.displayName()).append('\n'));
        for (java.nio.file.Path folder : List.of(config.templates(), config.assets())) {
            if (!java.nio.file.Files.isDirectory(folder)) continue;
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
                for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    key.append(file).append(' ').append(java.nio.file.Files.size(file)).append(' ')
                            .append(java.nio.file.Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return key.toString();
    }

    /** What every page depends on beyond its own view: the site's templates and the numbers that become links. */
    private static String sharedFingerprint(SiteConfig config, SiteIndex index) {
        StringBuilder templates = new StringBuilder();
        if (java.nio.file.Files.isDirectory(config.templates())) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(config.templates())) {
                for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    templates.append(file).append(java.nio.file.Files.readString(file));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Fingerprints.of(templates.toString(), new java.util.TreeMap<>(numberLinks(index)).toString(),
                config.siteHost(), config.siteTitle());
    }

    private static java.util.Map<String, String> numberLinks(SiteIndex index) {
        java.util.Map<String, String> links = new java.util.HashMap<>();
        index.classifications().keySet().forEach(code -> links.put(code, Permalinks.classification(code)));
        index.cases().values().forEach(c -> links.put(c.number().value(), Permalinks.caseFile(c.number())));
        return links;
    }

    /** Runs a content step; if it (or an earlier one) found errors, the build stops here, naming the step. */
    private static <T> T step(BuildStep step, Problems problems, Supplier<T> work) {
        T result = run(step, step.label(), work);
        if (problems.hasErrors()) throw new BuildFailedException(step, problems.sorted());
        return result;
    }

    private static ModelBuilder modelBuilder(SiteConfig config, DocumentParser parser) {
        return new ModelBuilder(parser, config.hideClosedTitles() ? new Messages(config.language()).get("item.closedTitle") : "");
    }

    private static void timing(String what, long started) {
        System.err.printf(java.util.Locale.ROOT, "Referat: %-50s %7.0f ms%n", what, (System.nanoTime() - started) / 1e6);
    }

    /** Wraps an unexpected failure with the step and the page or file it happened on. */
    private static <T> T run(BuildStep step, String what, Supplier<T> work) {
        try {
            // Per page would be noise: pages are timed together below.
            if (!TIMINGS || what.startsWith("/")) return work.get();
            long started = System.nanoTime();
            T result = work.get();
            timing(what.equals(step.label()) ? what : step.label() + ": " + what, started);
            return result;
        } catch (BuildFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BuildFailedException(step, what + ": " + e.getMessage(), e);
        }
    }
}
