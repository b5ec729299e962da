package dk.referat.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.assemble.ModelBuilder;
import dk.referat.bench.CorpusGenerator;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.Problems;
import dk.referat.model.Meeting;
import dk.referat.model.Site;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patched index is the index a full resolve gives, edit after edit. */
class IndexPatchTest {

    @Test
    void textEditsPatchTheIndexExactlyAsAFullResolveWouldBuildIt(@TempDir Path tmp) throws IOException {
        CorpusGenerator.generate(80, tmp.resolve("site"), 11);
        SiteConfig config = ConfigReader.read(tmp.resolve("site"));
        Problems problems = new Problems();
        SiteSources sources = SourceScanner.scan(config, problems);
        ModelBuilder.Records records = Referat.modelBuilder(config).records(sources, problems);
        List<Meeting> meetings = new ArrayList<>();
        for (SourceFile file : sources.documents()) records.read(file, problems).ifPresent(o -> meetings.add((Meeting) o));
        SiteIndex index = Resolver.resolve(new Site(records.committees(), meetings, List.of(), List.of(), List.of()), config.language(), new Problems());

        // More edits than an overlay chain is long, on records with relations, attachments and cases.
        int patched = 0;
        for (int round = 0; round < 12; round++) {
            SourceFile file = sources.documents().get((round * 7) % sources.documents().size());
            String text = Files.readString(file.path());
            Files.writeString(file.path(), text.replaceFirst("### Beslutning\n\n", "### Beslutning\n\nRettet " + round + ". ")
                    .replaceFirst("\n## (\\d+)\\. ", "\n## $1. Rettet " + round + ": ") + "\nTilføjet.\n");
            Meeting old = meetings.stream().filter(m -> m.sourceFile().equals(file.displayName())).findFirst().orElseThrow();
            Meeting now = (Meeting) records.read(file, new Problems()).orElseThrow();
            meetings.set(meetings.indexOf(old), now);
            SiteIndex full = Resolver.resolve(new Site(records.committees(), meetings, List.of(), List.of(), List.of()), config.language(), new Problems());
            if (!IndexPatch.sameShape(index, old, now)) {
                index = full;
                continue;
            }
            index = IndexPatch.replace(index, old, now);
            assertSameIndex(full, index, "after editing " + file.displayName());
            patched++;
        }
        assertTrue(patched >= 10, patched + " edits patched");

        // An edit that moves the record is not one to patch.
        Meeting first = meetings.get(0);
        Meeting moved = new Meeting(first.sourceFile(), first.addressAt(), first.committee(), first.type(), first.status(),
                first.publishFrom(), first.date().plusDays(1), first.start(), first.end(), first.location(), first.title(),
                first.number(), first.department(), first.participants(), first.absent(), first.substitutes(),
                first.minuteTaker(), first.approval(), first.tags(), first.slug(), first.cancelled(), first.preamble(),
                first.items(), first.corrections(), first.history());
        assertFalse(IndexPatch.sameShape(index, first, moved));
    }

    /** Component by component, naming the one that differs: the indexes' text would fill the heap. */
    private static void assertSameIndex(SiteIndex expected, SiteIndex actual, String when) {
        for (var component : SiteIndex.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(expected);
                Object b = component.getAccessor().invoke(actual);
                assertTrue(a.equals(b), component.getName() + " differs " + when);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(expected.equals(actual), when);
    }
}
