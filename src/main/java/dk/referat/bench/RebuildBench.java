package dk.referat.bench;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.output.BuildCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times what {@code referat serve} does on a large site, in one warm JVM as serve runs: a rebuild
 * with nothing changed, and a rebuild after one record's text was edited. Prints medians in ms.
 *
 * <p>Run: {@code java -cp target/referat.jar dk.referat.bench.RebuildBench SITE OUTPUT [RUNS]}. The
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
        SiteConfig config = ConfigReader.read(site).withDestination(Path.of(args[1]).toAbsolutePath()).withPagesOnly(true);
        BuildCache cache = new BuildCache();
        long first = time(() -> Referat.build(config, cache));
        Path record;
        try (Stream<Path> files = Files.walk(config.content())) {
            record = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no record in " + config.content()));
        }
        String original = Files.readString(record, StandardCharsets.UTF_8);
        FileTime originalTime = Files.getLastModifiedTime(record);
        List<Long> unchanged = new ArrayList<>();
        List<Long> edited = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                unchanged.add(time(() -> Referat.build(config, cache)));
                Files.writeString(record, original + "\nRettet i kørsel " + (i + 1) + ".\n", StandardCharsets.UTF_8);
                BuildResult[] result = new BuildResult[1];
                edited.add(time(() -> result[0] = Referat.build(config, cache)));
                rendered.add(result[0].rendered());
            }
        } finally {
            Files.writeString(record, original, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(record, originalTime);
        }
        System.out.printf("first build (warming up) %d ms%n", first);
        System.out.printf("no-change rebuild: median %d ms of %s%n", median(unchanged), unchanged);
        System.out.printf("one-record edit: median %d ms of %s, pages rendered %s (%s)%n", median(edited), edited,
                rendered, site.relativize(record));
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
