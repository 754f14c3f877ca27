package cn.yibiaotong.hub.resident;

import java.time.LocalDate;
import java.util.List;

/**
 * A household (户) and its members.
 *
 * @param basis household-number (a source's 户号) or registered-address (no 户号: same registered address, with a
 *              relationship to the head)
 */
public record Household(String householdId, String basis, List<Member> members) {

    /** @param relationship GB/T 4761 code, relationshipName its name */
    public record Member(String residentId, String idNumber, String name, String gender, LocalDate birthDate,
                         String relationship, String relationshipName) {
    }
}
