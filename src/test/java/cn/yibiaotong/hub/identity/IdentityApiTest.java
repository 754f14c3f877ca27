package cn.yibiaotong.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Identity resolution through the hub's own endpoints: a roster brings residents with ID numbers, the 卫健 push
 * brings records without one, which the hub links, holds for review, or keeps apart as a person decides.
 */
class IdentityApiTest extends HubApiTest {

    static final String WANG = SyntheticIds.of("510112", LocalDate.of(1950, 3, 12), true, 1);
    static final String ZHANG = SyntheticIds.of("510112", LocalDate.of(1960, 5, 1), true, 2);

    @BeforeEach
    void roster() {
        String csv = "姓名,公民身份号码,性别,出生日期,联系电话,所属社区\n"
                + "王德明," + WANG + ",男,1950-03-12,13880001234,510112001001\n"
                + "张伟," + ZHANG + ",男,1960-05-01,13990005678,510112001001\n";
        ResponseEntity<String> r = uploads.upload("street-roster", "roster.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void recordWithoutIdIsLinkedToItsResidentByNameBirthDateAndPhone() throws Exception {
        JsonNode report = push("{\"xm\": \"王德明\", \"xb\": \"1\", \"csrq\": \"1950-03-12\", \"lxdh\": \"13880001234\", \"tjjl\": \"A\"}");

        assertThat(report.get("received").asLong()).isEqualTo(1);
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isZero();
        assertThat(report.get("warningDetails").get(0).get("reason").asText()).startsWith("该条记录没有公民身份号码：已按姓名");
        assertThat(visibleResidents()).isEqualTo(2);
        JsonNode wang = resident(WANG);
        assertThat(item(wang, "health.check_result").get("source").get("connector").asText()).isEqualTo("health-elderly-checks");
        assertThat(item(wang, "health.check_result").get("source").get("batchId").asText()).isEqualTo(report.get("batchId").asText());
        assertThat(openReviews()).isZero();

        JsonNode again = push("{\"xm\": \"王德明\", \"xb\": \"1\", \"csrq\": \"1950-03-12\", \"lxdh\": \"13880001234\", \"tjjl\": \"A\"}");
        assertThat(again.get("unchanged").asLong()).isEqualTo(1);
        assertThat(visibleResidents()).isEqualTo(2);
    }

    @Test
    void homophoneNameWithAnotherPhoneIsStoredApartAndListedForReviewWithTheEvidence() throws Exception {
        JsonNode report = push(ZHANG_WEI_HOMOPHONE);

        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("warnings").asLong()).isEqualTo(2);
        assertThat(report.get("warningDetails").get(1).get("reason").asText()).startsWith("该条记录可能与已有居民是同一人");
        assertThat(visibleResidents()).isEqualTo(3);

        JsonNode page = json.readTree(http.getForObject("/api/matches/review", String.class));
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode review = page.get("content").get(0);
        assertThat(review.get("status").asText()).isEqualTo("OPEN");
        assertThat(review.get("thresholds").get("link").asDouble()).isEqualTo(22.0);
        assertThat(review.get("thresholds").get("review").asDouble()).isEqualTo(10.0);
        assertThat(review.get("score").asDouble()).isBetween(10.0, 22.0);
        assertThat(review.get("record").get("sources").get(0).get("name").asText()).isEqualTo("张玮");
        assertThat(review.get("candidate").get("idNumber").asText()).isEqualTo(ZHANG);
        assertThat(review.get("candidate").get("sources").get(0).get("name").asText()).isEqualTo("张伟");
        assertThat(evidence(review, "person.name").get("level").asText()).isEqualTo("homophone");
        assertThat(evidence(review, "person.birth_date").get("level").asText()).isEqualTo("exact");
        assertThat(evidence(review, "person.phone").get("level").asText()).isEqualTo("different");
        double sum = 0;
        for (JsonNode e : review.get("evidence")) {
            sum += e.get("weight").asDouble();
        }
        assertThat(sum).isCloseTo(review.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void keepApartIsRememberedWhenTheSameRecordComesAgain() throws Exception {
        push(ZHANG_WEI_HOMOPHONE);
        long id = onlyOpenReview().get("id").asLong();

        JsonNode decided = decide(id, "{\"decision\": \"keep-apart\", \"reason\": \"已电话核实：两人不是同一人\"}", HttpStatus.OK);
        assertThat(decided.get("status").asText()).isEqualTo("KEPT_APART");
        assertThat(decided.get("reason").asText()).isEqualTo("已电话核实：两人不是同一人");
        assertThat(decided.get("decidedBy").asText()).isNotBlank();

        JsonNode again = push(ZHANG_WEI_HOMOPHONE);
        assertThat(again.get("unchanged").asLong()).isEqualTo(1);
        assertThat(openReviews()).isZero();
        assertThat(visibleResidents()).isEqualTo(3);
    }

    @Test
    void linkMergesIntoTheResidentWithTheIdAndTheRetiredIdResolvesUntilUnmergeRestoresBoth() throws Exception {
        JsonNode push = push(ZHANG_WEI_HOMOPHONE);
        JsonNode review = onlyOpenReview();
        String provisional = review.get("record").get("residentId").asText();
        String survivor = review.get("candidate").get("residentId").asText();

        JsonNode decided = decide(review.get("id").asLong(), "{\"decision\": \"link\", \"reason\": \"同一人，卫健录入同音字\"}", HttpStatus.OK);
        assertThat(decided.get("status").asText()).isEqualTo("LINKED");
        assertThat(visibleResidents()).isEqualTo(2);
        JsonNode merged = resident(ZHANG);
        assertThat(merged.get("residentId").asText()).isEqualTo(survivor);
        assertThat(merged.get("aliases").get(0).asText()).isEqualTo(provisional);
        assertThat(item(merged, "health.check_result").get("source").get("batchId").asText()).isEqualTo(push.get("batchId").asText());
        JsonNode name = item(merged, "person.name");
        assertThat(java.util.List.of(name.get("value").asText(), name.get("otherSources").get(0).get("value").asText()))
                .containsExactlyInAnyOrder("张伟", "张玮");
        assertThat(store.count("SELECT COUNT(*) FROM resident_conflict WHERE resident_id = ? AND item_code = 'person.name'", survivor)).isEqualTo(1);

        JsonNode alias = json.readTree(http.getForObject("/api/residents/" + provisional, String.class));
        assertThat(alias.get("residentId").asText()).isEqualTo(survivor);
        assertThat(alias.get("note").asText()).contains(provisional).contains("已与本居民合并");

        ResponseEntity<String> undone = http.postForEntity("/api/residents/" + provisional + "/unmerge",
                jsonBody("{\"reason\": \"核对有误，实为两人\"}"), String.class);
        assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(visibleResidents()).isEqualTo(3);
        JsonNode zhang = resident(ZHANG);
        assertThat(zhang.get("aliases")).isEmpty();
        assertThat(zhang.get("items").findValuesAsText("code")).doesNotContain("health.check_result");
        assertThat(item(zhang, "person.name").get("otherSources")).isEmpty();
        JsonNode restored = json.readTree(http.getForObject("/api/residents/" + provisional, String.class));
        assertThat(restored.get("residentId").asText()).isEqualTo(provisional);
        assertThat(restored.has("note")).isFalse();
        assertThat(item(restored, "person.name").get("value").asText()).isEqualTo("张玮");
        assertThat(item(restored, "health.check_result").get("source").get("batchId").asText()).isEqualTo(push.get("batchId").asText());
        assertThat(item(restored, "health.check_result").get("source").get("row").asLong()).isEqualTo(1);
        assertThat(store.count("SELECT COUNT(*) FROM resident_conflict WHERE item_code = 'person.name'")).isZero();
    }

    @Test
    void malformedDecisionIsRefusedInChineseAndChangesNothing() throws Exception {
        push(ZHANG_WEI_HOMOPHONE);
        long id = onlyOpenReview().get("id").asLong();

        JsonNode wrong = decide(id, "{\"decision\": \"maybe\", \"reason\": \"不确定\"}", HttpStatus.BAD_REQUEST);
        assertThat(wrong.get("detail").asText()).isEqualTo("字段“decision”只能是 link（是同一人）或 keep-apart（不是同一人），"
                + "收到“maybe”。请改正后重新提交。");
        JsonNode noReason = decide(id, "{\"decision\": \"link\"}", HttpStatus.BAD_REQUEST);
        assertThat(noReason.get("detail").asText()).startsWith("字段“reason”必须写明作出此决定的理由");
        JsonNode notJson = decide(id, "link please", HttpStatus.BAD_REQUEST);
        assertThat(notJson.get("detail").asText()).startsWith("请求体不是合法的 JSON");
        JsonNode unknown = decide(id + 1000, "{\"decision\": \"link\", \"reason\": \"同一人\"}", HttpStatus.NOT_FOUND);
        assertThat(unknown.get("detail").asText()).startsWith("没有编号为 " + (id + 1000) + " 的待核对匹配");

        assertThat(onlyOpenReview().get("id").asLong()).isEqualTo(id);
        assertThat(store.count("SELECT COUNT(*) FROM resident_merge WHERE by_matcher = FALSE")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM resident_alias")).isZero();
        assertThat(visibleResidents()).isEqualTo(3);
    }

    @Test
    void recordWithoutIdAndWithoutBirthDateIsRejectedAndNothingIsStored() throws Exception {
        JsonNode report = push("{\"xm\": \"王德明\", \"lxdh\": \"13880001234\", \"tjjl\": \"A\"}");

        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("rejections").get(0).get("reason").asText()).isEqualTo("该条记录没有公民身份号码，也没有出生日期，"
                + "无法确定是哪位居民。请补填身份证号；没有身份证号的（如儿童、流动人口），请至少填写姓名和出生日期。");
        assertThat(store.count("SELECT COUNT(*) FROM resident_record WHERE connector_id = 'health-elderly-checks'")).isZero();
    }

    /** 张玮 for 张伟: same birth date and sex, another phone; scores between the thresholds. */
    static final String ZHANG_WEI_HOMOPHONE =
            "{\"xm\": \"张玮\", \"xb\": \"1\", \"csrq\": \"1960-05-01\", \"lxdh\": \"13700009999\", \"tjjl\": \"B\"}";

    private JsonNode push(String record) throws Exception {
        ResponseEntity<String> r = http.postForEntity("/api/inbound/health-elderly-checks",
                jsonBody("{\"records\": [" + record + "]}"), String.class);
        return json.readTree(r.getBody());
    }

    private JsonNode decide(long id, String body, HttpStatus expected) throws Exception {
        ResponseEntity<String> r = http.postForEntity("/api/matches/" + id + "/decision", jsonBody(body), String.class);
        assertThat(r.getStatusCode()).isEqualTo(expected);
        return json.readTree(r.getBody());
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, h);
    }

    private JsonNode resident(String idNumber) throws Exception {
        return json.readTree(http.getForObject("/api/residents/" + idNumber, String.class));
    }

    private JsonNode onlyOpenReview() throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/matches/review", String.class));
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        return page.get("content").get(0);
    }

    private long openReviews() {
        return store.count("SELECT COUNT(*) FROM match_review WHERE status = 'OPEN'");
    }

    private long visibleResidents() {
        return store.count("SELECT COUNT(*) FROM resident WHERE merged_into IS NULL");
    }

    private static JsonNode evidence(JsonNode review, String item) {
        for (JsonNode e : review.get("evidence")) {
            if (e.get("item").asText().equals(item)) {
                return e;
            }
        }
        throw new AssertionError("no evidence for " + item);
    }
}
