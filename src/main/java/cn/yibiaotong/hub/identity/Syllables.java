package cn.yibiaotong.hub.identity;

/**
 * Pinyin syllables as south-western Mandarin (Sichuan, Chongqing, Guizhou) pronounces them: no retroflex
 * initials (zh/ch/sh → z/c/s), n and l merged, and no -n/-ng distinction after a, e, i. A clerk who writes
 * names down by ear confuses exactly these.
 */
final class Syllables {

    private Syllables() {
    }

    static String merged(String syllable) {
        String s = syllable;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        }
        if (s.startsWith("n")) {
            s = "l" + s.substring(1);
        }
        if (s.endsWith("ang") || s.endsWith("eng") || s.endsWith("ing")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
