package dk.referat.serve;

import dk.referat.Pages;
import dk.referat.assemble.ModelBuilder;
import dk.referat.diagnostics.Problem;
import dk.referat.model.Publication;
import dk.referat.model.Site;
import dk.referat.render.Inputs;
import dk.referat.render.PlannedPage;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about the site as it is in the preview folder.
 *
 * @param siteProblems what the scan of the site folder and the committee list gave
 * @param stamps      each record's time stamp and size when it was read
 * @param otherStamps the same for every other file the build read: configuration, committees,
 *                    attachment files, templates and assets
 */
record SiteState(SiteSources sources, ModelBuilder.Records records, List<Problem> siteProblems,
                 Map<String, Publication> model, Map<String, List<Problem>> parseProblems, Map<String, Long> stamps,
                 Map<Path, Long> otherStamps, List<Problem> resolveProblems, Site site, SiteIndex index, Pages pages,
                 List<PlannedPage> plan, Map<String, Readers> readers) {

    /** Per record file (and matter), the pages whose views read something of it. */
    static Map<String, Readers> readers(List<PlannedPage> plan) {
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
    static final class Readers {
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

    static Map<String, PlannedPage> byPath(List<PlannedPage> plan) {
        Map<String, PlannedPage> byPath = new LinkedHashMap<>();
        plan.forEach(p -> byPath.put(p.path(), p));
        return byPath;
    }
}
