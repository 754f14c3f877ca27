package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Stable residents: the department samples loaded in one order and in the reverse order make the same residents.
 * The 卫健 push goes in with its ID numbers removed, so its records are resolved by name, birth date, sex, phone and
 * address: in one order against residents the roster already made, in the other before them, when the roster's
 * ID records must find the ID-less residents instead. For each ID number, the sources whose records its resident
 * holds must be the same both times (≥ 99.9 %, the bar), and loading everything again keeps every hub ID.
 */
class LoadOrderStabilityTest extends HubApiTest {

    @Test
    void reverseOrderMakesTheSameResidentsAndReloadingKeepsEveryHubId() throws Exception {
        List<Runnable> loads = new ArrayList<>(List.of(
                () -> upload("street-roster", "samples/street-roster/longquan-street-2026-11.xlsx"),
                () -> upload("street-roster", "samples/street-roster/damian-street-2026-11-gbk.csv"),
                () -> upload("disabled-persons-certificates", "samples/disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx"),
                () -> upload("civil-affairs-assistance", "samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"),
                this::pushHealthWithoutIds));
        loads.forEach(Runnable::run);
        Map<String, String> forward = sourcesById();

        store.clear();
        Collections.reverse(loads);
        loads.forEach(Runnable::run);
        Map<String, String> reverse = sourcesById();
        Map<String, String> hubIds = hubIdsById();

        assertThat(forward.size()).isGreaterThan(250);
        assertThat(reverse.keySet()).isEqualTo(forward.keySet());
        long same = forward.entrySet().stream().filter(e -> e.getValue().equals(reverse.get(e.getKey()))).count();
        assertThat((double) same / forward.size())
                .as(() -> "differ: " + forward.entrySet().stream().filter(e -> !e.getValue().equals(reverse.get(e.getKey())))
                        .map(e -> e.getKey() + " " + e.getValue() + " / " + reverse.get(e.getKey())).toList())
                .isGreaterThanOrEqualTo(0.999);
        // samples/overlap.csv says who is in which department: every 卫健 person whom a loaded source knows by ID
        // is found, and nobody else
        assertThat(forward.entrySet().stream().filter(e -> e.getValue().contains("health-elderly-checks")).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet())).isEqualTo(healthPersonsKnownElsewhere());

        loads.forEach(Runnable::run);
        assertThat(hubIdsById()).isEqualTo(hubIds);
    }

    private static java.util.Set<String> healthPersonsKnownElsewhere() throws java.io.IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(Files.newBufferedReader(Path.of("samples/overlap.csv")))) {
            for (var r : parser) {
                boolean health = !r.get("health").isEmpty();
                boolean elsewhere = r.get("street_roster").equals("yes") || r.get("civil_affairs").equals("yes")
                        || r.get("disabled_persons_federation").equals("yes");
                if (health && elsewhere) {
                    out.add(r.get("id_number"));
                }
            }
        }
        return out;
    }

    /** ID number → the connectors whose current records its resident holds. */
    private Map<String, String> sourcesById() {
        Map<String, TreeSet<String>> out = new HashMap<>();
        jdbc.query("""
                SELECT r.id_number, s.connector_id FROM resident r JOIN resident_record s ON s.resident_id = r.id
                WHERE r.id_number IS NOT NULL AND r.merged_into IS NULL AND s.valid_to IS NULL""",
                rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        Map<String, String> flat = new HashMap<>();
        out.forEach((id, connectors) -> flat.put(id, String.join(",", connectors)));
        return flat;
    }

    private Map<String, String> hubIdsById() {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT id_number, id FROM resident WHERE id_number IS NOT NULL", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private void upload(String connector, String file) {
        try {
            assertThat(uploads.upload(connector, Path.of(file), false).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pushHealthWithoutIds() {
        try {
            JsonNode body = json.readTree(Files.readString(Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json")));
            body.get("records").forEach(r -> ((ObjectNode) r).remove("sfzh"));
            HttpHeaders h = new HttpHeaders();
            h.setContentType(MediaType.APPLICATION_JSON);
            assertThat(http.postForEntity("/api/inbound/health-elderly-checks", new HttpEntity<>(json.writeValueAsString(body), h),
                    String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
