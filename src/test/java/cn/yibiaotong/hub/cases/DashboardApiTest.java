package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The read-only endpoints the pages need beyond the foundation's API: dashboard figures, the resident's cases, and
 * the reference lists (division tree, data list, workflow). On the case tests' context, whose clock the test sets.
 */
class DashboardApiTest extends CaseApiTest {

    @Test
    void residentsPerCommunityAreTheStoresCountsWithNames() throws Exception {
        uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false);

        JsonNode rows = json.readTree(http.getForObject("/api/dashboard/residents-per-community?division=510112001",
                String.class));

        Map<String, Long> expected = new HashMap<>();
        jdbc.query("SELECT community_code, COUNT(*) AS n FROM resident GROUP BY community_code",
                rs -> { expected.put(rs.getString(1), rs.getLong(2)); });
        assertThat(rows.size()).isEqualTo(expected.size());
        for (JsonNode r : rows) {
            assertThat(r.get("residents").asLong()).isEqualTo(expected.get(r.get("communityCode").asText()));
            assertThat(r.get("communityName").asText()).endsWith("社区居委会");
            assertThat(r.get("streetName").asText()).isEqualTo("龙泉街道");
        }
        // another street's prefix sees none of them
        assertThat(json.readTree(http.getForObject("/api/dashboard/residents-per-community?division=510112002",
                String.class)).size()).isZero();
    }

    @Test
    void aCommunityAccountGetsItsOwnCommunityAndNothingBeyond() throws Exception {
        uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false);
        long own = store.count("SELECT COUNT(*) FROM resident WHERE community_code = '510112001001'");
        String other = jdbc.queryForObject("SELECT id_number FROM resident WHERE community_code = '510112001002'"
                + " ORDER BY id_number FETCH FIRST 1 ROWS ONLY", String.class);

        for (String asked : new String[] {"", "?division=510112001001"}) {
            JsonNode rows = json.readTree(as("community").getForObject("/api/dashboard/residents-per-community" + asked,
                    String.class));
            assertThat(rows.findValuesAsText("communityCode")).as(asked).containsExactly("510112001001");
            assertThat(rows.get(0).get("residents").asLong()).isEqualTo(own);
        }
        // the district above it and a neighbouring community are both outside its scope
        ResponseEntity<String> wider = as("community").getForEntity(
                "/api/dashboard/residents-per-community?division=510112", String.class);
        assertThat(wider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> tampered = as("community").getForEntity(
                "/api/dashboard/residents-per-community?division=510112001002", String.class);
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(tampered.getBody()).get("detail").asText())
                .startsWith("区划 510112001002（").contains("不在当前账号的可见范围（");
        assertThat(as("community").getForEntity("/api/dashboard/overdue-trend?division=510112002", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("community").getForEntity("/api/residents/" + other + "/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode tree = json.readTree(as("community").getForObject("/api/divisions", String.class));
        assertThat(tree.get("grids").findValuesAsText("communityCode")).isNotEmpty().containsOnly("510112001001");
    }

    @Test
    void theOverdueTrendCountsWhatWasOverdueAtEachWeekEnd() throws Exception {
        // received Monday 2026-11-02 09:00, 5 working days: due Monday 2026-11-09 09:00, still open
        clock.set("2026-11-02T01:00:00Z");
        create(located(intake("001", "电梯停运")));
        // received and closed within the same week: never overdue
        clock.set("2026-11-16T01:00:00Z");
        long closed = create(located(intake("002", "垃圾清运")));
        moveThrough(closed);
        clock.set(MONDAY_9AM);

        JsonNode points = json.readTree(http.getForObject("/api/dashboard/overdue-trend?weeks=4&division=510112001",
                String.class));

        assertThat(points).hasSize(4);
        // week ends 11-08 (open, not yet due), 11-15 (overdue), 11-22 (overdue; the other one closed), today 11-23
        assertThat(points.findValuesAsText("weekEnding")).containsExactly("2026-11-08", "2026-11-15", "2026-11-22",
                "2026-11-23");
        assertThat(points.findValues("overdue").stream().map(JsonNode::asLong)).containsExactly(0L, 1L, 1L, 1L);
        assertThat(points.findValues("open").stream().map(JsonNode::asLong)).containsExactly(1L, 1L, 1L, 1L);
        assertThat(json.readTree(http.getForObject("/api/dashboard/overdue-trend?weeks=4&division=510112002",
                String.class)).findValues("open").stream().map(JsonNode::asLong)).containsOnly(0L);
    }

    @Test
    void weeksOutOfRangeAreRefusedInChinese() throws Exception {
        ResponseEntity<String> r = http.getForEntity("/api/dashboard/overdue-trend?weeks=0", String.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("weeks 应在 1 到 52 之间，如 12。");
    }

    @Test
    void aResidentsCasesAreListedOnTheirPage() throws Exception {
        uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false);
        String id = jdbc.queryForObject("SELECT id_number FROM resident ORDER BY id_number FETCH FIRST 1 ROWS ONLY",
                String.class);
        ObjectNode in = located(intake("001", "楼道灯坏了"));
        in.putObject("reporter").put("idNumber", id);
        long caseId = create(in);
        create(located(intake("002", "别人的诉求")));

        JsonNode cases = json.readTree(http.getForObject("/api/residents/" + id + "/cases", String.class));

        assertThat(cases.findValues("id").stream().map(JsonNode::asLong)).containsExactly(caseId);
        ResponseEntity<String> bad = http.getForEntity("/api/residents/123/cases", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("title").asText()).isEqualTo("公民身份号码无效");
    }

    @Test
    void theDivisionTreeUnderAStreetHasItsCommunitiesAndGridsOnly() throws Exception {
        JsonNode listing = json.readTree(http.getForObject("/api/divisions?under=510112001", String.class));

        assertThat(listing.get("divisions").findValuesAsText("code"))
                .contains("510112000000", "510112001000", "510112001001")
                .noneMatch(c -> c.startsWith("510112002"));
        assertThat(listing.get("grids").findValuesAsText("communityCode")).isNotEmpty()
                .allMatch(c -> c.startsWith("510112001"));
        ResponseEntity<String> bad = http.getForEntity("/api/divisions?under=999999", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("detail").asText())
                .isEqualTo("区划代码 999999 不在本系统的区划表中。请使用本区的街道或社区代码。");
    }

    @Test
    void theWorkflowAndTheDataListAreListedForThePickers() throws Exception {
        JsonNode workflow = json.readTree(http.getForObject("/api/workflow", String.class));
        assertThat(workflow.get("start").asText()).isEqualTo("register");
        JsonNode first = workflow.get("transitions").get(0);
        assertThat(first.get("from").asText()).isEqualTo("register");
        assertThat(first.get("to").asText()).isEqualTo("leader-review");
        assertThat(first.get("roles").findValuesAsText("")).isEmpty();
        assertThat(first.get("roles").get(0).asText()).isEqualTo("coordinator");
        assertThat(workflow.get("steps").get(8).get("closing").asBoolean()).isTrue();

        JsonNode items = json.readTree(http.getForObject("/api/data-list/items", String.class));
        JsonNode id = null;
        for (JsonNode i : items) {
            if (i.get("code").asText().equals("person.id_number")) {
                id = i;
            }
        }
        assertThat(id).isNotNull();
        assertThat(id.get("name").asText()).isEqualTo("公民身份号码");
        assertThat(id.get("sensitivity").asText()).isEqualTo("personal-sensitive");
    }

    private ObjectNode located(ObjectNode intake) {
        intake.putObject("location").put("gridCode", "510112001001002");
        return intake;
    }

    /** Register to close, at the clock's moment. */
    private void moveThrough(long id) {
        for (String[] step : new String[][] {{"leader-review", "coordinator"}, {"accept", "secretary"},
                {"assign", "coordinator"}, {"supervise", "coordinator"}, {"result", "department"},
                {"leader-check", "coordinator"}, {"survey", "secretary"}}) {
            assertThat(move(id, step[0], step[1]).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(move(id, "close", "coordinator", null, "满意").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
