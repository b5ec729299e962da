package dk.referat.assemble;

import dk.referat.diagnostics.Problems;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import dk.referat.model.Site;
import dk.referat.parse.DocumentParser;
import dk.referat.parse.YamlNode;
import dk.referat.source.SiteSources;
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

    public ModelBuilder(DocumentParser parser) {
        this(parser, "");
    }

    /** @param closedTitle what closed items are called instead of their titles, or empty to publish their titles */
    public ModelBuilder(DocumentParser parser, String closedTitle) {
        this.parser = java.util.Objects.requireNonNull(parser, "parser");
        this.closedTitle = java.util.Objects.requireNonNull(closedTitle, "closedTitle");
    }

    public Site build(SiteSources sources, Problems problems) {
        return build(sources, problems, null);
    }

    /** @param cache parsed records from earlier builds of this session, or null to parse every file */
    public Site build(SiteSources sources, Problems problems, ParseCache cache) {
        if (cache != null) cache.startBuild(sharedKey(sources));
        Optional<YamlNode> committeeData = sources.committees().flatMap(f -> parser.parseYaml(f, problems));
        List<Committee> committees = CommitteeReader.read(committeeData,
                sources.committees().map(f -> f.displayName()).orElse(""), problems);
        Map<String, Committee> bySlug = new LinkedHashMap<>();
        committees.forEach(c -> bySlug.put(c.slug(), c));
        DocumentReader reader = new DocumentReader(bySlug, new ItemReader(parser.markdown(), sources.attachments(), closedTitle),
                sources.history());

        List<Meeting> meetings = new ArrayList<>();
        List<PlainPage> pages = new ArrayList<>();
        sources.documents().parallelStream()
                .map(file -> {
                    long modified = modified(file.path());
                    long size = file.path().toFile().length();
                    Optional<ParseCache.Entry> cached = cache == null ? Optional.empty()
                            : cache.get(file.displayName(), modified, size);
                    if (cached.isPresent()) {
                        problems.addAll(cached.get().problems());
                        return cached.get().result();
                    }
                    // Each file gets its own collector: the reader asks "did this file have errors?".
                    Problems own = new Problems();
                    Optional<Object> result = parser.parse(file, own).flatMap(doc -> reader.read(doc, own));
                    problems.addAll(own);
                    if (cache != null) cache.put(file.displayName(), new ParseCache.Entry(modified, size, result, own));
                    return result;
                })
                .toList()
                .forEach(result -> result.ifPresent(o -> {
                    if (o instanceof Meeting m) meetings.add(m);
                    else pages.add((PlainPage) o);
                }));
        return new Site(committees, meetings, pages);
    }

    /** What every record's reading depends on besides its own file. */
    private static String sharedKey(SiteSources sources) {
        StringBuilder key = new StringBuilder();
        sources.committees().ifPresent(f -> key.append(f.path()).append(modified(f.path())).append(';'));
        for (var file : sources.attachments()) key.append(file.path()).append(modified(file.path())).append(';');
        key.append(sources.history().hashCode());
        return key.toString();
    }

    private static long modified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
