package cn.yibiaotong.hub.identity;

import java.util.List;

/**
 * Birth dates as yyyyMMdd numbers: equal; day and month swapped (03-12 typed as 12-03, the commonest slip
 * between date formats); one digit different (a typo); else different.
 */
final class BirthDateComparator implements FieldComparator {

    static final String EXACT = "exact";
    static final String SWAPPED = "swapped";
    static final String ONE_DIGIT = "one-digit";
    static final String DIFFERENT = "different";
    private static final List<String> LEVELS = List.of(EXACT, SWAPPED, ONE_DIGIT, DIFFERENT);

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        return a.birth() == 0 || b.birth() == 0 ? MISSING : LEVELS.indexOf(level(a.birth(), b.birth()));
    }

    static String level(int a, int b) {
        if (a == b) {
            return EXACT;
        }
        if (a / 10000 == b / 10000 && a % 100 == b / 100 % 100 && a / 100 % 100 == b % 100) {
            return SWAPPED;
        }
        return DigitStrings.differingDigits(Integer.toString(a), Integer.toString(b)) == 1 ? ONE_DIGIT : DIFFERENT;
    }
}
