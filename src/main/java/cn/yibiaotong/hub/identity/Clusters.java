package cn.yibiaotong.hub.identity;

import java.util.Arrays;

/**
 * Union-find over record ordinals: one cluster is one resident. Each cluster remembers the trusted ID number it
 * carries, so that two clusters keyed by two different valid IDs are never joined through a chain of
 * probabilistic links (A~B, B~C with A and C two different people).
 */
public final class Clusters {

    private int[] parent = new int[1024];
    private String[] idOfRoot = new String[1024];
    private int size;

    /** Adds a singleton cluster for the next ordinal and returns it. */
    public int add(String trustedId) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            idOfRoot = Arrays.copyOf(idOfRoot, size * 2);
        }
        parent[size] = size;
        idOfRoot[size] = trustedId;
        return size++;
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** @return false, and nothing joined, when the two clusters carry different trusted IDs */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (idOfRoot[ra] != null && idOfRoot[rb] != null && !idOfRoot[ra].equals(idOfRoot[rb])) {
            return false;
        }
        // the older cluster survives: its root, like a hub ID, does not move when a newer record joins
        int survivor = Math.min(ra, rb);
        int retired = Math.max(ra, rb);
        parent[retired] = survivor;
        if (idOfRoot[survivor] == null) {
            idOfRoot[survivor] = idOfRoot[retired];
        }
        return true;
    }

    public int size() {
        return size;
    }
}
