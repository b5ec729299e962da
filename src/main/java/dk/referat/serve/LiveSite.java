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
import dk.referat.model.Section;
import dk.referat.model.Site;
import dk.referat.output.SiteWriter;
import dk.referat.render.Inputs;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.IndexPatch;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.Resolver;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 *       ({@code PagePlanner.facets}), are rendered: on a 20,000-record site, milliseconds;
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
 */
public final class LiveSite {
    private final Path destination;
    private SiteConfig config;
    private final Set<Path> pending = new LinkedHashSet<>();
    private State state;
    /** Set when something only a full build takes in has changed, until one succeeds. */
    private boolean fullBuildOwed = true;

    /**
     * Everything known about the site as it is in the preview folder.
     *
     * @param siteProblems what the scan of the site folder and the committee list gave
     * @param stamps      each record's time stamp and size when it was read
     * @param otherStamps the same for every other file the build read: configuration, committees,
     *                    attachment files, templates and assets
     */
    private record State(SiteSources sources, ModelBuilder.Records records, List<Problem> siteProblems,
                         Map<String, Publication> model, Map<String, List<Problem>> parseProblems, Map<String, Long> stamps,
                         Map<Path, Long> otherStamps, List<Problem> resolveProblems, Site site, SiteIndex index, Pages pages,
                         List<PlannedPage> plan, Map<String, Readers> readers) {
    }

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
        Map<Path, Long> otherStamps = otherStamps();
        Problems problems = new Problems();
        SiteSources sources = SiteRead.scan(config, problems);
        // Stamped before they are read: a file saved meanwhile counts as changed at the next look.
        Map<String, Long> stamps = new HashMap<>();
        sources.documents().forEach(file -> stamps.put(file.displayName(), stamp(file.path())));
        SiteRead read = SiteRead.read(config, sources, problems);
        Map<String, Publication> model = new TreeMap<>();
        Map<String, List<Problem>> parseProblems = new TreeMap<>();
        read.parsed().files().forEach(file -> take(file, model, parseProblems));
        SiteIndex index = read.index();
        SiteConfig built = config;
        Pages pages = BuildSteps.run(BuildStep.RENDER, Message.of("work.templates"), () -> Pages.prepare(built, index));
        BuildResult result = Referat.write(config, index, pages, problems, started, (done, total) -> { }, notice -> { });
        List<PlannedPage> plan = pages.plan(index);
        state = new State(sources, read.parsed().records(), read.siteProblems(), model, parseProblems, stamps, otherStamps,
                read.resolveProblems(), read.parsed().site(), index, pages, plan, readers(plan));
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
        if (changed.isEmpty() && !otherStamps().equals(state.otherStamps())) return build();
        long started = System.nanoTime();
        Set<Path> files = new LinkedHashSet<>(pending);
        boolean rest = false;
        for (Path file : changed.isEmpty() ? touched() : changed) {
            Path path = file.toAbsolutePath().normalize();
            if (SourceScanner.document(config, path).isPresent()) {
                files.add(path);
            } else if (!skipped(path) && (Files.exists(path) || wasRead(path))) {
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

    /** What reading the changed records again gives: the new model and problems, and each file's record before. */
    private record Read(SiteSources sources, Map<String, Publication> model, Map<String, List<Problem>> parseProblems,
                        Map<String, Long> stamps, Map<String, Publication> old, Site site) {
    }

    /** What an update renders and removes, and the state it leaves. */
    private record Plan(State after, Set<String> dirty, Set<String> removed) {
    }

    private BuildResult records(Set<Path> files, long started) {
        State before = state;
        Read read = read(before, files);
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
        Plan plan = keptShape ? patched(before, read, swaps, started) : resolved(before, read, problems, started);
        plan.after().resolveProblems().forEach(problems::add);
        BuildSteps.time("serve: find " + plan.dirty().size() + " pages to render " + (plan.dirty().size() < 10 ? plan.dirty() : ""), started);
        int written = write(plan.after(), plan.dirty(), plan.removed());
        BuildSteps.time("serve: render and write", started);
        // A record that kept its shape kept its attachment files.
        if (!keptShape) copyAttachments(before.index(), plan.after().index());
        state = plan.after();
        return new BuildResult(config.destination(), state.plan().size(), (int) plan.dirty().stream()
                .filter(p -> !p.equals(Permalinks.SITEMAP)).count(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Reads the changed files again; a file that is gone is taken out. */
    private Read read(State before, Set<Path> files) {
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
            stamps.put(name, stamp(path));
        }
        before.records().read(present).forEach(read -> take(read, model, parseProblems));
        documents.addAll(present);
        documents.sort(Comparator.comparing(SourceFile::path));
        SiteSources sources = new SiteSources(before.sources().committees(), before.sources().removed(), documents,
                before.sources().former(), before.sources().attachments(), before.sources().history());
        return new Read(sources, model, parseProblems, stamps, old, site(before.records(), model));
    }

    /**
     * Every record kept its shape: the index is patched, and besides each record's own page only the
     * pages that read what changed of what other pages show of it are rendered.
     */
    private Plan patched(State before, Read read, Map<Meeting, Meeting> swaps, long started) {
        SiteIndex index = before.index();
        for (var swap : swaps.entrySet()) index = IndexPatch.replace(index, swap.getKey(), swap.getValue());
        BuildSteps.time("serve: patch the index", started);
        Problems resolved = new Problems();
        before.resolveProblems().stream().filter(p -> !read.old().containsKey(p.file())).forEach(resolved::add);
        Resolver.checkRelations(read.site(), List.copyOf(swaps.values()), resolved);
        List<PlannedPage> plan = before.pages().plan(index);
        BuildSteps.time("serve: plan", started);
        State after = new State(read.sources(), before.records(), before.siteProblems(), read.model(), read.parseProblems(),
                read.stamps(), before.otherStamps(), resolved.sorted(), read.site(), index, before.pages(), plan, before.readers());
        Set<String> dirty = new LinkedHashSet<>();
        for (var swap : swaps.entrySet()) {
            Map<Long, List<Object>> was = before.pages().planner().facets(swap.getKey());
            long changed = 0;
            for (var facet : before.pages().planner().facets(swap.getValue()).entrySet()) {
                if (!facet.getValue().equals(was.get(facet.getKey()))) changed |= facet.getKey();
            }
            dirty.add(Permalinks.meeting(swap.getValue()));
            before.readers().getOrDefault(swap.getValue().sourceFile(), Readers.NONE).reading(changed, dirty::add);
        }
        return new Plan(after, dirty, Set.of());
    }

    /**
     * Some record is new, gone or reshaped: the site is resolved again, and every page that read the
     * records before or reads them now, every page new to the site and every page whose matter's
     * timeline changed is rendered; when the site's case and KLE numbers changed, so is every meeting
     * page whose text names one of them.
     *
     * @param earlier the problems found before resolving, reported with resolve's errors as a full build would
     */
    private Plan resolved(State before, Read read, Problems earlier, long started) {
        Problems resolved = new Problems();
        SiteIndex index = BuildSteps.run(BuildStep.RESOLVE, Message.NONE, () -> Resolver.resolve(read.site(), config.language(), resolved));
        if (resolved.hasErrors()) {
            Problems all = new Problems();
            all.addAll(earlier);
            all.addAll(resolved);
            throw new BuildFailedException(BuildStep.RESOLVE, all.sorted());
        }
        BuildSteps.time("serve: resolve", started);
        Pages pages = before.pages().with(index);
        List<PlannedPage> plan = pages.plan(index);
        State after = new State(read.sources(), before.records(), before.siteProblems(), read.model(), read.parseProblems(),
                read.stamps(), before.otherStamps(), resolved.sorted(), read.site(), index, pages, plan, readers(plan));
        BuildSteps.time("serve: plan, and what each page reads", started);
        Set<String> names = new HashSet<>(read.old().keySet());
        read.old().forEach((file, was) -> {
            if (was instanceof Meeting o) names.addAll(matters(before.index(), index, o));
            if (read.model().get(file) instanceof Meeting n) names.addAll(matters(before.index(), index, n));
        });
        Set<String> dirty = new LinkedHashSet<>();
        for (String name : names) {
            before.readers().getOrDefault(name, Readers.NONE).reading(-1L, dirty::add);
            after.readers().getOrDefault(name, Readers.NONE).reading(-1L, dirty::add);
        }
        Set<String> paths = byPath(plan).keySet();
        Set<String> previous = byPath(before.plan()).keySet();
        Set<String> removed = new HashSet<>();
        paths.stream().filter(p -> !previous.contains(p)).forEach(dirty::add);
        previous.stream().filter(p -> !paths.contains(p)).forEach(removed::add);
        dirty.removeAll(removed);
        if (!paths.equals(previous)) dirty.add(Permalinks.SITEMAP);
        Set<String> numbers = pages.numbersChangedFrom(before.pages());
        if (!numbers.isEmpty()) {
            for (Meeting m : index.meetingsByCommittee().values().stream().flatMap(List::stream).toList()) {
                if (mentions(m, numbers)) dirty.add(Permalinks.meeting(m));
            }
        }
        return new Plan(after, dirty, removed);
    }

    private static void take(ModelBuilder.ReadFile read, Map<String, Publication> model, Map<String, List<Problem>> parseProblems) {
        String name = read.file().displayName();
        read.record().ifPresent(o -> model.put(name, o));
        if (!read.problems().isEmpty()) parseProblems.put(name, read.problems());
    }

    /** Renders the dirty pages in parallel and writes those whose bytes changed; removes the pages gone. */
    private int write(State after, Set<String> dirty, Set<String> removed) {
        Map<String, PlannedPage> byPath = byPath(after.plan());
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
    private void copyAttachments(SiteIndex before, SiteIndex after) {
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

    /**
     * The matters, by {@link Inputs#matter} name, that hold the record's items in either index and
     * whose timelines hold other treatments, or the same in another order, in the two.
     */
    private static Set<String> matters(SiteIndex before, SiteIndex after, Meeting m) {
        Set<String> names = new HashSet<>();
        for (SiteIndex index : List.of(before, after)) {
            for (var item : m.items()) {
                for (var position : index.casePositions(m, item)) {
                    String number = position.caseFile().number().value();
                    if (!treatments(before.cases().get(number)).equals(treatments(after.cases().get(number)))) {
                        names.add(Inputs.matter(position.caseFile().number()));
                    }
                }
            }
        }
        return names;
    }

    /** A timeline as the treatments' record files and anchors, in order. */
    private static List<String> treatments(dk.referat.model.CaseFile file) {
        return file == null ? List.of() : file.timeline().stream().map(t -> t.meeting().sourceFile() + "#" + t.item().anchor()).toList();
    }

    /** Whether a record's running text names one of the numbers: its page may gain or lose a link. */
    private static boolean mentions(Meeting m, Set<String> numbers) {
        for (var item : m.items()) {
            for (Section s : item.sections()) {
                for (String n : numbers) if (s.text().html().contains(n)) return true;
            }
        }
        for (String n : numbers) if (m.preamble().html().contains(n)) return true;
        return false;
    }

    /** Per record file (and matter), the pages whose views read something of it. */
    private static Map<String, Readers> readers(List<PlannedPage> plan) {
        List<Map<String, Long>> read = plan.parallelStream().map(PlannedPage::inputs).toList();
        Map<String, Readers> readers = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            String path = plan.get(i).path();
            read.get(i).forEach((file, bits) -> readers.computeIfAbsent(file, k -> new Readers()).add(path, bits));
        }
        return readers;
    }

    /**
     * The pages that read one record, each with the {@link Inputs} bits of what it reads:
     * two arrays rather than a map per record, as a 20,000-record site has some 600,000 of them.
     */
    private static final class Readers {
        static final Readers NONE = new Readers();
        private String[] paths = new String[4];
        private long[] bits = new long[4];
        private int size;

        void add(String path, long read) {
            if (size == paths.length) {
                paths = java.util.Arrays.copyOf(paths, size * 2);
                bits = java.util.Arrays.copyOf(bits, size * 2);
            }
            paths[size] = path;
            bits[size++] = read;
        }

        /** Hands on the pages that read any of the given bits. */
        void reading(long wanted, java.util.function.Consumer<String> out) {
            for (int i = 0; i < size; i++) if ((bits[i] & wanted) != 0) out.accept(paths[i]);
        }
    }

    private static Map<String, PlannedPage> byPath(List<PlannedPage> plan) {
        Map<String, PlannedPage> byPath = new LinkedHashMap<>();
        plan.forEach(p -> byPath.put(p.path(), p));
        return byPath;
    }

    private static Site site(ModelBuilder.Records records, Map<String, Publication> model) {
        return records.site(model.values());
    }

    private boolean isPlainPage(Path file) {
        return state.model().get(config.displayName(file)) instanceof PlainPage;
    }

    /**
     * Whether the last build read the file: a file that is gone now and was never read (an editor's
     * or sed's temporary file, saved and renamed away) changed nothing.
     */
    private boolean wasRead(Path path) {
        if (state.sources().committees().map(f -> f.path().toAbsolutePath().normalize().equals(path)).orElse(false)) return true;
        return state.sources().attachments().stream().anyMatch(f -> f.path().toAbsolutePath().normalize().equals(path))
                || !path.startsWith(config.content().toAbsolutePath().normalize());
    }

    /** Files that are no content at all: editors' backups and dot-files, and the preview's own folder. */
    private boolean skipped(Path path) {
        if (path.startsWith(config.destination().toAbsolutePath().normalize())) return true;
        Path root = config.root().toAbsolutePath().normalize();
        return path.startsWith(root) && !path.equals(root) && SourceScanner.isSkipped(root.relativize(path));
    }

    /** The records whose file is new, gone, or has another time stamp or size than when it was read. */
    private Set<Path> touched() {
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
    private Map<Path, Long> otherStamps() {
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
    private static long stamp(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() * 31 + attributes.size();
        } catch (IOException e) {
            return -1;
        }
    }

    private BuildResult result(int rendered, int written, long started) {
        return new BuildResult(config.destination(), state.plan().size(), rendered, written,
                java.util.stream.Stream.concat(java.util.stream.Stream.concat(state.siteProblems().stream(),
                        state.parseProblems().values().stream().flatMap(List::stream)), state.resolveProblems().stream())
                        .filter(p -> !p.isError()).toList(), Duration.ofNanos(System.nanoTime() - started));
    }



}
