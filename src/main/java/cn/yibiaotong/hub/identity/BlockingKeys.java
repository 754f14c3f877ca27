package cn.yibiaotong.hub.identity;

import java.util.Arrays;

/**
 * The keys under which a record is filed and looked up, so that a record is compared only with the few stored
 * records that share a key, and cost grows with the number of records, not its square. Each key survives a
 * different kind of error, so a pair missed by one is found by another:
 * <ul>
 *   <li>{@code bd} birth date (day and month in sorted order, so swapped dates meet) + surname pinyin;</li>
 *   <li>{@code ny} whole-name pinyin + birth year (a day or month typo; homophones meet);</li>
 *   <li>{@code nc} whole-name pinyin + community (no birth date, or a wrong year);</li>
 *   <li>{@code ph} phone;</li>
 *   <li>{@code ib} birth-date part of an ID number, valid or not, + surname pinyin (a bad check digit).</li>
 * </ul>
 * Keys are 64-bit hashes; the store holds each kind in its own column of identity_features, each with an index
 * ({@link Kind#column()}); a collision only adds a candidate that the scorer then rejects.
 */
public final class BlockingKeys {

    /** The kinds of key, in the order {@link #byKind} gives them, with the identity_features column of each. */
    public enum Kind {
        BD("key_bd"), NY("key_ny"), NC("key_nc"), PH("key_ph"), IB("key_ib");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private BlockingKeys() {
    }

    /** The record's keys, those it has. */
    public static long[] of(MatchRecord r) {
        return Arrays.stream(byKind(r)).filter(k -> k != null).mapToLong(Long::longValue).toArray();
    }

    /** The record's key of each kind, in {@link Kind} order: null where the record lacks what the kind needs. */
    public static Long[] byKind(MatchRecord r) {
        Long[] keys = new Long[Kind.values().length];
        String surname = r.name() == null ? null : r.name().surnamePinyin();
        String pinyin = r.name() == null ? null : r.name().pinyin();
        if (r.birth() != 0 && surname != null) {
            int year = r.birth() / 10000;
            int month = r.birth() / 100 % 100;
            int day = r.birth() % 100;
            keys[Kind.BD.ordinal()] = hash("bd", year * 10000 + Math.min(month, day) * 100 + Math.max(month, day) + surname);
        }
        if (r.birth() != 0 && pinyin != null) {
            keys[Kind.NY.ordinal()] = hash("ny", r.birth() / 10000 + pinyin);
        }
        if (pinyin != null && r.division() != null) {
            keys[Kind.NC.ordinal()] = hash("nc", r.division() + pinyin);
        }
        if (r.phone() != null) {
            keys[Kind.PH.ordinal()] = phoneKey(r.phone());
        }
        if (r.anyId() != null && surname != null) {
            keys[Kind.IB.ordinal()] = hash("ib", r.anyId().substring(6, 14) + surname);
        }
        return keys;
    }

    /** The key a record holding this (normalised) phone number is filed under. */
    public static long phoneKey(String phone) {
        return hash("ph", phone);
    }

    /** FNV-1a, 64 bits, over the key's kind and text. */
    static long hash(String kind, String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ ':') * 0x100000001b3L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
