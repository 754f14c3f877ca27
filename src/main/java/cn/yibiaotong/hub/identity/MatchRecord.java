package cn.yibiaotong.hub.identity;

/**
 * One source record prepared for matching: every field cleaned once, so that comparing two records is only
 * equality tests and a little arithmetic. Fields a source does not have are null (birth 0).
 *
 * @param key               the record's own reference (connector, batch and row; or file and line)
 * @param anyId             the 18-character ID number, trusted (valid, normalised, 15 digits upgraded) or not
 * @param idTrusted         whether {@code anyId} passed every GB 11643 check, so that it may serve as a key
 * @param birth             birth date as the number yyyyMMdd, 0 if unknown
 * @param gender            GB/T 2261.1 "1" or "2", null if unknown
 * @param phone             normalised by the hub's phone rules, null if absent or invalid
 * @param registeredAddress see {@link Addresses#normalize}
 * @param residenceAddress  see {@link Addresses#normalize}
 * @param division          12-digit community code
 */
public record MatchRecord(String key, String anyId, boolean idTrusted, PersonName name, int birth, String gender,
                          String phone, String registeredAddress, String residenceAddress, String division) {

    /** The ID number if it may serve as a key, else null. */
    public String trustedId() {
        return idTrusted ? anyId : null;
    }
}
