package cn.yibiaotong.hub.identity;

import java.util.List;

/** 12-digit community codes: the same community; the same street (first 9 digits); else different. */
final class DivisionComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("community", "street", "different");
    private static final int STREET_DIGITS = 9;

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.division() == null || b.division() == null) {
            return MISSING;
        }
        if (a.division().equals(b.division())) {
            return 0;
        }
        return a.division().regionMatches(0, b.division(), 0, STREET_DIGITS) ? 1 : 2;
    }
}
