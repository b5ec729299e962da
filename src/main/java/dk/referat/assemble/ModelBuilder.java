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

    public ModelBuilder(DocumentParser parser) {
        this.parser = java.util.Objects.requireNonNull(parser, "parser");
    }

    public Site build(SiteSources sources, Problems problems) {
        Optional<YamlNode> committeeData = sources.committees().flatMap(f -> parser.parseYaml(f, problems));
        List<Committee> committees = CommitteeReader.read(committeeData,
                sources.committees().map(f -> f.displayName()).orElse(""), problems);
        Map<String, Committee> bySlug = new LinkedHashMap<>();
        committees.forEach(c -> bySlug.put(c.slug(), c));
        DocumentReader reader = new DocumentReader(bySlug, new ItemReader(parser.markdown(), sources.attachments()),
                sources.history());

        List<Meeting> meetings = new ArrayList<>();
        List<PlainPage> pages = new ArrayList<>();
        sources.documents().parallelStream()
                .map(file -> {
                    // Each file gets its own collector: the reader asks "did this file have errors?".
                    Problems own = new Problems();
                    Optional<Object> result = parser.parse(file, own).flatMap(doc -> reader.read(doc, own));
                    problems.addAll(own);
                    return result;
                })
                .toList()
                .forEach(result -> result.ifPresent(o -> {
                    if (o instanceof Meeting m) meetings.add(m);
                    else pages.add((PlainPage) o);
                }));
        return new Site(committees, meetings, pages);
    }
}
