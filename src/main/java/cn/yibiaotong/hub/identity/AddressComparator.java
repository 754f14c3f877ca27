package cn.yibiaotong.hub.identity;

import java.util.List;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Normalised addresses: the same; close (a character or a number slip, a 组 or 室 left out); else different.
 * The residence comparison stands in a source's registered address for a residence it does not list (公安 has
 * only 户籍地址, 民政 only 家庭住址), since most people live where they are registered; when neither record has
 * its own residence, the registered comparison already covers them.
 */
final class AddressComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "similar", "different");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double SIMILAR = 0.92;

    private final Function<MatchRecord, String> field;
    private final Function<MatchRecord, String> fallback;

    /** @param fallback stands in when the record lacks {@code field}, or null for none */
    AddressComparator(Function<MatchRecord, String> field, Function<MatchRecord, String> fallback) {
        this.field = field;
        this.fallback = fallback;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        String x = field.apply(a);
        String y = field.apply(b);
        if (fallback != null && (x == null) != (y == null)) {
            x = x == null ? fallback.apply(a) : x;
            y = y == null ? fallback.apply(b) : y;
        }
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        return JARO_WINKLER.apply(x, y) >= SIMILAR ? 1 : 2;
    }
}
