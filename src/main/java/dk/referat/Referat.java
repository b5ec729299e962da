package dk.referat;

import dk.referat.assemble.ModelBuilder;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.model.Site;
import dk.referat.output.Assets;
import dk.referat.output.AtomWriter;
import dk.referat.output.ICalendarWriter;
import dk.referat.output.JsonFiles;
import dk.referat.output.Manifest;
import dk.referat.render.OpenData;
import dk.referat.output.SearchIndexer;
import dk.referat.output.SiteWriter;
import dk.referat.output.Sitemap;
import dk.referat.parse.DocumentParser;
import dk.referat.parse.MarkdownParser;
import dk.referat.render.Messages;
import dk.referat.render.PagePlanner;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The front door: {@code Referat.build(config)} turns a site folder into a website.
 *
 * <p>The steps run in order, data flowing one way: source → parse (into the model) → resolve → render →
 * postprocess → write. Content problems from every file are collected and reported together; any
 * error stops the build before the destination is touched.
 */
public final class Referat {
    private static final int PROGRESS_EVERY = 250;
    private static final boolean TIMINGS = BuildSteps.TIMINGS;

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
            read(config, problems);
        } catch (BuildFailedException e) {
            if (e.problems().isEmpty()) throw e;
        }
        return problems.sorted();
    }

    /** The site's content, checked and typed, for tools such as {@code referat new}; throws on content errors. */
    public static Site model(SiteConfig config) {
        Objects.requireNonNull(config, "config");
        Problems problems = new Problems();
        SiteSources sources = SiteRead.scan(config, problems);
        return BuildSteps.content(BuildStep.PARSE, problems, () -> modelBuilder(config).build(sources, problems));
    }

    public static BuildResult build(SiteConfig config) {
        return build(config, (done, total) -> { }, Referat::tell);
    }

    /**
     * @param progress told (pages done, pages in all) now and then while pages are written
     * @param notices  told what the build does that the operator should know of as it happens
     *                 (installing Pagefind), to be said in the operator's language
     */
    public static BuildResult build(SiteConfig config, java.util.function.BiConsumer<Integer, Integer> progress,
                                    java.util.function.Consumer<Message> notices) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(notices, "notices");
        long started = System.nanoTime();
        Problems problems = new Problems();
        Reach reach = new Reach();
        try {
            SiteIndex index = read(config, problems);
            reach.records = index.committees().stream().mapToInt(c -> index.meetings(c).size()).sum();
            Pages pages = BuildSteps.run(BuildStep.RENDER, Message.of("work.templates"), () -> Pages.prepare(config, index));
            BuildResult result = write(config, index, pages, problems, started, (done, total) -> {
                reach.pages(done, total);
                progress.accept(done, total);
            }, notices);
            if (TIMINGS) System.err.println("Referat: peak memory of Java: " + peakMemory());
            return result;
        } catch (BuildFailedException e) {
            throw e.isOutOfMemory() ? e.reached(reach.said()) : e;
        }
    }

    /** How far a build got, for the message when it runs out of memory. */
    private static final class Reach {
        volatile int records = -1;
        volatile int pagesDone;
        volatile int pagesInAll;

        void pages(int done, int inAll) {
            pagesDone = done;
            pagesInAll = inAll;
        }

        Message said() {
            if (records < 0) return Message.of("reach.unread");
            return pagesInAll == 0 ? Message.of("reach.records", records) : Message.of("reach.pages", records, pagesDone, pagesInAll);
        }
    }

    /** The process's peak resident memory, as Linux keeps it; "unknown" elsewhere. */
    private static String peakMemory() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MB").orElse("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The steps from rendering on, for an index already read: every page, the attachment files and
     * (unless pages only) feeds, calendars, open data and the search index, into a new folder that
     * replaces the destination whole once everything is written.
     *
     * @param problems the warnings so far, reported in the result
     * @param started  when the build started, by {@link System#nanoTime()}
     */
    public static BuildResult write(SiteConfig config, SiteIndex index, Pages pages, Problems problems, long started,
                                    java.util.function.BiConsumer<Integer, Integer> progress,
                                    java.util.function.Consumer<Message> notices) {
        List<PlannedPage> jobs = BuildSteps.content(BuildStep.RENDER, problems, () -> pages.plan(index));

        try (SiteWriter writer = BuildSteps.run(BuildStep.WRITE, Message.of("work.output-folder"), () -> SiteWriter.open(config.destination(),
                config.root(), List.of(config.content(), config.data(), config.templates(), config.assets())))) {
            // Every page is attempted and the first failure reported after all have finished, so no
            // worker is still writing when a failed build removes its unfinished folder.
            Queue<BuildFailedException> failures = new ConcurrentLinkedQueue<>();
            // The addresses only: the search index reads the pages back from the disk.
            Queue<String> searchable = new ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            long pagesStart = System.nanoTime();
            jobs.parallelStream().forEach(planned -> {
                // After a failure the build is lost: the other pages are not worth the time (or the memory).
                if (!failures.isEmpty()) return;
                try {
                    Pages.Page page = pages.page(planned);
                    BuildSteps.run(BuildStep.WRITE, planned.path(), () -> {
                        writer.write(planned.path(), page.html());
                        return null;
                    });
                    if (page.searchable()) searchable.add(planned.path());
                    int n = done.incrementAndGet();
                    if (n % PROGRESS_EVERY == 0) progress.accept(n, jobs.size());
                } catch (BuildFailedException e) {
                    failures.add(e);
                }
            });
            if (TIMINGS) BuildSteps.time("render, postprocess and write: " + jobs.size() + " pages", pagesStart);
            if (!failures.isEmpty()) throw failures.peek();
            BuildSteps.run(BuildStep.WRITE, Message.of("work.attachments"), () -> {
                index.downloads().forEach(file ->
                        writer.copy(config.content().resolve(file.contentPath()), Permalinks.attachmentDownload(file)));
                return null;
            });
            PagePlanner planner = pages.planner();
            if (!config.pagesOnly()) BuildSteps.run(BuildStep.WRITE, Message.of("work.feeds"), () -> {
                planner.feeds(index).parallel().forEach(feed -> writer.write(feed.path(), AtomWriter.write(feed)));
                planner.calendars(index).forEach(calendar -> writer.write(calendar.path(), out -> ICalendarWriter.write(calendar, out)));
                new OpenData(config.siteHost(), config.siteTitle()).files(index).parallel().forEach(file -> JsonFiles.write(file, writer));
                writer.write(Permalinks.ROBOTS, "User-agent: *\nAllow: /\n"
                        + (config.siteHost().isEmpty() ? "" : "Sitemap: " + config.siteHost() + "sitemap.xml\n"));
                return null;
            });
            BuildSteps.run(BuildStep.WRITE, Message.of("work.assets"), () -> {
                Assets.copy(config.assets(), writer);
                Sitemap.write(config.siteHost(), sitemapPaths(jobs, index), writer);
                return null;
            });
            if (config.search()) {
                String summary = BuildSteps.run(BuildStep.WRITE, Message.of("work.search-index"),
                        () -> SearchIndexer.index(config.root(), writer.folder(), searchable.stream().sorted().toList(),
                                config.searchTimeout(), notices));
                if (TIMINGS) System.err.println("Referat: " + summary);
            }
            // What a deploy needs to remove what the site no longer has; a preview or the pages alone are not deployed.
            if (!config.pagesOnly()) BuildSteps.run(BuildStep.WRITE, Message.of("work.manifest"), () -> {
                Manifest.write(writer);
                return null;
            });
            int files = writer.filesWritten();
            BuildSteps.run(BuildStep.WRITE, Message.of("work.new-site"), () -> {
                writer.commit();
                return null;
            });
            return new BuildResult(config.destination(), jobs.size(), jobs.size(), files,
                    problems.warnings(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * The steps before rendering: the site's files found, read into the model and resolved into the
     * index, each step stopping the build on content errors.
     *
     * @param problems receives the warnings too
     */
    public static SiteIndex read(SiteConfig config, Problems problems) {
        return SiteRead.read(config, SiteRead.scan(config, problems), problems).index();
    }

    /** The sitemap of the pages planned (the 404 page is no page to find), in one file, for {@code serve}'s preview. */
    public static String sitemap(SiteConfig config, List<PlannedPage> pages, SiteIndex index) {
        return Sitemap.xml(config.siteHost(), sitemapPaths(pages, index));
    }

    /** The pages to be found: not the 404 page, nor a notice where a page taken down was. */
    private static List<String> sitemapPaths(List<PlannedPage> pages, SiteIndex index) {
        java.util.Set<String> notices = new java.util.HashSet<>();
        index.removed().forEach(r -> notices.add(r.address()));
        return pages.stream().map(PlannedPage::path).filter(p -> !p.equals(Permalinks.NOT_FOUND) && !notices.contains(p)).toList();
    }


    /** The parse step as the configuration sets it up (closed items' titles hidden or not). */
    public static ModelBuilder modelBuilder(SiteConfig config) {
        return new ModelBuilder(new DocumentParser(new MarkdownParser()),
                config.hideClosedTitles() ? new Messages(config.language()).get("item.closedTitle") : "", config.buildTime());
    }

    /** Notices for a caller that names no language of its own: REFERAT_LANG's, else Danish, on standard error. */
    private static void tell(Message notice) {
        Language language;
        try {
            language = Language.chosen(null);
        } catch (ToldFailure e) {
            language = Language.DANISH;
        }
        System.err.println("Referat: " + Catalogue.of(language).say(notice));
    }
}
