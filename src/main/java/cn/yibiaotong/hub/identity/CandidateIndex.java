package cn.yibiaotong.hub.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Blocking keys → ordinals of the records filed under them, in memory. A block larger than the configured
 * maximum is skipped when looking up (a key everybody shares tells nothing), so one lookup costs at most
 * keys × maxBlockSize comparisons however many records are stored.
 */
public final class CandidateIndex {

    private final Map<Long, int[]> blocks = new HashMap<>();
    private final int maxBlockSize;
    private int[] seen = new int[1024];
    private int stamp;

    public CandidateIndex(int maxBlockSize) {
        this.maxBlockSize = maxBlockSize;
    }

    /** Files ordinal under each key. Block arrays keep their size in slot 0 and grow by doubling. */
    public void add(int ordinal, long[] keys) {
        for (long key : keys) {
            int[] block = blocks.get(key);
            if (block == null || block[0] + 1 == block.length) {
                block = block == null ? new int[4] : Arrays.copyOf(block, block.length * 2);
                blocks.put(key, block);
            }
            block[++block[0]] = ordinal;
        }
        if (ordinal >= seen.length) {
            seen = Arrays.copyOf(seen, Math.max(ordinal + 1, seen.length * 2));
        }
    }

    /** Distinct ordinals sharing at least one key with usable blocks, in no particular order. */
    public int[] candidates(long[] keys) {
        stamp++;
        int[] out = new int[16];
        int n = 0;
        for (long key : keys) {
            int[] block = blocks.get(key);
            if (block == null || block[0] > maxBlockSize) {
                continue;
            }
            for (int i = 1; i <= block[0]; i++) {
                int ordinal = block[i];
                if (seen[ordinal] != stamp) {
                    seen[ordinal] = stamp;
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = ordinal;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
