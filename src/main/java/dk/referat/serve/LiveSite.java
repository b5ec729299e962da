package dk.referat.serve;

import dk.referat.BuildResult;
import dk.referat.BuildSteps;
import dk.referat.Pages;
import dk.referat.Referat;
import dk.referat.SiteRead;
import dk.referat.assemble.ModelBuilder;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.model.Meeting;
import dk.referat.model.Publication;
import dk.referat.model.PlainPage;
import dk.referat.render.Inputs;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.IndexPatch;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site as {@code serve} keeps it between edits, so that saving a record renders again only the
 * pages that show something of it. Every planned page names what it reads from the records
 * ({@link Inputs}); the site keeps, per record file, the pages that read it.
 *
 * <p>An edit to records is handled in one of two ways:
 * <ul>
 *   <li>one that keeps each record's shape (its address, date, items, cases, relations and
 *       attachments: the usual proofreading edit) patches the index ({@link IndexPatch}), and only
 *       the record's own page, plus the pages that read what changed of what other pages show of it
 *       ({@code MeetingPage.facets}), are rendered: on a 20,000-record site, milliseconds;
 *   <li>any other (a new or deleted record, a new date or case number, a relation) resolves the site
 *       again and renders every page that read the record before or reads it now, every page that is
 *       new, and, when the set of case and KLE numbers changed, every meeting page whose text names
 *       one of them; pages the site no longer has are removed.
 * </ul>
 * A change to anything else (committees, templates, assets, attachment files, plain pages, whose
 * titles every page's footer shows, the configuration) builds the site again in full.
 *
 * <p>The preview holds the pages and attachment files; feeds, calendars, open data and the search
 * index are made by {@code referat build}. Files are replaced one by one in the preview folder,
 * each whole. When content has errors, nothing is written, and the files stay pending until a later
 * edit fixes them.
 *
 * <p>The parts: {@link ChangeDetector} finds what changed when the file watcher cannot say,
 * {@link SiteState} is what is known of the site between edits, {@link RebuildPlanner} decides what
 * an edit makes stale, {@link PreviewWriter} puts it into the preview folder. The full build reads
 * the site through {@link SiteRead}, as {@code referat build} does.
 */
public final class LiveSite {
    private final Path destination;
    private SiteConfig config;
    private final Set<Path> pending = new LinkedHashSet<>();
    private SiteState state;
    /** Set when something only a full build takes in has changed, until one succeeds. */
    private boolean fullBuildOwed = true;

    /** @param config the site, with the preview folder as its destination; read again from the site folder on every full build */
    public LiveSite(SiteConfig config) {
        this.config = Objects.requireNonNull(config, "config").withPagesOnly(true);
        this.destination = config.destination();
    }

    public synchronized SiteConfig config() {
        return config;
    }

    /**
     * Builds the whole site into the preview folder, as {@code referat build --pages-only} does, with
     * the configuration read again from the site folder.
     */
    public synchronized BuildResult build() {
        fullBuildOwed = true;
        long started = System.nanoTime();
        config = ConfigReader.read(config.root()).withDestination(destination).withPagesOnly(true);
        Map<Path, Long> otherStamps = new ChangeDetector(config).otherStamps();
        Problems problems = new Problems();
        SiteSources sources = SiteRead.scan(config, problems);
        // Stamped before they are read: a file saved meanwhile counts as changed at the next look.
        Map<String, Long> stamps = new HashMap<>();
        sources.documents().forEach(file -> stamps.put(file.displayName(), ChangeDetector.stamp(file.path())));
        SiteRead read = SiteRead.read(config, sources, problems);
        Map<String, Publication> model = new TreeMap<>();
        Map<String, List<Problem>> parseProblems = new TreeMap<>();
        read.parsed().files().forEach(file -> take(file, model, parseProblems));
        SiteIndex index = read.index();
        SiteConfig built = config;
        Pages pages = BuildSteps.run(BuildStep.RENDER, Message.of("work.templates"), () -> Pages.prepare(built, index));
        BuildResult result = Referat.write(config, index, pages, problems, started, (done, total) -> { }, notice -> { });
        List<PlannedPage> plan = pages.plan(index);
        state = new SiteState(sources, read.parsed().records(), read.siteProblems(), model, parseProblems, stamps, otherStamps,
                read.resolveProblems(), read.parsed().site(), index, pages, plan, SiteState.readers(plan));
        pending.clear();
        fullBuildOwed = false;
        return result;
    }

    /**
     * Brings the preview up to date after files changed.
     *
     * @param changed the files that were created, changed or deleted; an empty set to look for
     *                changed records by their time stamps (when the file watcher lost count)
     * @throws BuildFailedException when the content has errors; the preview is left as it was
     */
    public synchronized BuildResult update(Collection<Path> changed) {
        Objects.requireNonNull(changed, "changed");
        if (state == null || fullBuildOwed) return build();
        ChangeDetector changes = new ChangeDetector(config);
        if (changed.isEmpty() && !changes.otherStamps().equals(state.otherStamps())) return build();
        long started = System.nanoTime();
        Set<Path> files = new LinkedHashSet<>(pending);
        boolean rest = false;
        for (Path file : changed.isEmpty() ? changes.touched(state) : changed) {
            Path path = file.toAbsolutePath().normalize();
            if (SourceScanner.document(config, path).isPresent()) {
                files.add(path);
            } else if (!changes.skipped(path) && (Files.exists(path) || changes.wasRead(state, path))) {
                rest = true;
            }
        }
        if (rest || files.stream().anyMatch(this::isPlainPage)) return build();
        if (files.isEmpty()) return result(0, 0, started);
        pending.addAll(files);
        try {
            BuildResult result = records(files, started);
            pending.clear();
            return result;
        } catch (BuildFailedException e) {
            // Content errors leave the preview as it was and the files pending; a failure past
            // them (a page that would not render, a disk that would not write) may have left the
            // preview half updated, which only a full build puts right.
            if (e.step() != BuildStep.PARSE && e.step() != BuildStep.RESOLVE) fullBuildOwed = true;
            throw e;
        } catch (RuntimeException e) {
            fullBuildOwed = true;
            throw new BuildFailedException(BuildStep.WRITE, Message.of("work.preview"),
                    e instanceof ToldFailure told ? told.told() : Message.verbatim(String.valueOf(e.getMessage())), e);
        }
    }

    private BuildResult records(Set<Path> files, long started) {
        SiteState before = state;
        RebuildPlanner.Edit read = read(before, files);
        Problems problems = new Problems();
        before.siteProblems().forEach(problems::add);
        read.parseProblems().values().forEach(list -> list.forEach(problems::add));
        if (problems.hasErrors()) throw new BuildFailedException(BuildStep.PARSE, problems.sorted());
        // A plain page's title is in every page's footer.
        if (read.old().keySet().stream().anyMatch(name -> read.old().get(name) instanceof PlainPage
                || read.model().get(name) instanceof PlainPage)) {
            return build();
        }
        BuildSteps.time("serve: parse " + files.size() + " files", started);

        // By identity: a record's hash code would hash its whole text.
        Map<Meeting, Meeting> swaps = new java.util.IdentityHashMap<>();
        read.old().forEach((name, was) -> {
            if (was instanceof Meeting o && read.model().get(name) instanceof Meeting n && IndexPatch.sameShape(before.index(), o, n)) {
                swaps.put(o, n);
            }
        });
        boolean keptShape = swaps.size() == read.old().size();
        RebuildPlanner planner = new RebuildPlanner(config.language());
        RebuildPlanner.Rebuild plan = keptShape ? planner.patched(before, read, swaps, started) : planner.resolved(before, read, problems, started);
        plan.after().resolveProblems().forEach(problems::add);
        BuildSteps.time("serve: find " + plan.dirty().size() + " pages to render " + (plan.dirty().size() < 10 ? plan.dirty() : ""), started);
        PreviewWriter preview = new PreviewWriter(config);
        int written = preview.write(plan.after(), plan.dirty(), plan.removed());
        BuildSteps.time("serve: render and write", started);
        // A record that kept its shape kept its attachment files.
        if (!keptShape) preview.copyAttachments(before.index(), plan.after().index());
        state = plan.after();
        return new BuildResult(config.destination(), state.plan().size(), (int) plan.dirty().stream()
                .filter(p -> !p.equals(Permalinks.SITEMAP)).count(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Reads the changed files again; a file that is gone is taken out. */
    private RebuildPlanner.Edit read(SiteState before, Set<Path> files) {
        Map<String, Publication> model = new TreeMap<>(before.model());
        Map<String, List<Problem>> parseProblems = new TreeMap<>(before.parseProblems());
        Map<String, Long> stamps = new HashMap<>(before.stamps());
        Map<String, Publication> old = new LinkedHashMap<>();
        List<SourceFile> documents = new ArrayList<>(before.sources().documents());
        List<SourceFile> present = new ArrayList<>();
        for (Path path : files) {
            SourceFile file = SourceScanner.document(config, path).orElseThrow();
            String name = file.displayName();
            old.put(name, model.remove(name));
            parseProblems.remove(name);
            stamps.remove(name);
            documents.removeIf(d -> d.displayName().equals(name));
            if (!Files.isRegularFile(path)) continue;
            present.add(file);
            stamps.put(name, ChangeDetector.stamp(path));
        }
        before.records().read(present).forEach(read -> take(read, model, parseProblems));
        documents.addAll(present);
        documents.sort(Comparator.comparing(SourceFile::path));
        SiteSources sources = new SiteSources(before.sources().committees(), before.sources().removed(), documents,
                before.sources().former(), before.sources().attachments(), before.sources().history());
        return new RebuildPlanner.Edit(sources, model, parseProblems, stamps, old, before.records().site(model.values()));
    }

    private static void take(ModelBuilder.ReadFile read, Map<String, Publication> model, Map<String, List<Problem>> parseProblems) {
        String name = read.file().displayName();
        read.record().ifPresent(o -> model.put(name, o));
        if (!read.problems().isEmpty()) parseProblems.put(name, read.problems());
    }

    private boolean isPlainPage(Path file) {
        return state.model().get(config.displayName(file)) instanceof PlainPage;
    }

    private BuildResult result(int rendered, int written, long started) {
        return new BuildResult(config.destination(), state.plan().size(), rendered, written,
                java.util.stream.Stream.concat(java.util.stream.Stream.concat(state.siteProblems().stream(),
                        state.parseProblems().values().stream().flatMap(List::stream)), state.resolveProblems().stream())
                        .filter(p -> !p.isError()).toList(), Duration.ofNanos(System.nanoTime() - started));
    }
}
