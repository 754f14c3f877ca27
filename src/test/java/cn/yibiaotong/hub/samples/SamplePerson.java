package cn.yibiaotong.hub.samples;

import java.time.LocalDate;

/**
 * One synthetic resident of the sample population, as the facts are: each department's file then writes them in
 * its own way (and with the differences the generator plants on purpose).
 *
 * @param communityName the community as departments write it, e.g. 滨河花园社区 (without 居委会)
 * @param inRoster      the street roster samples list this person
 * @param rosterAssistance what the roster says under 低保类型, empty if nothing
 * @param rosterDisability what the roster says under 残疾类别, empty if nothing
 */
public record SamplePerson(String id, String name, boolean male, String ethnicityCode, LocalDate birth, String phone,
                           String registeredAddress, String residenceAddress, boolean floating, String communityCode,
                           String communityName, String household, String relationshipCode, boolean inRoster,
                           String rosterAssistance, String rosterDisability) {

    public int ageOn(LocalDate day) {
        return birth.until(day).getYears();
    }
}
