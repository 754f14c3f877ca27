package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.parse.FormatSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file in {@code connectors/}: a department system, its transport, format, field mappings and code maps.
 * Bound from YAML and checked at start-up; see {@code schemas/meta/connector.schema.json}.
 *
 * @param department department code from {@code config/departments.yaml}
 * @param record     the canonical record this connector feeds: {@code resident} (merged by citizen ID) or
 *                   {@code case} (each record taken in as a case through {@code CaseIntake})
 * @param channel    for {@code record: case}, the case channel ({@code hotline}, {@code ledger} …); null otherwise
 * @param codeMaps   per data-list item, the department's own codes mapped to the standard codes (an outbound
 *                   connector writes them in reverse: standard code → the department's code)
 * @param outbound   for {@code direction: outbound}, what the department receives; null for inbound
 * @param source     the file this definition was read from
 */
public record ConnectorDefinition(String id, String name, String department, Direction direction, String record,
                                  String channel,
                                  Transport transport, FormatSpec format, Acceptance acceptance,
                                  List<FieldMapping> fields, Map<String, Map<String, String>> codeMaps,
                                  Outbound outbound, Path source) {

    public ConnectorDefinition {
        format = format == null ? FormatSpec.defaults() : format;
        acceptance = acceptance == null ? Acceptance.anyShare() : acceptance;
        fields = fields == null ? List.of() : List.copyOf(fields);
        codeMaps = codeMaps == null ? Map.of() : Map.copyOf(codeMaps);
    }

    public static final String RESIDENT = "resident";
    public static final String CASE = "case";

    /** True when each record is a demand taken in as a case rather than facts about a resident. */
    public boolean carriesCases() {
        return CASE.equals(record);
    }

    public Map<String, String> codeMap(String itemCode) {
        return codeMaps.getOrDefault(itemCode, Map.of());
    }

    /** Whether an inbound field or an outbound column carries the item. */
    public boolean carries(String itemCode) {
        return fields.stream().anyMatch(f -> itemCode.equals(f.item()))
                || outbound != null && outbound.columnOf(itemCode).isPresent();
    }

    public Optional<FileDrop> fileDrop() {
        return Optional.ofNullable(transport).map(Transport::fileDrop);
    }

    public Optional<JdbcPull> jdbcPull() {
        return Optional.ofNullable(transport).map(Transport::jdbcPull);
    }

    public boolean acceptsUploads() {
        return transport != null && transport.upload();
    }

    /** True when the department pushes to {@code POST /api/inbound/<id>}. */
    public boolean acceptsPushes() {
        return transport != null && transport.push();
    }

    public Optional<HttpPoll> httpPoll() {
        return Optional.ofNullable(transport).map(Transport::httpPoll);
    }
}
