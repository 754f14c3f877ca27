package cn.yibiaotong.hub.identity;

import java.time.LocalDate;

/**
 * One generated resident as the facts are; department records are written from it with slips.
 *
 * @param truth   the true identity written into every row, e.g. P0000042
 * @param id      valid 18-digit ID number, null for someone no source has one for
 * @param oldPhone a phone the person had before, which some sources still list
 * @param oldAddress a residence the person lived at before
 */
record TruePerson(String truth, String id, String name, boolean male, LocalDate birth, String phone,
                  String oldPhone, String registeredAddress, String residenceAddress, String oldAddress,
                  String communityCode, String communityName, String household, String relationship,
                  boolean floating) {
}
