package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Residents stored before the blocking index existed (V9): their source records are there, their index entries are
 * not, so a record without an ID number cannot find them until the start-up backfill has filed them.
 */
class IdentityBackfillTest extends HubApiTest {

    @Autowired
    CamelContext camel;
    @Autowired
    IngestResolver resolver;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectMapper mapper;

    /** The 卫健 push's first record whose person the roster holds, and that person's hub ID. */
    private JsonNode healthRecord;
    private String residentId;

    @BeforeEach
    void residentsStoredTheOldWay() throws Exception {
        assertThat(uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // what a hub upgraded from before V9 holds: source records, no index entries
        jdbc.update("DELETE FROM identity_features");
        for (JsonNode r : health().get("records")) {
            List<String> ids = jdbc.queryForList("SELECT id FROM resident WHERE id_number = ?", String.class,
                    r.get("sfzh").asText());
            if (!ids.isEmpty()) {
                healthRecord = r;
                residentId = ids.get(0);
                break;
            }
        }
        assertThat(residentId).as("the roster and the 卫健 sample share people (samples/overlap.csv)").isNotNull();
    }

    @Test
    void theStartUpRouteFilesOldRecordsSoThatARecordWithoutIdLinksToThem() throws Exception {
        assertThat(resolve(healthRecord).kind()).isEqualTo(ChunkResolution.Kind.NEW);

        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("identity-backfill").whenDone(1).create();
        camel.getRouteController().stopRoute("identity-backfill");
        camel.getRouteController().startRoute("identity-backfill");
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_features", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM resident_record WHERE valid_to IS NULL", Integer.class))
                .isGreaterThan(100);
        assertThat(resolve(healthRecord)).isEqualTo(new ChunkResolution.Outcome(residentId, ChunkResolution.Kind.MERGED));
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(health.at("/components/identityBackfill/details/state").asText()).isEqualTo("done");
        assertThat(health.at("/components/identityBackfill/details/remaining").asLong()).isZero();

        // and through ingest: the 卫健 push without ID numbers lands on the roster's resident
        pushWithoutIds(healthRecord);
        assertThat(jdbc.queryForList("""
                SELECT connector_id FROM resident_record WHERE resident_id = ? AND valid_to IS NULL ORDER BY connector_id""",
                String.class, residentId)).containsExactly("health-elderly-checks", "street-roster");
    }

    @Test
    void aRestartGoesOnWhereTheLastCommittedChunkEnded() {
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM resident_record WHERE valid_to IS NULL", Integer.class);
        IdentityBackfill first = new IdentityBackfill(named, resolver, mapper, transactions, 40);
        assertThat(first.start()).isEqualTo(total);
        assertThat(first.fileNextChunk()).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_features", Integer.class)).isEqualTo(40);

        IdentityBackfill afterRestart = new IdentityBackfill(named, resolver, mapper, transactions, 40);
        assertThat(afterRestart.start()).isEqualTo(total - 40);
        int rounds = 0;
        while (afterRestart.fileNextChunk() > 0) {
            rounds++;
        }
        assertThat(rounds).isEqualTo((total - 40 + 39) / 40);
        assertThat(afterRestart.filed()).isEqualTo(total - 40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_features", Integer.class)).isEqualTo(total);
        // each roster record filed under its name-and-birth, name-and-community and ID-birth keys, as ingest files it
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM identity_features
                WHERE key_bd IS NOT NULL AND key_ny IS NOT NULL AND key_nc IS NOT NULL AND key_ib IS NOT NULL""",
                Integer.class)).isEqualTo(total);
        assertThat(resolve(healthRecord)).isEqualTo(new ChunkResolution.Outcome(residentId, ChunkResolution.Kind.MERGED));
    }

    /** The 卫健 record as ingest hands it to the resolver, without its ID number. */
    private ChunkResolution.Outcome resolve(JsonNode r) {
        Map<String, String> values = Map.of(RecordPreparer.NAME, r.get("xm").asText(),
                RecordPreparer.GENDER, r.get("xb").asText().equals("M") ? "1" : "2",
                RecordPreparer.BIRTH, r.get("csrq").asText(), RecordPreparer.PHONE, r.get("lxdh").asText(),
                RecordPreparer.RESIDENCE, r.get("jzdz").asText());
        return resolver.resolve("health-elderly-checks", List.of(new IngestResolver.Input(1, values))).outcome(1);
    }

    private void pushWithoutIds(JsonNode record) throws Exception {
        ObjectNode body = (ObjectNode) health();
        ArrayNode one = json.createArrayNode().add(((ObjectNode) record.deepCopy()).without("sfzh"));
        body.set("records", one);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.postForEntity("/api/inbound/health-elderly-checks", new HttpEntity<>(json.writeValueAsString(body), h),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode health() throws Exception {
        return json.readTree(Files.readString(Path.of("samples/health-elderly-checks/elderly-checks-2026-11.json")));
    }
}
