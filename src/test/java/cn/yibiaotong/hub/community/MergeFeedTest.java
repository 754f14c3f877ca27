package cn.yibiaotong.hub.community;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import cn.yibiaotong.hub.testing.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A department that kept a hub ID learns from the change feed when it was merged into another resident (by the
 * matcher or by a steward's decision) and when the merge was undone; a community that is neither resident's does
 * not see the event.
 */
class MergeFeedTest extends HubApiTest {

    static final String ZHANG = SyntheticIds.of("510112", LocalDate.of(1960, 5, 1), true, 2);
    static final String WANG = SyntheticIds.of("510112", LocalDate.of(1950, 3, 12), true, 1);

    @BeforeEach
    void roster() {
        String csv = "姓名,公民身份号码,性别,出生日期,联系电话,所属社区\n"
                + "王德明," + WANG + ",男,1950-03-12,13880001234," + TestAccounts.COMMUNITY + "\n"
                + "张伟," + ZHANG + ",男,1960-05-01,13990005678," + TestAccounts.COMMUNITY + "\n";
        assertThat(uploads.upload("street-roster", "roster.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aStewardsMergeAndItsUndoingReachTheFeedWithTheRetiredAndTheSurvivingHubId() throws Exception {
        push("{\"xm\": \"张玮\", \"xb\": \"1\", \"csrq\": \"1960-05-01\", \"lxdh\": \"13700009999\", \"tjjl\": \"B\"}");
        JsonNode review = json.readTree(http.getForObject("/api/matches/review", String.class)).get("content").get(0);
        String provisional = review.get("record").get("residentId").asText();
        String survivor = review.get("candidate").get("residentId").asText();
        String cursor = drain(as("community"), TestAccounts.COMMUNITY, "since=2000-01-01").next;

        assertThat(http.postForEntity("/api/matches/" + review.get("id").asLong() + "/decision",
                jsonBody("{\"decision\": \"link\", \"reason\": \"同一人，卫健录入同音字\"}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        Feed afterMerge = drain(as("community"), TestAccounts.COMMUNITY, "after=" + cursor);
        // the 卫健 record had no community until it joined 张伟: it reaches the community now, with the merge
        assertThat(afterMerge.changes).hasSize(2);
        assertThat(afterMerge.changes.get(0).get("connector").asText()).isEqualTo("health-elderly-checks");
        assertThat(afterMerge.changes.get(0).get("idNumber").asText()).isEqualTo(ZHANG);
        JsonNode c = afterMerge.changes.get(1);
        assertThat(c.get("merge").get("kind").asText()).isEqualTo("MERGE");
        assertThat(c.get("merge").get("retiredId").asText()).isEqualTo(provisional);
        assertThat(c.get("merge").get("survivorId").asText()).isEqualTo(survivor);
        assertThat(c.get("merge").get("byMatcher").asBoolean()).isFalse();
        assertThat(c.get("communityCode").asText()).isEqualTo(TestAccounts.COMMUNITY);
        assertThat(c.get("changes")).isEmpty();
        // another community hears nothing of it
        assertThat(drain(as("other-community"), TestAccounts.OTHER_COMMUNITY, "after=" + cursor).changes).isEmpty();

        assertThat(http.postForEntity("/api/residents/" + provisional + "/unmerge",
                jsonBody("{\"reason\": \"核对有误，实为两人\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Feed afterUnmerge = drain(as("community"), TestAccounts.COMMUNITY, "after=" + afterMerge.next);
        assertThat(afterUnmerge.changes).hasSize(1);
        JsonNode u = afterUnmerge.changes.get(0);
        assertThat(u.get("merge").get("kind").asText()).isEqualTo("UNMERGE");
        assertThat(u.get("merge").get("retiredId").asText()).isEqualTo(provisional);
        assertThat(u.get("merge").get("survivorId").asText()).isEqualTo(survivor);
        assertThat(drain(as("community"), TestAccounts.COMMUNITY, "after=" + afterUnmerge.next).changes).isEmpty();
    }

    @Test
    void theMatchersLinkAtIngestComesWithTheRecordItBrought() throws Exception {
        String cursor = drain(http, TestAccounts.COMMUNITY, "since=2000-01-01").next;

        push("{\"xm\": \"王德明\", \"xb\": \"1\", \"csrq\": \"1950-03-12\", \"lxdh\": \"13880001234\", \"tjjl\": \"A\"}");

        // pages of one: the cursor must step from a record to an event and on
        Feed feed = drain(http, TestAccounts.COMMUNITY, "after=" + cursor + "&size=1");
        assertThat(feed.changes).hasSize(2);
        JsonNode record = feed.changes.stream().filter(c -> !c.has("merge")).findFirst().orElseThrow();
        JsonNode merge = feed.changes.stream().filter(c -> c.has("merge")).findFirst().orElseThrow();
        assertThat(record.get("connector").asText()).isEqualTo("health-elderly-checks");
        assertThat(record.get("idNumber").asText()).isEqualTo(WANG);
        assertThat(merge.get("merge").get("kind").asText()).isEqualTo("MERGE");
        assertThat(merge.get("merge").get("byMatcher").asBoolean()).isTrue();
        String wang = json.readTree(http.getForObject("/api/residents/" + WANG, String.class)).get("residentId").asText();
        assertThat(merge.get("merge").get("survivorId").asText()).isEqualTo(wang);
        assertThat(json.readTree(http.getForObject("/api/residents/" + merge.get("merge").get("retiredId").asText(),
                String.class)).get("residentId").asText()).isEqualTo(wang);
    }

    private record Feed(List<JsonNode> changes, String next) {
    }

    /** Every page from the start given, following next. */
    private Feed drain(TestRestTemplate caller, String division, String start) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        JsonNode page = json.readTree(caller.getForObject("/api/changes?division=" + division + "&" + start, String.class));
        page.get("changes").forEach(all::add);
        while (page.get("hasMore").asBoolean()) {
            String size = start.contains("&size=") ? start.substring(start.indexOf("&size=")) : "";
            page = json.readTree(caller.getForObject("/api/changes?division=" + division + "&after="
                    + page.get("next").asText() + size, String.class));
            page.get("changes").forEach(all::add);
        }
        return new Feed(all, page.get("next").asText());
    }

    private void push(String record) {
        ResponseEntity<String> r = http.postForEntity("/api/inbound/health-elderly-checks",
                jsonBody("{\"records\": [" + record + "]}"), String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, h);
    }
}
