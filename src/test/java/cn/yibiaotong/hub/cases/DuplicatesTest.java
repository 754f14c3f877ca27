package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The same demand twice (same phone, matter and community within the 72-hour window of the test) is one case. */
class DuplicatesTest extends CaseApiTest {

    @Test
    void theSameDemandWithinTheWindowIsLinkedToTheFirstCase() throws Exception {
        long first = create(noise("grid", null));
        clock.advance(Duration.ofHours(30));

        ResponseEntity<String> again = post("/api/cases", noise("hotline", "12345-778"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(again.getBody());
        assertThat(body.get("outcome").asText()).isEqualTo("linked");
        assertThat(body.get("caseId").asLong()).isEqualTo(first);
        assertThat(body.get("caseView").get("linkedDuplicates").asInt()).isEqualTo(1);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isEqualTo(1);
        assertThat(store.count("SELECT linked_duplicates FROM v_case WHERE case_id = ?", first)).isEqualTo(1);
        // the hotline's ticket is known now: pushing it again is recognised, not linked a second time
        JsonNode repeat = json.readTree(post("/api/cases", noise("hotline", "12345-778")).getBody());
        assertThat(repeat.get("outcome").asText()).isEqualTo("already-received");
        assertThat(store.count("SELECT COUNT(*) FROM case_link")).isEqualTo(1);
    }

    @Test
    void outsideTheWindowAnotherMatterAnotherPlaceOrAClosedCaseMakeNewCases() throws Exception {
        long first = create(noise("grid", null));
        clock.advance(Duration.ofHours(73));
        long later = create(noise("grid", null));

        ObjectNode otherMatter = noise("grid", null);
        otherMatter.put("matter", "011");
        long otherKind = create(otherMatter);
        ObjectNode otherPlace = noise("grid", null);
        otherPlace.putObject("location").put("divisionCode", "510112001002");
        long elsewhere = create(otherPlace);
        walk(later, "close", "satisfied");
        long afterClosed = create(noise("grid", null));

        assertThat(java.util.Set.of(first, later, otherKind, elsewhere, afterClosed)).hasSize(5);
        assertThat(store.count("SELECT COUNT(*) FROM case_link")).isZero();
    }

    private ObjectNode noise(String channel, String ref) {
        ObjectNode in = intake("003", "楼下烧烤店深夜噪声");
        in.put("channel", channel);
        if (ref != null) {
            in.put("externalRef", ref);
        }
        in.putObject("reporter").put("phone", "138 8000 1234");
        in.putObject("location").put("divisionCode", "510112001001");
        return in;
    }
}
