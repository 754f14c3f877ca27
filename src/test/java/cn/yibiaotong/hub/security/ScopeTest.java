package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import static cn.yibiaotong.hub.security.ScopedResidents.A;
import static cn.yibiaotong.hub.security.ScopedResidents.B;
import static cn.yibiaotong.hub.security.ScopedResidents.C;
import static org.assertj.core.api.Assertions.assertThat;

/** Every query is limited to the caller's division in SQL: what each scope sees, and that tampering gets nothing. */
class ScopeTest extends HubApiTest {

    @BeforeEach
    void threeResidents() {
        ScopedResidents.upload(uploads);
    }

    @Test
    void eachScopeSearchesOnlyItsOwnResidentsWithRightCounts() throws Exception {
        assertThat(ids(as("community"), "/api/residents")).containsExactly(A);
        assertThat(json.readTree(as("community").getForObject("/api/residents", String.class))
                .get("totalElements").asLong()).isEqualTo(1);
        assertThat(ids(as("street"), "/api/residents")).containsExactlyInAnyOrder(A, B);
        assertThat(ids(as("analyst"), "/api/residents")).hasSize(3);
        // a narrower division inside the scope is fine
        assertThat(ids(as("street"), "/api/residents?division=" + ScopedResidents.CHANGBAI)).containsExactly(B);
    }

    @Test
    void anotherDivisionInTheQueryIs403NamingBothDivisions() throws Exception {
        ResponseEntity<String> r = as("community").getForEntity("/api/residents?division=" + ScopedResidents.CHANGBAI,
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("区划 510112001002（长柏路社区居委会）"
                + "不在当前账号的可见范围（滨河花园社区居委会）内。请查询该范围之内的区划，或不填 division（即查询整个可见范围）。");
        // the street above the community is outside it too, and so is every other endpoint taking a division
        assertThat(as("community").getForEntity("/api/residents?division=510112001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String path : List.of("/api/conflicts?division=510112", "/api/cases?division=510112002",
                "/api/cases/stats?division=510112", "/api/communities/" + ScopedResidents.CHANGBAI + "/residents",
                "/api/changes?division=510112002&since=2026-01-01")) {
            assertThat(as("community").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void anotherCommunitysResidentInThePathIsNotFoundLikeNoOne() throws Exception {
        ResponseEntity<String> other = as("community").getForEntity("/api/residents/" + B, String.class);
        ResponseEntity<String> nobody = as("community").getForEntity("/api/residents/"
                + ScopedResidents.id("51011219900909009"), String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(other.getBody()).get("detail").asText())
                .isEqualTo(json.readTree(nobody.getBody()).get("detail").asText());
        assertThat(as("community").getForEntity("/api/residents/" + A, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("street").getForEntity("/api/residents/" + C, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherCommunitysCaseIsNotFoundAndTheBoardAndStatsCountOnlyOwnCases() throws Exception {
        long mine = createCase("510112001001002");
        long theirs = createCase("510112001002001");
        assertThat(as("community").getForEntity("/api/cases/" + theirs, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("community").getForEntity("/api/cases/" + mine, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode board = json.readTree(as("community").getForObject("/api/cases", String.class));
        assertThat(board.get("totalElements").asLong()).isEqualTo(1);
        assertThat(board.get("content").get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(json.readTree(as("street").getForObject("/api/cases", String.class)).get("totalElements").asLong())
                .isEqualTo(2);
        // a transition on another community's case is refused as not found, and nothing moved
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> move = as("community").postForEntity("/api/cases/" + theirs + "/transitions",
                new HttpEntity<>("{\"to\":\"leader-review\",\"actor\":\"x\",\"role\":\"coordinator\"}", h), String.class);
        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(store.count("SELECT COUNT(*) FROM hub_case WHERE id = ? AND step = 'register'", theirs)).isEqualTo(1);
    }

    @Test
    void aDepartmentClerkSeesItsDepartmentsCasesOnly() throws Exception {
        createCase("510112001001002");
        ResponseEntity<String> other = as("civil").getForEntity("/api/cases?department=housing", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(other.getBody()).get("detail").asText()).contains("只能查看和使用本部门（civil-affairs）");
        assertThat(json.readTree(as("civil").getForObject("/api/cases", String.class)).get("totalElements").asLong()).isZero();
    }

    @Test
    void aCommunityAccountReportsCasesOfItsOwnCommunityOnly() throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"matter": "001", "title": "电梯停运", "location": {"gridCode": "%s"},
                 "reporter": {"name": "赵报告", "phone": "13600001111"}}""";
        ResponseEntity<String> theirs = as("community").postForEntity("/api/cases",
                new HttpEntity<>(body.formatted("510112001002001"), h), String.class);
        assertThat(theirs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(theirs.getBody()).get("detail").asText()).isEqualTo("诉求地点属于区划 510112001002，"
                + "不在当前账号可写的范围（区划代码 510112001001）内。请填写本辖区内的网格或社区，或交由上级账号登记。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();

        ResponseEntity<String> mine = as("community").postForEntity("/api/cases",
                new HttpEntity<>(body.formatted("510112001001002"), h), String.class);
        assertThat(mine.getStatusCode()).as(mine.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void communityListAndChangeFeedStayInsideTheScope() throws Exception {
        JsonNode list = json.readTree(as("community").getForObject("/api/communities/510112001/residents".replace(
                "510112001", ScopedResidents.BINHE), String.class));
        assertThat(list).hasSize(1);
        JsonNode feed = json.readTree(as("street").getForObject("/api/changes?since=2026-01-01", String.class));
        List<String> names = new ArrayList<>();
        feed.get("changes").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("张滨河", "李长柏");
    }

    private long createCase(String grid) throws Exception {
        ObjectNode in = json.createObjectNode();
        in.put("matter", "001");
        in.put("title", "电梯停运");
        in.putObject("location").put("gridCode", grid);
        in.putObject("reporter").put("name", "赵报告").put("phone", "13600001111");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity("/api/cases", new HttpEntity<>(json.writeValueAsString(in), h),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(r.getBody()).get("caseId").asLong();
    }

    private List<String> ids(TestRestTemplate as, String path) throws Exception {
        ResponseEntity<String> r = as.getForEntity(path, String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        for (JsonNode s : json.readTree(r.getBody()).get("content")) {
            ids.add(s.get("idNumber").asText());
        }
        return ids;
    }
}
