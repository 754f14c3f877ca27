package cn.yibiaotong.hub.configfile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": most wrong codes and keys in a hand-edited file are typos of a valid one. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    /**
     * The closest candidate to {@code given}, ignoring case, if it is a plausible typo: at most one edit per
     * three characters (one for short words, three at most), so short unrelated words are not "suggested".
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        if (given == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        return candidates.stream().filter(c -> {
            int d = distance(c, given);
            return d >= 0 && d <= allowed;
        }).min(Comparator.comparingInt(c -> distance(c, given)));
    }

    /** {@code 是否想写“column”？} or the empty string. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> "是否想写“" + c + "”？").orElse("");
    }

    private static int distance(String candidate, String given) {
        return DISTANCE.apply(candidate.toLowerCase(), given.toLowerCase());
    }
}
