package cn.yibiaotong.hub.identity;

import java.util.Arrays;

/** A comparison's levels as stored with a review pair: "0,1,-1" (-1 = missing), in config/matching.yaml's field order. */
public final class Levels {

    private Levels() {
    }

    public static String format(int[] levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            sb.append(i == 0 ? "" : ",").append(levels[i]);
        }
        return sb.toString();
    }

    public static int[] parse(String text) {
        return text.isEmpty() ? new int[0] : Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
