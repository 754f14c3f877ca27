package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The unified view of one resident: every item's surviving value with where it came from, and its history.
 *
 * @param aliases hub IDs merged into this resident, which still resolve to it
 * @param note    when the ID asked for was merged into this resident: says so (Chinese), else null
 * @param household the resident's household (户) with its members, or null
 */
public record ResidentView(String residentId, String idNumber, String name, int version, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt, List<Item> items, List<String> aliases, String note,
                           Household household) {

    ResidentView withNote(String text) {
        return new ResidentView(residentId, idNumber, name, version, createdAt, updatedAt, items, aliases, text, household);
    }

    /**
     * @param display      the value as people read it (code list name, division name), or null
     * @param source       provenance of the surviving value
     * @param otherSources current values of other sources that disagree with the surviving one
     * @param history      earlier values, newest first
     */
    public record Item(String code, String name, String value, String display, String sensitivity, Source source,
                       List<Source> otherSources, List<Source> history) {
    }

    public record Source(String connector, String value, String batchId, Long row, int version,
                         OffsetDateTime recordedAt, OffsetDateTime supersededAt) {

        static Source of(ItemValue v) {
            return new Source(v.connectorId(), v.value(), v.batchId(), v.sourceRow(), v.version(), v.validFrom(),
                    v.validTo());
        }
    }
}
