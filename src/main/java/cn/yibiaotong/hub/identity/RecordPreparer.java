package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.DateValues;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.normalize.PhoneNumbers;
import cn.yibiaotong.hub.normalize.TextValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns a record's raw values, keyed by data-list item code, into a {@link MatchRecord}. Uses the hub's own
 * value rules (IdNumbers, DateValues, PhoneNumbers) so that matching and ingest read a value alike. A value the
 * rules refuse is treated as absent, except an 18-character ID number, which stays as untrusted evidence.
 */
public final class RecordPreparer {

    public static final String ID = "person.id_number";
    public static final String NAME = "person.name";
    public static final String GENDER = "person.gender";
    public static final String BIRTH = "person.birth_date";
    public static final String PHONE = "person.phone";
    public static final String REGISTERED = "person.registered_address";
    public static final String RESIDENCE = "person.residence_address";
    public static final String COMMUNITY = "person.community_code";
    public static final List<String> ITEMS = List.of(ID, NAME, GENDER, BIRTH, PHONE, REGISTERED, RESIDENCE, COMMUNITY);

    private static final Pattern ID_SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern NOT_ID_CHARACTER = Pattern.compile("[^0-9X]");

    private final UnaryOperator<String> communityCode;
    private final LocalDate today;
    private final int todayNumber;

    /**
     * @param communityCode turns what a source writes for the community (a code at any padding, or a name) into
     *                      a 12-digit code, or null when it cannot
     */
    public RecordPreparer(UnaryOperator<String> communityCode, LocalDate today) {
        this.communityCode = communityCode;
        this.today = today;
        this.todayNumber = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
    }

    /** The record's ID number when it passes every GB 11643 check, else null: what decides before any comparison. */
    public String trustedId(Map<String, String> values) {
        String rawId = blankToNull(values.get(ID));
        if (rawId == null) {
            return null;
        }
        Checked checked = IdNumbers.normalize(rawId, today);
        return checked.isOk() ? checked.value() : null;
    }

    public MatchRecord prepare(String key, Map<String, String> values) {
        String rawId = blankToNull(values.get(ID));
        String id = null;
        boolean trusted = false;
        if (rawId != null) {
            Checked checked = IdNumbers.normalize(rawId, today);
            if (checked.isOk()) {
                id = checked.value();
                trusted = true;
            } else {
                String cleaned = NOT_ID_CHARACTER.matcher(TextValues.halfwidth(rawId).toUpperCase()).replaceAll("");
                id = ID_SHAPE.matcher(cleaned).matches() ? cleaned : null;
            }
        }
        int birth = birth(values.get(BIRTH));
        String gender = GenderComparator.code(values.get(GENDER));
        if (trusted) {
            // the ID is the better witness of both: typed once, checked by a digit
            birth = birth == 0 ? Integer.parseInt(id.substring(6, 14)) : birth;
            gender = gender == null ? IdNumbers.genderCode(id) : gender;
        }
        String phone = blankToNull(values.get(PHONE));
        if (phone != null && !isPlainMobile(phone)) {
            Checked checked = PhoneNumbers.normalize(phone);
            phone = checked.isOk() ? checked.value() : null;
        }
        String community = blankToNull(values.get(COMMUNITY));
        return new MatchRecord(key, id, trusted, PersonName.of(values.get(NAME)), birth, gender, phone,
                Addresses.normalize(values.get(REGISTERED)), Addresses.normalize(values.get(RESIDENCE)),
                community == null ? null : communityCode.apply(community));
    }

    private int birth(String raw) {
        if (blankToNull(raw) == null) {
            return 0;
        }
        if (isIsoDate(raw)) {
            // the form nearly every system exports; the full rules below handle everything else
            int value = Integer.parseInt(raw.substring(0, 4) + raw.substring(5, 7) + raw.substring(8, 10));
            int month = value / 100 % 100;
            int day = value % 100;
            if (month >= 1 && month <= 12 && day >= 1 && day <= 28 && value <= todayNumber) {
                return value;
            }
        }
        Checked checked = DateValues.parse(raw, null, today);
        return checked.isOk() ? Integer.parseInt(checked.value().replace("-", "")) : 0;
    }

    /** 11 ASCII digits starting 1[3-9]: what PhoneNumbers would return unchanged, checked without regexes. */
    static boolean isPlainMobile(String s) {
        if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
