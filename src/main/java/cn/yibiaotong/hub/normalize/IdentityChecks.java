package cn.yibiaotong.hub.normalize;

import java.util.Map;
import java.util.Optional;

/**
 * Gender and birth date are written into the citizen ID itself; a row that contradicts its ID is rejected
 * (one of the two is mistyped), and a row that leaves them out gets them from the ID.
 */
final class IdentityChecks {

    static final String GENDER = "person.gender";
    static final String BIRTH_DATE = "person.birth_date";

    private IdentityChecks() {
    }

    static Optional<String> genderConflict(String id18, Map<String, String> values) {
        String gender = values.get(GENDER);
        String fromId = IdNumbers.genderCode(id18);
        if (gender == null || gender.equals(fromId) || !(gender.equals("1") || gender.equals("2"))) {
            return Optional.empty();
        }
        return Optional.of("性别与公民身份号码不一致：号码第 17 位表示“" + ("1".equals(fromId) ? "男" : "女")
                + "”。请核对性别或身份证号。");
    }

    static Optional<String> birthDateConflict(String id18, Map<String, String> values) {
        String birth = values.get(BIRTH_DATE);
        String fromId = IdNumbers.birthDate(id18).toString();
        if (birth == null || birth.equals(fromId)) {
            return Optional.empty();
        }
        return Optional.of("出生日期与公民身份号码第 7–14 位不一致。请核对出生日期或身份证号。");
    }

    static void fillFromId(String id18, Map<String, String> values) {
        values.putIfAbsent(GENDER, IdNumbers.genderCode(id18));
        values.putIfAbsent(BIRTH_DATE, IdNumbers.birthDate(id18).toString());
    }
}
