package cn.yibiaotong.hub.cases;

/**
 * The reporting resident as stored with a case: the link to the unified resident view when one was found, and the
 * contact details as given (the phone normalised when it is a valid number).
 */
public record Reporter(String residentId, String name, String phone, String email) {
}
