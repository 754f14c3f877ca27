package cn.yibiaotong.hub.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Structurally valid, synthetic citizen IDs for test data (GB 11643 MOD 11-2); never real people's. */
public final class SyntheticIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private SyntheticIds() {
    }

    /** @param sequence 0..498; odd sequence digits mean male, so the last digit is chosen to match */
    public static String of(String county, LocalDate birth, boolean male, int sequence) {
        int seq = sequence * 2 + (male ? 1 : 2);
        String body = county + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        return body + check(body);
    }

    public static char check(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
