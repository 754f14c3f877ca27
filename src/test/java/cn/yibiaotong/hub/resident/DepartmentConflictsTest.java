package cn.yibiaotong.hub.resident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.AnswerKey;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The street office and the departments disagree where the answer key planted it: the department the data list
 * names as authority wins, the street's value stays visible, and the disagreement is listed for correction.
 */
class DepartmentConflictsTest extends HubApiTest {

    @Test
    void theAuthoritativeDepartmentWinsAndEveryDisagreementIsListed() throws Exception {
        AnswerKey key = AnswerKey.samples();
        uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false);
        uploads.upload("street-roster", Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), false);
        uploads.upload("civil-affairs-assistance",
                Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"), false);
        uploads.upload("disabled-persons-certificates",
                Path.of("samples/disabled-persons-certificates/longquanyi-certificates-2026-11.xlsx"), false);

        JsonNode conflicts = json.readTree(http.getForObject("/api/conflicts?item=welfare.assistance_type&size=100", String.class));

        List<String> ids = new ArrayList<>();
        conflicts.get("content").forEach(c -> ids.add(c.get("idNumber").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(key.planted("assistance-type-differs:civil-affairs"));
        JsonNode first = conflicts.get("content").get(0);
        assertThat(first.get("winnerConnector").asText()).isEqualTo("civil-affairs-assistance");
        assertThat(first.get("reason").asText()).isEqualTo("数据清单规定该项以民政局为准");
        assertThat(first.get("sources").toString()).contains("城市低保").contains("特困供养");

        String id = key.planted("disability-category-differs:disabled-persons-federation").get(0);
        JsonNode resident = json.readTree(http.getForObject("/api/residents/" + id, String.class));
        JsonNode category = item(resident, "disability.category");
        assertThat(category.get("source").get("connector").asText()).isEqualTo("disabled-persons-certificates");
        assertThat(category.get("otherSources").get(0).get("connector").asText()).isEqualTo("street-roster");
        assertThat(category.get("otherSources").get(0).get("value").asText()).isEqualTo("4");
        assertThat(json.readTree(http.getForObject("/api/conflicts?item=disability.category", String.class))
                .get("totalElements").asLong()).isEqualTo(1);
    }
}
