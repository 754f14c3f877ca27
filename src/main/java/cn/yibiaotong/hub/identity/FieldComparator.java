package cn.yibiaotong.hub.identity;

import java.util.List;

/** Compares one field of two records and says how well they agree, as one of its named levels. */
interface FieldComparator {

    /** Either record lacks the field: the pair's score neither gains nor loses by default. */
    int MISSING = -1;

    /** Level names, best agreement first; config/matching.yaml gives each its m and u probability. */
    List<String> levels();

    /** @return the index of the level in {@link #levels()}, or {@link #MISSING} */
    int compare(MatchRecord a, MatchRecord b);
}
