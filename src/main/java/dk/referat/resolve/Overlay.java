package dk.referat.resolve;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map that is another with some values replaced, without copying it: {@link IndexPatch} replaces
 * a handful of the 180,000 entries of a 20,000-record site's index, and copying the maps took longer
 * than everything else an edit costs. Keys are never added or removed; iteration keeps the base's
 * order. An overlay of an overlay is flattened once the chain grows, so look-ups stay cheap however
 * many edits a preview session makes.
 */
final class Overlay<K, V> extends AbstractMap<K, V> {
    private static final int MAX_DEPTH = 8;
    private final Map<K, V> base;
    private final Map<K, V> changes;
    private final int depth;

    private Overlay(Map<K, V> base, Map<K, V> changes, int depth) {
        this.base = base;
        this.changes = changes;
        this.depth = depth;
    }

    /** The base with the changed values; each key must be one of the base's. */
    static <K, V> Map<K, V> of(Map<K, V> base, Map<K, V> changes) {
        if (changes.isEmpty()) return base;
        for (K key : changes.keySet()) {
            if (!base.containsKey(key)) throw new IllegalArgumentException("changes: " + key + " is not a key of the map");
        }
        int depth = base instanceof Overlay<K, V> o ? o.depth + 1 : 1;
        if (depth > MAX_DEPTH) {
            Map<K, V> flat = new LinkedHashMap<>(base);
            flat.putAll(changes);
            return java.util.Collections.unmodifiableMap(flat);
        }
        return new Overlay<>(base, Map.copyOf(changes), depth);
    }

    @Override
    public V get(Object key) {
        V changed = key == null ? null : changes.get(key);
        return changed != null ? changed : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> entries = base.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<K, V> next() {
                        Entry<K, V> e = entries.next();
                        V changed = changes.get(e.getKey());
                        return changed == null ? e : new SimpleImmutableEntry<>(e.getKey(), changed);
                    }
                };
            }

            @Override
            public int size() {
                return base.size();
            }
        };
    }
}
