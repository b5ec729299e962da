package dk.referat.serve;

import dk.referat.BuildSteps;
import dk.referat.Pages;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.model.Meeting;
import dk.referat.model.Publication;
import dk.referat.model.Section;
import dk.referat.model.Site;
import dk.referat.render.Inputs;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.IndexPatch;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.Resolver;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which pages an edit to records makes stale, and the site state after it: the index patched when
 * every record kept its shape, or resolved again when one did not.
 */
final class RebuildPlanner {
    private final Locale language;

    RebuildPlanner(Locale language) {
        this.language = language;
    }

    /** What reading the changed records again gives: the new model and problems, and each file's record before. */
    record Edit(SiteSources sources, Map<String, Publication> model, Map<String, List<Problem>> parseProblems,
                Map<String, Long> stamps, Map<String, Publication> old, Site site) {
    }

    /** What an update renders and removes, and the state it leaves. */
    record Rebuild(SiteState after, Set<String> dirty, Set<String> removed) {
    }

    /**
     * Every record kept its shape: the index is patched, and besides each record's own page only the
     * pages that read what changed of what other pages show of it are rendered.
     */
    Rebuild patched(SiteState before, Edit read, Map<Meeting, Meeting> swaps, long started) {
        SiteIndex index = before.index();
        for (var swap : swaps.entrySet()) index = IndexPatch.replace(index, swap.getKey(), swap.getValue());
        BuildSteps.time("serve: patch the index", started);
        Problems resolved = new Problems();
        before.resolveProblems().stream().filter(p -> !read.old().containsKey(p.file())).forEach(resolved::add);
        Resolver.checkRelations(read.site(), List.copyOf(swaps.values()), resolved);
        List<PlannedPage> plan = before.pages().plan(index);
        BuildSteps.time("serve: plan", started);
        SiteState after = new SiteState(read.sources(), before.records(), before.siteProblems(), read.model(), read.parseProblems(),
                read.stamps(), before.otherStamps(), resolved.sorted(), read.site(), index, before.pages(), plan, before.readers());
        Set<String> dirty = new LinkedHashSet<>();
        for (var swap : swaps.entrySet()) {
            Map<Long, List<Object>> was = before.pages().planner().facets(swap.getKey());
            long changed = 0;
            for (var facet : before.pages().planner().facets(swap.getValue()).entrySet()) {
                if (!facet.getValue().equals(was.get(facet.getKey()))) changed |= facet.getKey();
            }
            dirty.add(Permalinks.meeting(swap.getValue()));
            before.readers().getOrDefault(swap.getValue().sourceFile(), SiteState.Readers.NONE).reading(changed, dirty::add);
        }
        return new Rebuild(after, dirty, Set.of());
    }

    /**
     * Some record is new, gone or reshaped: the site is resolved again, and every page that read the
     * records before or reads them now, every page new to the site and every page whose matter's
     * timeline changed is rendered; when the site's case and KLE numbers changed, so is every meeting
     * page whose text names one of them.
     *
     * @param earlier the problems found before resolving, reported with resolve's errors as a full build would
     */
    Rebuild resolved(SiteState before, Edit read, Problems earlier, long started) {
        Problems resolved = new Problems();
        SiteIndex index = BuildSteps.run(BuildStep.RESOLVE, Message.NONE, () -> Resolver.resolve(read.site(), language, resolved));
        if (resolved.hasErrors()) {
            Problems all = new Problems();
            all.addAll(earlier);
            all.addAll(resolved);
            throw new BuildFailedException(BuildStep.RESOLVE, all.sorted());
        }
        BuildSteps.time("serve: resolve", started);
        Pages pages = before.pages().with(index);
        List<PlannedPage> plan = pages.plan(index);
        SiteState after = new SiteState(read.sources(), before.records(), before.siteProblems(), read.model(), read.parseProblems(),
                read.stamps(), before.otherStamps(), resolved.sorted(), read.site(), index, pages, plan, SiteState.readers(plan));
        BuildSteps.time("serve: plan, and what each page reads", started);
        Set<String> names = new HashSet<>(read.old().keySet());
        read.old().forEach((file, was) -> {
            if (was instanceof Meeting o) names.addAll(matters(before.index(), index, o));
            if (read.model().get(file) instanceof Meeting n) names.addAll(matters(before.index(), index, n));
        });
        Set<String> dirty = new LinkedHashSet<>();
        for (String name : names) {
            before.readers().getOrDefault(name, SiteState.Readers.NONE).reading(-1L, dirty::add);
            after.readers().getOrDefault(name, SiteState.Readers.NONE).reading(-1L, dirty::add);
        }
        Set<String> paths = SiteState.byPath(plan).keySet();
        Set<String> previous = SiteState.byPath(before.plan()).keySet();
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
        return new Rebuild(after, dirty, removed);
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
}
