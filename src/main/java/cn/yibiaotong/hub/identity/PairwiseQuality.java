package cn.yibiaotong.hub.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth: a pair of records counts as predicted
 * when both are in one cluster, as true when both belong to one person. Counted from cluster sizes, not pairs.
 */
public record PairwiseQuality(long truePairs, long predictedPairs, long correctPairs, int trueClusters,
                              int predictedClusters) {

    /** @param truth per record, its true identity; @param predicted per record, its cluster */
    public static PairwiseQuality of(int[] truth, int[] predicted) {
        Map<Integer, Long> t = new HashMap<>();
        Map<Integer, Long> p = new HashMap<>();
        Map<Long, Long> both = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            t.merge(truth[i], 1L, Long::sum);
            p.merge(predicted[i], 1L, Long::sum);
            both.merge(((long) truth[i] << 32) | (predicted[i] & 0xffffffffL), 1L, Long::sum);
        }
        return new PairwiseQuality(pairs(t), pairs(p), pairs(both), t.size(), p.size());
    }

    private static <K> long pairs(Map<K, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
