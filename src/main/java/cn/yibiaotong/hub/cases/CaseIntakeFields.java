package cn.yibiaotong.hub.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case items of the data list ({@code case.*}) and the intake fields of {@code schemas/case.schema.json} they
 * fill. A connector with {@code record: case} maps its columns onto these items; this turns a checked record into
 * the intake {@link CaseIntake} takes, and names the item behind an intake field CaseIntake rejects.
 */
public final class CaseIntakeFields {

    public static final String EXTERNAL_REF = "case.external_ref";
    /** Sources give the day a demand was received; the deadline runs from midnight Beijing time. */
    static final String DAY_START = "T00:00:00+08:00";

    /** Intake field (JSON path as CaseIntake names it) → data-list item. */
    static final Map<String, String> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("ledger", "case.ledger");
        ITEMS.put("matter", "case.matter");
        ITEMS.put("title", "case.title");
        ITEMS.put("description", "case.description");
        ITEMS.put("receivedAt", "case.reported_at");
        ITEMS.put("reporter.name", "case.reporter_name");
        ITEMS.put("reporter.idNumber", "case.reporter_id_number");
        ITEMS.put("reporter.phone", "case.reporter_phone");
        ITEMS.put("location.address", "case.address");
        ITEMS.put("location.divisionCode", "case.community_code");
        ITEMS.put("location.gridCode", "case.grid_code");
    }

    private CaseIntakeFields() {
    }

    /** The intake fields of one record's normalised item values; channel and external reference are added by CaseIntake. */
    public static ObjectNode intake(ObjectMapper json, Map<String, String> values) {
        ObjectNode intake = json.createObjectNode();
        ITEMS.forEach((field, item) -> {
            String value = values.get(item);
            if (value == null || value.isEmpty()) {
                return;
            }
            if ("receivedAt".equals(field)) {
                value = value + DAY_START;
            }
            int dot = field.indexOf('.');
            ObjectNode target = dot < 0 ? intake : part(intake, field.substring(0, dot));
            target.put(dot < 0 ? field : field.substring(dot + 1), value);
        });
        return intake;
    }

    private static ObjectNode part(ObjectNode intake, String name) {
        return intake.has(name) ? (ObjectNode) intake.get(name) : intake.putObject(name);
    }

    /** The data-list item behind an intake field, or null for a field no item fills. */
    public static String itemOf(Object field) {
        return field == null ? null : ITEMS.get(field.toString());
    }
}
