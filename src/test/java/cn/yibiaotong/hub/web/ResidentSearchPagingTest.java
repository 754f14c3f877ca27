package cn.yibiaotong.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.samples.RosterRow;
import cn.yibiaotong.hub.testing.HubApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A filtered search counts its total in the same query as its page (COUNT(*) OVER ()); an unfiltered one reads the
 * page from the community index. Every page, the last and one past it, must give the same total, and the pages
 * together every match once, in (community, name, ID) order.
 */
class ResidentSearchPagingTest extends HubApiTest {

    @Test
    void everyPageOfAFilteredSearchGivesTheSameTotalAndTogetherEveryMatchOnce() throws Exception {
        uploads.upload("street-roster", StreetRosterUploadTest.XLSX, false);
        List<RosterRow> accepted = new ArrayList<>(StreetRosterUploadTest.sampleRows());
        accepted.remove(97);
        accepted.remove(40);
        long assisted = accepted.stream().filter(r -> !r.cells().get(14).isEmpty()).count();
        assertThat(assisted).isGreaterThan(3);

        List<String> seen = new ArrayList<>();
        int size = 3;
        for (int page = 0; page <= assisted / size + 1; page++) {
            JsonNode p = page("/api/residents?item=welfare.assistance_type&size=" + size + "&page=" + page);
            assertThat(p.get("totalElements").asLong()).as("total on page %d", page).isEqualTo(assisted);
            assertThat(p.get("totalPages").asLong()).isEqualTo((assisted + size - 1) / size);
            p.get("content").forEach(r -> seen.add(r.get("idNumber").asText()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) assisted);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(accepted.stream()
                .filter(r -> !r.cells().get(14).isEmpty()).map(RosterRow::idNumber).toList());
    }

    @Test
    void aFilteredSearchWithoutMatchesAndAnUnfilteredPagePastTheEndCountRight() throws Exception {
        uploads.upload("street-roster", StreetRosterUploadTest.XLSX, false);

        JsonNode none = page("/api/residents?item=welfare.assistance_type&name=" + "不存在的名字");
        assertThat(none.get("totalElements").asLong()).isZero();
        assertThat(none.get("content")).isEmpty();
        JsonNode past = page("/api/residents?division=510112&size=100&page=5");
        assertThat(past.get("content")).isEmpty();
        assertThat(past.get("totalElements").asLong()).isEqualTo(148);
        JsonNode first = page("/api/residents?division=510112&size=500");
        List<String> order = new ArrayList<>();
        first.get("content").forEach(r -> order.add(r.get("communityCode").asText() + "|" + r.get("name").asText()));
        assertThat(order).hasSize(148).isSorted();
    }

    private JsonNode page(String url) throws Exception {
        return json.readTree(http.getForObject(url, String.class));
    }
}
