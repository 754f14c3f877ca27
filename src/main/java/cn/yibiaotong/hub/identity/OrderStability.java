package cn.yibiaotong.hub.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the clustering depends on the order records arrive in: the records are resolved again in reverse, and
 * a record counts as stable when its resident has exactly the same records both times. (Hub IDs follow residents,
 * so this is the share of hub IDs a reload in another order would keep.)
 */
final class OrderStability {

    private OrderStability() {
    }

    static double reversed(MatchScorer scorer, List<MatchRecord> records, int[] forward) {
        Resolver resolver = new Resolver(scorer);
        int n = records.size();
        for (int i = n - 1; i >= 0; i--) {
            resolver.resolve(records.get(i));
        }
        int[] backward = new int[n];
        for (int i = 0; i < n; i++) {
            // the record at position i in forward order was resolved as ordinal n - 1 - i
            backward[i] = resolver.clusterOf(n - 1 - i);
        }
        return sameClusters(forward, backward);
    }

    /** Share of records whose cluster has the same members in both labellings. */
    static double sameClusters(int[] a, int[] b) {
        Map<Integer, Integer> sizeA = new HashMap<>();
        Map<Integer, Integer> sizeB = new HashMap<>();
        Map<Integer, Integer> partner = new HashMap<>();
        Map<Integer, Boolean> consistent = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            sizeA.merge(a[i], 1, Integer::sum);
            sizeB.merge(b[i], 1, Integer::sum);
            Integer p = partner.putIfAbsent(a[i], b[i]);
            if (p != null && p != b[i]) {
                consistent.put(a[i], false);
            }
        }
        long stable = 0;
        for (int i = 0; i < a.length; i++) {
            if (consistent.getOrDefault(a[i], true) && sizeA.get(a[i]).equals(sizeB.get(partner.get(a[i])))) {
                stable++;
            }
        }
        return a.length == 0 ? 1 : (double) stable / a.length;
    }
}
