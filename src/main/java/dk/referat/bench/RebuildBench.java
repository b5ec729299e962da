package dk.referat.bench;

import dk.referat.BuildResult;
import dk.referat.config.ConfigReader;
import dk.referat.serve.LiveSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times what {@code referat serve} does on a large site, in one warm JVM as serve runs: a look for
 * changes that finds none, and the rebuild after one record was edited in each of three ways: its
 * text (the usual proofreading edit), an item's title (which timelines and case lists show), and a
 * new case number on an item (which changes the site's structure). Prints medians in ms, and how many
 * pages each rebuild rendered.
 *
 * <p>Run: {@code java -cp target/referat-VERSION.jar dk.referat.bench.RebuildBench SITE OUTPUT [RUNS]}. The
 * edited record is put back as it was afterwards.
 */
public final class RebuildBench {
    private RebuildBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RebuildBench SITE OUTPUT [RUNS]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path output = Path.of(args[1]).toAbsolutePath();
        LiveSite live = new LiveSite(ConfigReader.read(site).withDestination(output));
        long first = time(live::build);
        Path record;
        try (Stream<Path> files = Files.walk(live.config().content())) {
            record = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no record in " + live.config().content()));
        }
        String original = Files.readString(record, StandardCharsets.UTF_8);
        FileTime originalTime = Files.getLastModifiedTime(record);
        List<Long> unchanged = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) unchanged.add(time(() -> live.update(List.of())));
            lines.add(edit(live, record, runs, "text", (text, i) -> text + "\nRettet i kørsel " + i + ".\n"));
            lines.add(edit(live, record, runs, "item title", (text, i) -> text.replaceFirst("\n## (\\d+)\\. ", "\n## $1. (rettet " + i + ") ")));
            lines.add(edit(live, record, runs, "new case number", (text, i) ->
                    text.replaceFirst("cases: \\[", "cases: [99/" + (10000 + i) + ", ")));
        } finally {
            Files.writeString(record, original, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(record, originalTime);
            live.update(Set.of(record));
        }
        System.out.printf("first build (warming up) %d ms%n", first);
        System.out.printf("look for changes, none found: median %d ms of %s%n", median(unchanged), unchanged);
        lines.forEach(System.out::println);
        System.out.printf("(edited: %s)%n", site.relativize(record));
    }

    interface Edit {
        String apply(String text, int run);
    }

    /** Edits the record as given, then back, timing the rebuild after the edit. */
    private static String edit(LiveSite live, Path record, int runs, String what, Edit edit) throws IOException {
        String original = Files.readString(record, StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            String edited = edit.apply(original, i);
            if (edited.equals(original)) throw new IllegalStateException("the " + what + " edit changed nothing in " + record);
            Files.writeString(record, edited, StandardCharsets.UTF_8);
            BuildResult[] result = new BuildResult[1];
            times.add(time(() -> result[0] = live.update(Set.of(record))));
            rendered.add(result[0].rendered());
            Files.writeString(record, original, StandardCharsets.UTF_8);
            live.update(Set.of(record));
        }
        return String.format("one-record edit, %s: median %d ms of %s, pages rendered %s", what, median(times), times, rendered);
    }

    private static long time(Runnable build) {
        long start = System.nanoTime();
        build.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
