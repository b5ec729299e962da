package dk.referat.serve;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.bench.CorpusGenerator;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} renders only the pages an edit can change, yet after every kind of edit its preview
 * is byte for byte what a full build of the same content writes: nothing goes stale, nothing is left
 * over. Each step edits a generated corpus the way an editor would and compares the two.
 */
class LiveSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path output;
    static LiveSite live;
    static int fullBuilds;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("site");
        CorpusGenerator.generate(60, site, 7);
        output = tmp.resolve("live");
        live = new LiveSite(ConfigReader.read(site).withDestination(output));
        BuildResult first = live.build();
        assertEquals(first.pages(), first.rendered());
        assertSameAsFullBuild();
    }

    @Test
    void aTextEditRendersTheRecordsOwnPageAlone() throws IOException {
        Path record = recordWith("attachments:");
        BuildResult result = edit(record, text -> text.replaceFirst("### Sagsfremstilling\n\n",
                "### Sagsfremstilling\n\nEn ny første sætning, skrevet under korrekturen.\n\n"));
        assertEquals(1, result.rendered(), "only the record's own page shows its body text");
        assertEquals(1, result.files());
        assertTrue(Files.readString(output.resolve(page(record))).contains("En ny første sætning"));
        assertSameAsFullBuild();
    }

    @Test
    void aDecisionsOpeningWordsReachTheTimelines() throws IOException {
        Path record = recordWith("cases: [");
        BuildResult result = edit(record, text -> text.replaceFirst("### Beslutning\n\n", "### Beslutning\n\nVedtaget med ændringer. "));
        assertTrue(result.rendered() > 1, result.rendered() + " pages rendered: the case and KLE timelines show the decision");
        assertSameAsFullBuild();
    }

    @Test
    void anItemTitleReachesCaseListsRelationsAndAttachmentPages() throws IOException {
        // The oldest record's items name their matters on the list of cases.
        for (Path record : List.of(recordWith("attachments:"), recordWith("relations:"), byDate().get(0))) {
            edit(record, text -> text.replaceFirst("\n## (\\d+)\\. ", "\n## $1. Rettet titel: "));
            assertSameAsFullBuild();
        }
        assertTrue(Files.readString(output.resolve("sager/index.html")).contains("Rettet titel"));
    }

    @Test
    void aChangedTypeReachesEveryListOfMeetings() throws IOException {
        List<Path> records = byDate();
        // The newest record is on the home page too.
        Path record = records.get(records.size() - 1);
        String type = Files.readString(record).contains("type: referat") ? "referat" : "dagsorden";
        edit(record, text -> text.replaceFirst("type: " + type, "type: " + (type.equals("referat") ? "dagsorden" : "referat")));
        assertSameAsFullBuild();
    }

    @Test
    void aNewCaseNumberIsLinkedWhereverTheTextNamesIt() throws IOException {
        Path named = recordWith("Sag ");
        edit(named, text -> text.replaceFirst("Sag ", "Sag 99/12345 og sag "));
        List<Path> records = byDate();
        Path first = records.get(1);
        BuildResult result = edit(first, text -> text.replaceFirst("cases: \\[", "cases: [99/12345, "));
        assertFalse(Files.exists(output.resolve("sager/99-12345/index.html")), "a matter treated once has no page of its own");
        assertTrue(result.rendered() < result.pages(), result.rendered() + " of " + result.pages());
        String item = page(first).replace("index.html", "");
        assertTrue(TestSites.read(output.resolve(page(named))).select("a.reference[href*=99-12345], a.reference[href*=" + item.split("/")[1] + "]")
                .size() > 0, "the record that named the number now links it, to its one item");
        assertSameAsFullBuild();

        // A second treatment gives the matter its page, and every link to the number leads there.
        edit(records.get(records.size() - 2), text -> text.replaceFirst("cases: \\[", "cases: [99/12345, "));
        assertTrue(Files.isRegularFile(output.resolve("sager/99-12345/index.html")));
        assertTrue(TestSites.read(output.resolve(page(named))).select("a.reference[href*=99-12345]").size() > 0,
                "the record that named the number now links the matter's page");
        assertSameAsFullBuild();
    }

    @Test
    void aRelationAddedOnOneItemShowsOnTheOtherToo() throws IOException {
        Path target = recordWith("attachments:");
        String committee = target.getParent().getFileName().toString();
        String date = page(target).split("/")[1];
        String number = firstItemNumber(Files.readString(target));
        Path source = committee(0).getFileName().toString().equals(committee) ? committee(1) : committee(0);
        Path record = firstRecord(source);
        edit(record, text -> text.replaceFirst("```punkt\n(?!(?:[^`]*\n)*?relations:)", "```punkt\nrelations:\n  - type: resumes\n    to: "
                + committee + "/" + date + "\n    item: " + number + "\n"));
        assertTrue(Files.readString(output.resolve(page(target))).contains(source.getFileName().toString()),
                "the related item's page names the committee that resumes it");
        assertSameAsFullBuild();
    }

    @Test
    void aNewDateMovesThePageAndANewOrDeletedRecordChangesTheLists() throws IOException {
        Path record = firstRecord(committee(8));
        String slug = record.getParent().getFileName().toString();
        String before = page(record);
        // A record moved to another date is renamed with it (a file named by another date is an error).
        String text = Files.readString(record);
        String year = text.replaceFirst("(?s).*?date: (\\d{4})-.*", "$1");
        Path moved = record.resolveSibling(year + "-12-30.md");
        Files.writeString(moved, text.replaceFirst("date: \\d{4}-\\d{2}-\\d{2}", "date: " + year + "-12-30"));
        Files.delete(record);
        live.update(Set.of(record, moved));
        record = moved;
        assertFalse(Files.exists(output.resolve(before)), "the page at the old address is gone");
        assertSameAsFullBuild();

        Path copy = record.resolveSibling("2030-01-02.md");
        Files.writeString(copy, Files.readString(record).replaceFirst("date: \\d{4}-\\d{2}-\\d{2}", "date: 2030-01-02"));
        live.update(Set.of(copy));
        assertTrue(Files.isRegularFile(output.resolve(slug + "/2030-01-02/index.html")));
        assertSameAsFullBuild();

        Files.delete(copy);
        live.update(Set.of(copy));
        assertFalse(Files.exists(output.resolve(slug + "/2030-01-02/index.html")));
        assertSameAsFullBuild();
    }

    @Test
    void brokenContentChangesNothingUntilItIsFixed() throws IOException {
        Path record = firstRecord(committee(6));
        String original = Files.readString(record);
        Map<String, String> before = TestSites.digests(output);
        Files.writeString(record, original.replaceFirst("date: \\d{4}-\\d{2}-\\d{2}", "date: 2020-13-45"));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> live.update(Set.of(record)));
        assertTrue(e.report(Language.ENGLISH).contains(site.relativize(record).toString().replace('\\', '/')), e.report(Language.ENGLISH));
        assertEquals(before, TestSites.digests(output), "the preview is the last good site");

        // Another record's edit waits for the broken one; fixing it brings both in.
        Path other = firstRecord(committee(2));
        Files.writeString(other, Files.readString(other).replaceFirst("### Sagsfremstilling\n\n", "### Sagsfremstilling\n\nImens. "));
        assertThrows(BuildFailedException.class, () -> live.update(Set.of(other)));
        Files.writeString(record, original);
        live.update(Set.of(record));
        assertTrue(Files.readString(output.resolve(page(other))).contains("Imens."));
        assertSameAsFullBuild();
    }

    @Test
    void lookingForChangesFindsEditsTheWatcherMissedAndNothingElse() throws IOException {
        BuildResult none = live.update(List.of());
        assertEquals(0, none.rendered());
        assertEquals(0, none.files());
        // sed -i and many editors save through a temporary file that is renamed away at once.
        BuildResult temporary = live.update(Set.of(committee(3).resolve("sedx4Rt2a"), site.resolve("content/.x.md.swp")));
        assertEquals(0, temporary.rendered(), "a file that came and went changed nothing");
        Path record = firstRecord(committee(3));
        Files.writeString(record, Files.readString(record).replaceFirst("### Sagsfremstilling\n\n", "### Sagsfremstilling\n\nFundet. "));
        BuildResult found = live.update(List.of());
        assertEquals(1, found.rendered());
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateChangeBuildsEverything() throws IOException {
        Path templates = Files.createDirectories(site.resolve("templates"));
        Path notFound = templates.resolve("404.peb");
        try (var in = LiveSiteTest.class.getClassLoader().getResourceAsStream("referat/theme/templates/404.peb")) {
            Files.writeString(notFound, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</h1>", " (ændret)</h1>"));
        }
        BuildResult result = live.update(Set.of(notFound));
        assertEquals(result.pages(), result.rendered());
        assertTrue(Files.readString(output.resolve("404.html")).contains("(ændret)"));
        assertSameAsFullBuild();

        // A template changed while a record is broken is still taken in once the record is fixed.
        Path record = firstRecord(committee(4));
        String original = Files.readString(record);
        Files.writeString(record, original.replaceFirst("date: \\d{4}-\\d{2}-\\d{2}", "date: 2020-02-30"));
        assertThrows(BuildFailedException.class, () -> live.update(Set.of(record)));
        Files.writeString(notFound, Files.readString(notFound).replace("(ændret)", "(ændret igen)"));
        assertThrows(BuildFailedException.class, () -> live.update(Set.of(notFound)));
        Files.writeString(record, original);
        live.update(Set.of(record));
        assertTrue(Files.readString(output.resolve("404.html")).contains("(ændret igen)"));
        assertSameAsFullBuild();

        // When the watcher lost count, a template's new time stamp is found too.
        Files.delete(notFound);
        live.update(List.of());
        assertFalse(Files.readString(output.resolve("404.html")).contains("(ændret"));
        assertSameAsFullBuild();
    }

    private static BuildResult edit(Path record, java.util.function.UnaryOperator<String> change) throws IOException {
        String text = Files.readString(record);
        String edited = change.apply(text);
        assertFalse(edited.equals(text), "the edit changes " + record);
        Files.writeString(record, edited);
        return live.update(Set.of(record));
    }

    private static synchronized void assertSameAsFullBuild() {
        Path full = tmp.resolve("full-" + ++fullBuilds);
        Referat.build(ConfigReader.read(site).withDestination(full).withPagesOnly(true));
        Map<String, String> expected = TestSites.digests(full);
        Map<String, String> actual = TestSites.digests(output);
        for (String file : expected.keySet()) {
            if (!expected.get(file).equals(actual.get(file))) {
                throw new AssertionError(file + " differs from a full build's" + (actual.containsKey(file)
                        ? ": " + firstDifference(output.resolve(file), full.resolve(file)) : " (missing)"));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), "the same files as a full build");
    }

    private static String firstDifference(Path actual, Path expected) {
        try {
            String a = Files.readString(actual);
            String b = Files.readString(expected);
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
            int from = Math.max(0, i - 80);
            return "\n  preview: …" + a.substring(from, Math.min(a.length(), i + 120)) + "\n  full:    …" + b.substring(from, Math.min(b.length(), i + 120));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The page of a record, relative to the site folder: committee/date/index.html. */
    private static String page(Path record) throws IOException {
        String date = Files.readString(record).replaceFirst("(?s).*?\ndate: (\\d{4}-\\d{2}-\\d{2}).*", "$1");
        return record.getParent().getFileName() + "/" + date + "/index.html";
    }

    private static String firstItemNumber(String text) {
        return text.replaceFirst("(?s).*?\n## (\\d+)\\. .*", "$1");
    }

    /** The k-th committee folder that holds records: which committees a generated corpus uses depends on its seed. */
    private static Path committee(int k) throws IOException {
        try (Stream<Path> folders = Files.list(site.resolve("content"))) {
            return folders.filter(Files::isDirectory).sorted().toList().get(k);
        }
    }

    private static Path firstRecord(Path committee) throws IOException {
        try (Stream<Path> files = Files.list(committee)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    /** The records, oldest first. */
    private static List<Path> byDate() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted(java.util.Comparator.comparing((Path f) -> {
                try {
                    return page(f).split("/")[1];
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).thenComparing(Path::toString)).toList();
        }
    }

    /** The first record whose text holds the words; records already edited by an earlier test are as good. */
    private static Path recordWith(String words) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (Files.readString(f).contains(words)) return f;
            }
        }
        throw new AssertionError("no record holds " + words);
    }
}
