package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The unified view of one resident: every item's surviving value with where it came from, and its history.
 *
 * @param aliases hub IDs merged into this resident, which still resolve to it
 * @param note    when the ID asked for was merged into this resident: says so (Chinese), else null
 * @param household the resident's household (户) with its members, or null
 * @param maskedItems items whose values are masked for the caller (power list)
 */
public record ResidentView(String residentId, String idNumber, String name, int version, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt, List<Item> items, List<String> aliases, String note,
                           Household household, List<String> maskedItems) {

    /** A view before the power list is applied: nothing masked yet. */
    public ResidentView(String residentId, String idNumber, String name, int version, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt, List<Item> items, List<String> aliases, String note,
                        Household household) {
        this(residentId, idNumber, name, version, createdAt, updatedAt, items, aliases, note, household, List.of());
    }

    ResidentView withNote(String text) {
        return new ResidentView(residentId, idNumber, name, version, createdAt, updatedAt, items, aliases, text, household,
                maskedItems);
    }

    /**
     * @param display      the value as people read it (code list name, division name), or null
     * @param source       provenance of the surviving value
     * @param otherSources current values of other sources that disagree with the surviving one
     * @param history      earlier values, newest first
     * @param masked       the values are masked for the caller (power list, config/access.yaml)
     */
    public record Item(String code, String name, String value, String display, String sensitivity, Source source,
                       List<Source> otherSources, List<Source> history, boolean masked) {

        public Item(String code, String name, String value, String display, String sensitivity, Source source,
                    List<Source> otherSources, List<Source> history) {
            this(code, name, value, display, sensitivity, source, otherSources, history, false);
        }
    }

    public record Source(String connector, String value, String batchId, Long row, int version,
                         OffsetDateTime recordedAt, OffsetDateTime supersededAt) {

        /** The same provenance with the value as the caller may read it. */
        public Source withValue(String shown) {
            return new Source(connector, shown, batchId, row, version, recordedAt, supersededAt);
        }

        static Source of(ItemValue v) {
            return new Source(v.connectorId(), v.value(), v.batchId(), v.sourceRow(), v.version(), v.validFrom(),
                    v.validTo());
        }
    }
}
