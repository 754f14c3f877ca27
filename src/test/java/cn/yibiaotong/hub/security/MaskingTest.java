package cn.yibiaotong.hub.security;


import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import static cn.yibiaotong.hub.security.ScopedResidents.A;
import static org.assertj.core.api.Assertions.assertThat;

/** The power list per item class: ID numbers, phones and other sensitive values masked or in clear by role. */
class MaskingTest extends HubApiTest {

    private static final String MASKED_A = A.substring(0, 6) + "********" + A.substring(14);

    @BeforeEach
    void threeResidents() {
        ScopedResidents.upload(uploads);
    }

    @Test
    void analystSeesIdNumberPhoneAndEthnicityMaskedAndToldSo() throws Exception {
        JsonNode r = json.readTree(as("analyst").getForObject("/api/residents/" + A, String.class));
        assertThat(r.get("idNumber").asText()).isEqualTo(MASKED_A);
        assertThat(item(r, "person.id_number").get("value").asText()).isEqualTo(MASKED_A);
        assertThat(item(r, "person.id_number").get("masked").asBoolean()).isTrue();
        assertThat(item(r, "person.phone").get("value").asText()).isEqualTo("138****5678");
        assertThat(item(r, "person.phone").get("source").get("value").asText()).isEqualTo("138****5678");
        assertThat(item(r, "person.ethnicity").get("value").asText()).isEqualTo("******");
        assertThat(item(r, "person.ethnicity").get("display").asText()).isEqualTo("******");
        // a personal (not sensitive) item stays in clear
        assertThat(item(r, "person.name").get("value").asText()).isEqualTo("张滨河");
        assertThat(item(r, "person.name").get("masked").asBoolean()).isFalse();
        assertThat(strings(r.get("maskedItems"))).contains("person.id_number", "person.phone", "person.ethnicity");
        // and in the search results
        JsonNode page = json.readTree(as("analyst").getForObject("/api/residents?name=张滨河", String.class));
        assertThat(page.get("content").get(0).get("idNumber").asText()).isEqualTo(MASKED_A);
    }

    @Test
    void communityStaffServeTheirResidentsWithIdAndPhoneInClear() throws Exception {
        JsonNode r = json.readTree(as("community").getForObject("/api/residents/" + A, String.class));
        assertThat(item(r, "person.id_number").get("value").asText()).isEqualTo(A);
        assertThat(item(r, "person.phone").get("value").asText()).isEqualTo("13812345678");
        assertThat(strings(r.get("maskedItems"))).doesNotContain("person.id_number", "person.phone");
    }

    @Test
    void coordinatorReadsPhonesButNotIdNumbers() throws Exception {
        JsonNode r = json.readTree(as("coordinator").getForObject("/api/residents/" + A, String.class));
        assertThat(item(r, "person.phone").get("value").asText()).isEqualTo("13812345678");
        assertThat(item(r, "person.id_number").get("value").asText()).isEqualTo(MASKED_A);
    }

    @Test
    void departmentClerkSeesOnlyItsDepartmentsItems() throws Exception {
        JsonNode r = json.readTree(as("civil").getForObject("/api/residents/" + A, String.class));
        List<String> codes = new ArrayList<>();
        r.get("items").forEach(i -> codes.add(i.get("code").asText()));
        // 民政局 reads person.id_number, name, gender, birth date, phone … but not ethnicity
        assertThat(codes).contains("person.id_number", "person.name", "person.phone").doesNotContain("person.ethnicity");
        assertThat(item(r, "person.phone").get("value").asText()).isEqualTo("13812345678");
        assertThat(r.get("maskedItems")).isEmpty();
    }

    @Test
    void searchingByTheValueOfAMaskedItemIsRefused() throws Exception {
        ResponseEntity<String> r = as("analyst").getForEntity("/api/residents?item=person.ethnicity&value=03",
                String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo("数据项“person.ethnicity”对当前账号"
                + "打码显示，不能按取值查询。请去掉 value 参数（可只按 item 查询有该项的居民）。");
        ResponseEntity<String> unseen = as("civil").getForEntity("/api/residents?item=person.ethnicity", String.class);
        assertThat(unseen.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void communityListMasksForTheAnalystAndMarksTheItems() throws Exception {
        JsonNode list = json.readTree(as("analyst").getForObject("/api/communities/" + ScopedResidents.BINHE
                + "/residents", String.class));
        assertThat(list.get(0).get("idNumber").asText()).isEqualTo(MASKED_A);
    }

    @Test
    void maskShapes() {
        assertThat(ValueMask.idNumber("510112199001011234")).isEqualTo("510112********1234");
        assertThat(ValueMask.phone("13812345678")).isEqualTo("138****5678");
        assertThat(ValueMask.phone("028-84851234")).isEqualTo("028-****1234");
        assertThat(ValueMask.phone("1234")).isEqualTo(ValueMask.HIDDEN);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
