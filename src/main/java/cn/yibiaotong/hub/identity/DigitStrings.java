package cn.yibiaotong.hub.identity;

/** Typing slips in strings of digits of equal length: substitutions and adjacent transpositions. */
final class DigitStrings {

    private DigitStrings() {
    }

    /** Positions at which the two differ; {@link Integer#MAX_VALUE} when the lengths differ. */
    static int differingDigits(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.MAX_VALUE;
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    /** Equal but for two neighbouring characters typed in the wrong order (…1985… as …1958…). */
    static boolean adjacentTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= a.length()) {
            return false;
        }
        return a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }
}
