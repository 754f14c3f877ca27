package cn.yibiaotong.hub.open311;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.cases.CaseApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GeoReport v2 exercised with the requests of the spec's own examples (wiki.open311.org/GeoReport_v2), in JSON.
 * The hub's clock stands on 2010-06-01, inside the example's date range; the test context serves jurisdiction
 * city.gov and accepts api_key xyz, as the examples assume.
 */
class Open311Test extends CaseApiTest {

    /** The spec's example POST body, byte for byte. */
    static final String SPEC_POST = "api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078"
            + "&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111"
            + "&account_id=123456&first_name=john&last_name=smith&phone=111111111"
            + "&description=A+large+sinkhole+is+destroying+the+street"
            + "&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg"
            + "&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001";

    @BeforeEach
    void inTheSpecsTime() {
        clock.set("2010-06-01T12:00:00Z");
    }

    @Test
    void servicesAreTheMatterList() throws Exception {
        ResponseEntity<String> r = http.getForEntity("/open311/v2/services.json?jurisdiction_id=city.gov", String.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode services = json.readTree(r.getBody());
        assertThat(services).hasSize(12);
        JsonNode first = services.get(0);
        assertThat(first.get("service_code").asText()).isEqualTo("001");
        assertThat(first.get("service_name").asText()).isEqualTo("物业管理");
        assertThat(first.get("description").asText()).isEqualTo("小区物业服务、电梯故障、公共设施维修、业委会与物业纠纷");
        assertThat(first.get("metadata").asBoolean()).isFalse();
        assertThat(first.get("type").asText()).isEqualTo("realtime");
        assertThat(first.get("keywords").asText()).isEqualTo("物业, 电梯, 漏水, 停车位, 业委会");
        assertThat(first.get("group").asText()).isEqualTo("城乡建设");
    }

    @Test
    void theSpecsExamplePostCreatesACaseThatTheExampleQueriesFind() throws Exception {
        ResponseEntity<String> created = postForm(SPEC_POST);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(created.getBody());
        assertThat(answer).hasSize(1);
        String id = answer.get(0).get("service_request_id").asText();
        assertThat(answer.get(0).get("service_notice").asText()).isEqualTo("由住房和城乡建设局在 5 个工作日内办理。");
        assertThat(answer.get(0).has("token")).isFalse();
        JsonNode stored = caseJson(Long.parseLong(id));
        assertThat(stored.get("channel").asText()).isEqualTo("open311");
        assertThat(stored.get("title").asText()).isEqualTo("物业管理：A large sinkhole is destroying the street");
        assertThat(stored.get("reporter").get("name").asText()).isEqualTo("john smith");
        assertThat(stored.get("reporter").get("phone").asText()).isEqualTo("111111111");

        // GET Service Requests, the spec's sample query
        JsonNode list = json.readTree(http.getForObject("/open311/v2/requests.json?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&status=open&jurisdiction_id=city.gov", String.class));
        assertThat(list).hasSize(1);
        JsonNode request = list.get(0);
        assertThat(request.get("service_request_id").asText()).isEqualTo(id);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("status_notes").asText()).isEqualTo("办理中：分类建账");
        assertThat(request.get("service_name").asText()).isEqualTo("物业管理");
        assertThat(request.get("service_code").asText()).isEqualTo("001");
        assertThat(request.get("description").asText()).isEqualTo("A large sinkhole is destroying the street");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("住房和城乡建设局");
        assertThat(request.get("requested_datetime").asText()).isEqualTo("2010-06-01T20:00:00+08:00");
        assertThat(request.get("updated_datetime").asText()).isEqualTo("2010-06-01T20:00:00+08:00");
        assertThat(request.get("expected_datetime").asText()).isEqualTo("2010-06-08T20:00:00+08:00");
        assertThat(request.get("address").asText()).isEqualTo("1234 5th street");
        assertThat(request.get("lat").asDouble()).isEqualTo(37.76524078);
        assertThat(request.get("long").asDouble()).isEqualTo(-122.4212043);
        assertThat(request.get("media_url").asText()).isEqualTo("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
        // no personal data in the public interface
        assertThat(request.toString()).doesNotContain("smith").doesNotContain("111111111").doesNotContain("smit333");

        // GET Service Request, the spec's sample shape requests/{id}.json?jurisdiction_id=city.gov
        JsonNode one = json.readTree(http.getForObject("/open311/v2/requests/" + id + ".json?jurisdiction_id=city.gov", String.class));
        assertThat(one).hasSize(1);
        assertThat(one.get(0)).isEqualTo(request);
    }

    @Test
    void statusFollowsTheWorkflowAndTheFiltersSelect() throws Exception {
        String open = json.readTree(postForm(SPEC_POST).getBody()).get(0).get("service_request_id").asText();
        String done = json.readTree(postForm(SPEC_POST.replace("service_code=001", "service_code=002")).getBody())
                .get(0).get("service_request_id").asText();
        walk(Long.parseLong(done), "close", "满意");

        JsonNode closed = json.readTree(http.getForObject("/open311/v2/requests.json?status=closed", String.class));
        JsonNode both = json.readTree(http.getForObject("/open311/v2/requests.json?status=open,closed&service_code=001,002", String.class));
        JsonNode byIds = json.readTree(http.getForObject("/open311/v2/requests.json?service_request_id=" + open + "," + done
                + "&status=closed", String.class));
        JsonNode byCode = json.readTree(http.getForObject("/open311/v2/requests.json?service_code=002", String.class));
        JsonNode outOfRange = json.readTree(http.getForObject("/open311/v2/requests.json?start_date=2010-01-01T00:00:00Z"
                + "&end_date=2010-03-01T00:00:00Z", String.class));

        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).get("service_request_id").asText()).isEqualTo(done);
        assertThat(closed.get(0).get("status_notes").asText()).isEqualTo("已办结（销号归档），群众评价：满意");
        assertThat(both).hasSize(2);
        assertThat(byIds).hasSize(2);   // service_request_id overrides every other argument
        assertThat(byCode).hasSize(1);
        assertThat(outOfRange).isEmpty();
    }

    @Test
    void errorsAreTheSpecsArrayAndNothingIsStored() throws Exception {
        assertError(postForm(SPEC_POST.replace("api_key=xyz", "api_key=abc")), 403,
                "api_key 无效，不能创建服务请求（invalid api_key）。请向本区申请 api_key。");
        assertError(postForm(SPEC_POST.replace("service_code=001&", "")), 400,
                "缺少 service_code（service_code was not provided）。可用的服务见 services.json。");
        assertError(postForm(SPEC_POST.replace("service_code=001", "service_code=033")), 404,
                "service_code “033”不存在（service_code was not found）。可用的服务：001（物业管理）、002（环境卫生）、003（噪声扰民）、"
                        + "004（占道经营）、005（社会救助）、006（就业社保）、007（医疗卫生）、008（残疾人服务）、009（退役军人服务）、"
                        + "010（矛盾纠纷）、011（安全隐患）、012（户籍办理）。");
        assertError(postForm("api_key=xyz&service_code=001&description=test"), 400,
                "缺少地点：请提供 lat 和 long，或 address_string，或 address_id（a full location parameter must be submitted）。");
        assertError(postForm("api_key=xyz&service_code=001&lat=30.55"), 400, "lat 和 long 必须同时提供（lat & long must both be sent）。");
        assertError(postForm("api_key=xyz&service_code=001&lat=north&long=104.2"), 400,
                "lat 应为 WGS84 经纬度数值，如 30.5568（lat must be a number）。");
        assertError(postForm(SPEC_POST.replace("jurisdiction_id=city.gov", "jurisdiction_id=other.gov")), 404,
                "jurisdiction_id “other.gov”不是本接口服务的辖区（jurisdiction_id was not found）。本接口的 jurisdiction_id 是 city.gov。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM case_event")).isZero();

        assertError(http.getForEntity("/open311/v2/requests/638344.json?jurisdiction_id=city.gov", String.class), 404,
                "没有编号为 638344 的服务请求（service_request_id was not found）。");
        assertError(http.getForEntity("/open311/v2/requests.json?start_date=2010-01-01T00:00:00Z&end_date=2010-06-24T00:00:00Z",
                String.class), 400, "start_date 到 end_date 的范围应在 0 到 90 天之间（may not span more than 90 days）。");
        assertError(http.getForEntity("/open311/v2/requests.json?start_date=2010-05-24", String.class), 400,
                "start_date 应为带时区的 w3 时间格式，如 2010-01-01T00:00:00Z（must use w3 format）。");
        assertError(http.getForEntity("/open311/v2/requests.json?status=pending", String.class), 400,
                "status 只能是 open 或 closed（可用逗号分隔两者）。");
    }

    private ResponseEntity<String> postForm(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-www-form-urlencoded; charset=utf-8"));
        return http.postForEntity("/open311/v2/requests.json", new HttpEntity<>(body, headers), String.class);
    }

    private void assertError(ResponseEntity<String> r, int status, String description) throws Exception {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        JsonNode errors = json.readTree(r.getBody());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asText()).isEqualTo(description);
    }
}
