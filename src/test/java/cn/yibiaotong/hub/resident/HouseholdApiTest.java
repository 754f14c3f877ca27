package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.SyntheticIds;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Households from a roster: by 户号 where the roster gives one, else by registered address and relationship. */
class HouseholdApiTest extends HubApiTest {

    static final String HEAD = SyntheticIds.of("510112", LocalDate.of(1970, 1, 5), true, 11);
    static final String SPOUSE = SyntheticIds.of("510112", LocalDate.of(1972, 6, 9), false, 12);
    static final String LI = SyntheticIds.of("510112", LocalDate.of(1965, 2, 2), true, 13);
    static final String LI_SON = SyntheticIds.of("510112", LocalDate.of(1995, 8, 8), true, 14);
    static final String ALONE = SyntheticIds.of("510112", LocalDate.of(1980, 3, 3), false, 15);

    @Test
    void householdNumberGroupsMembersHeadFirstAndTheResidentViewShowsThem() throws Exception {
        upload("""
                姓名,公民身份号码,户籍地址,所属社区,户号,与户主关系
                王芳,%s,,510112001001,H0001,配偶
                王建国,%s,,510112001001,H0001,户主
                李强,%s,龙泉街道北京路 3 号 2 栋 1 单元 101 室,510112001001,,户主
                李小明,%s,龙泉街道北京路3号2幢1-101,510112001001,,子
                赵六,%s,龙泉街道北京路 5 号,510112001001,,
                """.formatted(SPOUSE, HEAD, LI, LI_SON, ALONE));

        JsonNode h = json.readTree(http.getForObject("/api/households/H0001", String.class));
        assertThat(h.get("basis").asText()).isEqualTo("household-number");
        assertThat(h.get("members").findValuesAsText("name")).containsExactly("王建国", "王芳");
        assertThat(h.get("members").get(0).get("relationshipName").asText()).isEqualTo("户主");
        assertThat(h.get("members").get(1).get("relationship").asText()).isEqualTo("10");

        JsonNode son = json.readTree(http.getForObject("/api/residents/" + LI_SON, String.class));
        String byAddress = son.get("household").get("householdId").asText();
        assertThat(son.get("household").get("basis").asText()).isEqualTo("registered-address");
        assertThat(son.get("household").get("members").findValuesAsText("name")).containsExactly("李强", "李小明");
        JsonNode same = json.readTree(http.getForObject("/api/households/" + byAddress, String.class));
        assertThat(same.get("members")).hasSize(2);

        JsonNode alone = json.readTree(http.getForObject("/api/residents/" + ALONE, String.class));
        assertThat(alone.has("household")).isFalse();
    }

    @Test
    void householdsFollowTheCallersScopeAndMasking() throws Exception {
        upload("""
                姓名,公民身份号码,所属社区,户号,与户主关系,联系电话
                王建国,%s,510112001001,H0001,户主,13880001234
                王芳,%s,510112001002,H0001,配偶,13880005678
                """.formatted(HEAD, SPOUSE));

        // the analyst sees the district but reads no ID number in clear
        JsonNode analyst = json.readTree(as("analyst").getForObject("/api/households/H0001", String.class));
        assertThat(analyst.get("members").findValuesAsText("name")).containsExactly("王建国", "王芳");
        assertThat(analyst.get("members").findValuesAsText("idNumber"))
                .allSatisfy(id -> assertThat(id).contains("********").doesNotContain(HEAD.substring(6, 14)));

        // a community account lists only the members who live in its community
        JsonNode community = json.readTree(as("community").getForObject("/api/households/H0001", String.class));
        assertThat(community.get("members").findValuesAsText("name")).containsExactly("王建国");
        ResponseEntity<String> other = as("other-community").getForEntity("/api/households/H0001", String.class);
        assertThat(json.readTree(other.getBody()).get("members").findValuesAsText("name")).containsExactly("王芳");
        JsonNode view = json.readTree(as("community").getForObject("/api/residents/" + HEAD, String.class));
        assertThat(view.get("household").get("members").findValuesAsText("name")).containsExactly("王建国");
    }

    @Test
    void onlyAdministratorsDecideWhoIsWho() {
        for (String role : new String[] {"analyst", "coordinator", "street", "community", "civil"}) {
            assertThat(as(role).getForEntity("/api/matches/review", String.class).getStatusCode())
                    .as(role).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(role).postForEntity("/api/residents/3f2b0c9e-1d2a-4b5c-8e7f-0a1b2c3d4e5f/unmerge",
                    java.util.Map.of("reason", "x"), String.class).getStatusCode()).as(role).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/matches/review", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownHouseholdIsNotFoundInChinese() throws Exception {
        ResponseEntity<String> r = http.getForEntity("/api/households/H9999", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(r.getBody()).get("detail").asText())
                .isEqualTo("没有编号为 H9999 的户。请使用居民视图中 household.householdId 给出的编号，或来源系统的户号。");
    }

    private void upload(String csv) {
        ResponseEntity<String> r = uploads.upload("street-roster", "households.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
