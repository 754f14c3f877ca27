package cn.yibiaotong.hub.identity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The blocking keys a chunk looks up, by kind, since the store files each kind in its own column. */
public final class KeySet {

    private final Map<BlockingKeys.Kind, Set<Long>> byKind = new EnumMap<>(BlockingKeys.Kind.class);

    /** Adds every key the record has. */
    public void add(MatchRecord r) {
        Long[] keys = BlockingKeys.byKind(r);
        for (BlockingKeys.Kind kind : BlockingKeys.Kind.values()) {
            Long key = keys[kind.ordinal()];
            if (key != null) {
                byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
            }
        }
    }

    public boolean isEmpty() {
        return byKind.isEmpty();
    }

    /** The kinds with at least one key, and their keys. */
    public Map<BlockingKeys.Kind, Set<Long>> byKind() {
        return byKind;
    }
}
