package dk.referat.assemble;

import dk.referat.diagnostics.Problems;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Parsed records kept between builds of one session (`referat serve`), so a rebuild reads only the
 * files that changed. A file's entry is used while its size and modification time are unchanged and
 * nothing it depends on beyond itself changed (committees, attachment files, git history): those
 * are summed up in one key, and when the key changes every entry is dropped.
 */
public final class ParseCache {
    record Entry(long modified, long size, Optional<Object> result, Problems problems) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile String sharedKey = "";
    private final LongAdder parsed = new LongAdder();

    void startBuild(String key) {
        if (!key.equals(sharedKey)) {
            entries.clear();
            sharedKey = key;
        }
        parsed.reset();
    }

    Optional<Entry> get(String file, long modified, long size) {
        Entry entry = entries.get(file);
        return entry != null && entry.modified() == modified && entry.size() == size ? Optional.of(entry) : Optional.empty();
    }

    void put(String file, Entry entry) {
        entries.put(file, entry);
        parsed.increment();
    }

    /** How many files the last build parsed (the rest came from the cache). */
    public int parsedLastBuild() {
        return parsed.intValue();
    }
}
