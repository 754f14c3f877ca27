package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import static cn.yibiaotong.hub.security.ScopedResidents.A;
import static org.assertj.core.api.Assertions.assertThat;

/** Every read of personal data and every write leaves an audit row; admins query them, nobody changes them. */
class AuditTest extends HubApiTest {

    @Test
    void anUploadIsAuditedWithItsBatchAndOutcome() {
        ScopedResidents.upload(uploads);
        Map<String, Object> e = jdbc.queryForMap("SELECT * FROM audit_event WHERE action = 'UPLOAD'");
        assertThat(e.get("USERNAME")).isEqualTo("test-admin");
        assertThat(e.get("ROLE")).isEqualTo("ADMIN");
        assertThat(e.get("OUTCOME")).isEqualTo("COMPLETED");
        assertThat((String) e.get("TARGET")).startsWith("connector:street-roster batch:");
    }

    @Test
    void aResidentReadRecordsWhoWhichResidentWhichItemsAndThePurpose() throws Exception {
        ScopedResidents.upload(uploads);
        HttpHeaders h = new HttpHeaders();
        h.add("X-Purpose", URLEncoder.encode("入户走访核实低保", StandardCharsets.UTF_8));
        ResponseEntity<String> r = as("community").exchange("/api/residents/" + A, HttpMethod.GET, new HttpEntity<>(h),
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        String residentId = jdbc.queryForObject("SELECT id FROM resident WHERE id_number = ?", String.class, A);

        Map<String, Object> e = jdbc.queryForMap("SELECT * FROM audit_event WHERE action = 'READ_RESIDENT'");
        assertThat(e.get("USERNAME")).isEqualTo("community");
        assertThat(e.get("PURPOSE")).isEqualTo("入户走访核实低保");
        assertThat((String) e.get("ITEMS")).contains("person.id_number", "person.phone");
        assertThat(jdbc.queryForList("SELECT resident_id FROM audit_resident WHERE event_id = ?", String.class,
                e.get("ID"))).containsExactly(residentId);
    }

    @Test
    void aReadWhoseAuditCannotBeCommittedIsNotAnswered() throws Exception {
        ScopedResidents.upload(uploads);
        // the database refuses this account's audit rows: its read must fail rather than answer unaudited
        jdbc.execute("ALTER TABLE audit_event ADD CONSTRAINT test_no_community_audit CHECK (username <> 'community')");
        try {
            ResponseEntity<String> one = as("community").getForEntity("/api/residents/" + A, String.class);
            ResponseEntity<String> search = as("community").getForEntity("/api/residents?name=张", String.class);
            for (ResponseEntity<String> r : List.of(one, search)) {
                assertThat(r.getStatusCode().is5xxServerError()).as(r.getBody()).isTrue();
                // a problem, not the resident: no name, no items, no search results
                JsonNode problem = json.readTree(r.getBody());
                assertThat(problem.has("items") || problem.has("content")).isFalse();
                assertThat(r.getBody()).doesNotContain("张滨河").doesNotContain("13812345678");
            }
        } finally {
            jdbc.execute("ALTER TABLE audit_event DROP CONSTRAINT test_no_community_audit");
        }
        assertThat(store.count("SELECT COUNT(*) FROM audit_event WHERE username = 'community'")).isZero();
        // the same read answers once its audit can be written
        assertThat(as("community").getForEntity("/api/residents/" + A, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSearchRecordsEveryResidentItReturnedAndTheStatedPurposeParameter() {
        ScopedResidents.upload(uploads);
        as("street").getForObject("/api/residents?purpose=核对名册", String.class);
        Map<String, Object> e = jdbc.queryForMap("SELECT * FROM audit_event WHERE action = 'SEARCH_RESIDENTS'");
        assertThat(e.get("PURPOSE")).isEqualTo("核对名册");
        assertThat(store.count("SELECT COUNT(*) FROM audit_resident WHERE event_id = ?", e.get("ID"))).isEqualTo(2);
    }

    @Test
    void adminsQueryTheLogByResidentAndAccountOthersMayNot() throws Exception {
        ScopedResidents.upload(uploads);
        as("community").getForObject("/api/residents/" + A, String.class);
        as("analyst").getForObject("/api/residents?name=李", String.class);

        JsonNode byResident = json.readTree(http.getForObject("/api/audit?resident=" + A, String.class));
        assertThat(byResident.get("totalElements").asLong()).isEqualTo(1);
        assertThat(byResident.get("content").get(0).get("username").asText()).isEqualTo("community");
        assertThat(byResident.get("content").get(0).get("residentCount").asLong()).isEqualTo(1);

        JsonNode byAccount = json.readTree(http.getForObject("/api/audit?account=analyst", String.class));
        assertThat(byAccount.get("content").get(0).get("action").asText()).isEqualTo("SEARCH_RESIDENTS");
        JsonNode none = json.readTree(http.getForObject("/api/audit?from=2099-01-01", String.class));
        assertThat(none.get("totalElements").asLong()).isZero();

        ResponseEntity<String> analyst = as("analyst").getForEntity("/api/audit", String.class);
        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void accountAndKeyChangesAreAudited() throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> saved = http.exchange("/api/accounts/grid-worker", HttpMethod.PUT, new HttpEntity<>(
                "{\"role\":\"COMMUNITY_STAFF\",\"password\":\"a-long-secret\",\"division\":\"510112001001\","
                        + "\"writableConnectors\":[\"street-roster\"]}", h), String.class);
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).doesNotContain("a-long-secret").doesNotContain("bcrypt");
        ResponseEntity<String> key = http.postForEntity("/api/connectors/health-elderly-checks/keys",
                new HttpEntity<>("{\"label\":\"卫健\"}", h), String.class);
        assertThat(key.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String keyId = json.readTree(key.getBody()).get("id").asText();
        http.delete("/api/connectors/health-elderly-checks/keys/" + keyId);

        assertThat(jdbc.queryForList("SELECT action FROM audit_event ORDER BY id", String.class)).containsExactly(
                "ACCOUNT_SAVED", "CONNECTOR_KEY_ISSUED", "CONNECTOR_KEY_REVOKED");
        // the new account signs in with its password; the revoked key no longer does
        assertThat(anonymous.withBasicAuth("grid-worker", "a-long-secret").getForEntity("/api/me", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders withKey = new HttpHeaders();
        withKey.add("X-Api-Key", json.readTree(key.getBody()).get("key").asText());
        assertThat(anonymous.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(withKey), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusedAttemptsAreAuditedToo() {
        as("community").getForEntity("/api/residents?division=" + ScopedResidents.CHANGBAI, String.class);
        as("analyst").getForEntity("/api/audit", String.class);
        List<Map<String, Object>> denied = jdbc.queryForList(
                "SELECT username, target, outcome FROM audit_event WHERE action = 'ACCESS_DENIED' ORDER BY id");
        assertThat(denied).extracting(e -> e.get("USERNAME") + " " + e.get("TARGET") + " " + e.get("OUTCOME"))
                .containsExactly("community division:510112001002 DENIED", "analyst GET /api/audit DENIED");
    }

    @Test
    void aDemoPasswordIsRefusedForAnAccount() throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.exchange("/api/accounts/someone", HttpMethod.PUT, new HttpEntity<>(
                "{\"role\":\"ANALYST\",\"password\":\"analyst-demo\"}", h), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).contains("不能是 README 中公开的演示密码");
        assertThat(store.count("SELECT COUNT(*) FROM account WHERE username = 'someone'")).isZero();
    }
}
