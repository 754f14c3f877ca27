package cn.yibiaotong.hub.identity;

import java.util.LinkedHashMap;
import java.util.List;

/** The shape of config/matching.yaml (schema schemas/meta/matching.schema.json); bound, then checked. */
record MatchingFile(Thresholds thresholds, Blocking blocking, List<Field> fields) {

    /** Scores at or above {@code link} link; from {@code review} up to {@code link} go to a person. */
    record Thresholds(double link, double review) {
    }

    /** A blocking key shared by more than {@code maxBlockSize} stored records is too common to help. */
    record Blocking(int maxBlockSize) {
    }

    /**
     * @param item          the data-list item compared
     * @param comparator    which comparison
     * @param levels        per level of the comparator, m and u probabilities (or a weight)
     * @param missing       weight when either record lacks the item
     * @param holdForReview levels at which the pair is never linked automatically, whatever its score
     */
    record Field(String item, String comparator, LinkedHashMap<String, Level> levels, double missing,
                 List<String> holdForReview) {
    }

    /** m = P(level | same person), u = P(level | different persons); or a weight in bits given directly. */
    record Level(Double m, Double u, Double weight) {
    }
}
