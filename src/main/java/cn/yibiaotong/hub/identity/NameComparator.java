package cn.yibiaotong.hub.identity;

import java.util.List;

/**
 * Names: the same characters; the same sound in every position (张伟/张玮, 刘/留, any reading of a polyphonic
 * character); a sound that Sichuan and other south-western speakers merge (l/n, z/zh, an/ang, in/ing: 刘/牛);
 * one character different in sound (a misread handwriting, but also a twin: 张子涵/张子轩); else different.
 * No string distance over whole-name pinyin: it scores 张子涵/张子轩 as close as a typo.
 */
final class NameComparator implements FieldComparator {

    static final String EXACT = "exact";
    static final String HOMOPHONE = "homophone";
    static final String SIMILAR_SOUND = "similar-sound";
    static final String ONE_CHARACTER = "one-character";
    static final String DIFFERENT = "different";
    private static final List<String> LEVELS = List.of(EXACT, HOMOPHONE, SIMILAR_SOUND, ONE_CHARACTER, DIFFERENT);

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        return a.name() == null || b.name() == null ? MISSING : LEVELS.indexOf(level(a.name(), b.name()));
    }

    static String level(PersonName a, PersonName b) {
        if (a.text().equals(b.text())) {
            return EXACT;
        }
        if (a.readings().length != b.readings().length) {
            return DIFFERENT;
        }
        int offSound = 0;
        int merged = 0;
        for (int i = 0; i < a.readings().length; i++) {
            if (!shareReading(a.readings()[i], b.readings()[i], false)) {
                offSound++;
                if (shareReading(a.readings()[i], b.readings()[i], true)) {
                    merged++;
                }
            }
        }
        if (offSound == 0) {
            return HOMOPHONE;
        }
        if (offSound == 1 && a.readings().length > 1) {
            return merged == 1 ? SIMILAR_SOUND : ONE_CHARACTER;
        }
        return DIFFERENT;
    }

    private static boolean shareReading(String[] x, String[] y, boolean mergeDialect) {
        for (String r : x) {
            for (String s : y) {
                if (mergeDialect ? Syllables.merged(r).equals(Syllables.merged(s)) : r.equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
