package dk.referat.assemble;

import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.Publication;
import dk.referat.model.PublicationStatus;
import dk.referat.model.RemovalReason;
import dk.referat.model.Removed;
import dk.referat.model.Site;
import dk.referat.parse.DocumentParser;
import dk.referat.parse.YamlNode;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "parse" step: each file is parsed and checked into the typed model in one pass, file by file
 * and in parallel, so memory stays per record. The result is a {@link Site}.
 */
public final class ModelBuilder {
    private final DocumentParser parser;
    private final String closedTitle;
    private final java.time.Instant buildTime;

    /**
     * @param closedTitle what closed items are called instead of their titles, or empty to publish their titles
     * @param buildTime   the moment the build is made as of: publish dates are compared with it
     */
    public ModelBuilder(DocumentParser parser, String closedTitle, java.time.Instant buildTime) {
        this.parser = java.util.Objects.requireNonNull(parser, "parser");
        this.closedTitle = java.util.Objects.requireNonNull(closedTitle, "closedTitle");
        this.buildTime = java.util.Objects.requireNonNull(buildTime, "buildTime");
    }

    /** The site's model from its files, for a caller that keeps no reader: git's reader is closed after. */
    public Site build(SiteSources sources, Problems problems) {
        try {
            Parsed parsed = read(sources, problems);
            parsed.files().forEach(file -> file.problems().forEach(problems::add));
            return parsed.site();
        } finally {
            sources.history().close();
        }
    }

    /**
     * Every file of the site read, each on its own, against the committees: the reader, kept by
     * {@code serve} to read edited files again; each file's result; and the site they make.
     * {@code problems} receives what the committees and the list of removals give; each file's own
     * problems are in its {@link ReadFile}.
     */
    public record Parsed(Records records, List<ReadFile> files, Site site) {
    }

    public Parsed read(SiteSources sources, Problems problems) {
        Records records = records(sources, problems);
        List<ReadFile> files = records.read(sources.documents());
        records.former(sources.former());
        return new Parsed(records, files, records.site(files.stream().flatMap(file -> file.record().stream()).toList()));
    }

    /**
     * One file read.
     *
     * @param record   what the file publishes; empty when the file has errors
     * @param problems what was found in the file, errors and warnings
     * @param former   the pages the file published once, at addresses it no longer publishes
     */
    public record ReadFile(SourceFile file, Optional<Publication> record, List<Problem> problems, List<Removed> former) {
    }

    /**
     * A reader for the site's records one file at a time, with its committees read: how {@code serve}
     * reads again only the files an edit changed.
     */
    public Records records(SiteSources sources, Problems problems) {
        Optional<YamlNode> committeeData = sources.committees().flatMap(f -> parser.parseYaml(f, problems));
        List<Committee> committees = CommitteeReader.read(committeeData,
                sources.committees().map(f -> f.displayName()).orElse(""), problems);
        // Records are read against the committees: with the file broken, each would only add "unknown committee".
        if (problems.hasErrors() && committeeData.isEmpty()) {
            throw new dk.referat.diagnostics.BuildFailedException(dk.referat.diagnostics.BuildStep.PARSE, problems.sorted());
        }
        Map<String, Committee> bySlug = new LinkedHashMap<>();
        committees.forEach(c -> bySlug.put(c.slug(), c));
        List<RemovalReason> reasons = sources.removed().flatMap(f -> parser.parseYaml(f, problems))
                .map(node -> RemovalReasons.read(node, problems)).orElse(List.of());
        return new Records(committees, new DocumentReader(bySlug,
                new ItemReader(parser.markdown(), sources.attachments(), closedTitle),
                buildTime.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate()), new HistoryReader(sources.history()),
                reasons);
    }

    /** Reads records against one set of committees, attachment files and git history. */
    public final class Records {
        private final List<Committee> committees;
        private final DocumentReader reader;
        private final HistoryReader history;
        private final List<RemovalReason> removalReasons;
        /** What each file read last left behind, and what the files gone from content/ did: for {@code serve}. */
        private final Map<String, List<Removed>> formerByFile = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Removed> formerOfGone = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Records(List<Committee> committees, DocumentReader reader, HistoryReader history, List<RemovalReason> reasons) {
            this.committees = List.copyOf(committees);
            this.reader = reader;
            this.history = history;
            this.removalReasons = List.copyOf(reasons);
        }

        /** What data/removed.yaml says of pages taken down. */
        public List<RemovalReason> removalReasons() {
            return removalReasons;
        }

        public List<Committee> committees() {
            return committees;
        }

        /**
         * @param problems the file's own collector: reading stops at the checks that need an error-free header
         * @return what the file publishes; empty when the file has errors
         */
        public Optional<Publication> read(SourceFile file, Problems problems) {
            return readFile(file, problems).record();
        }

        /** The file as it is, with what its git history says: when it was published and changed, what it left behind. */
        private ReadFile readFile(SourceFile file, Problems problems) {
            Optional<Publication> record = parser.parse(file, problems).flatMap(doc -> reader.read(doc, problems));
            List<HistoryReader.Version> versions = history.versions(file, problems.hasErrors() ? Optional.empty() : record,
                    text -> version(file, text), buildTime);
            if (record.isPresent() && record.get() instanceof Meeting m && m.status() == PublicationStatus.PUBLISHED) {
                record = Optional.of(m.withHistory(HistoryReader.history(versions)));
            }
            List<Removed> former = HistoryReader.former(versions);
            formerByFile.put(file.displayName(), former);
            return new ReadFile(file, record, problems.sorted(), former);
        }

        /** The site these publications make, with the committees and the pages taken down as last read. */
        public Site site(java.util.Collection<? extends Publication> publications) {
            return Site.of(committees, publications, removed(), removalReasons);
        }

        /** The pages taken down, as the files last read and the files gone from content/ left them. */
        public List<Removed> removed() {
            List<Removed> all = new ArrayList<>(formerOfGone);
            new java.util.TreeMap<>(formerByFile).values().forEach(all::addAll);
            return all;
        }

        /** An earlier version of a record, as it would have been read then; its problems are history, not reported. */
        private Optional<Publication> version(SourceFile file, String text) {
            Problems ignored = Problems.forHistory();
            Optional<Publication> record = parser.parse(file, text, ignored).flatMap(doc -> reader.read(doc, ignored));
            return ignored.hasErrors() ? Optional.empty() : record;
        }

        /** Each file read on its own, in parallel; the results in the files' order. */
        public List<ReadFile> read(List<SourceFile> files) {
            // Each file gets its own collector: the reader asks "did this file have errors?".
            return files.parallelStream().map(file -> readFile(file, new Problems())).toList();
        }

        /** What the files gone from content/ left behind: the pages they published, as git remembers them. */
        public List<Removed> former(List<SourceFile> gone) {
            List<Removed> former = gone.parallelStream().flatMap(file -> HistoryReader.former(history.versions(file, Optional.empty(),
                    text -> version(file, text), buildTime)).stream()).toList();
            formerOfGone.clear();
            formerOfGone.addAll(former);
            return former;
        }
    }
}
