package cn.yibiaotong.hub.open311;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.cases.CaseApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GeoReport v2 in its XML format, with the spec's example requests: the element names and order of the spec's XML
 * examples, the same values as the JSON format, absent fields as empty elements; unknown extensions refused; the rest
 * of the API still answers JSON.
 */
class Open311XmlTest extends CaseApiTest {

    @BeforeEach
    void inTheSpecsTime() {
        clock.set("2010-06-01T12:00:00Z");
    }

    @Test
    void servicesAsXml() throws Exception {
        ResponseEntity<String> r = http.getForEntity("/open311/v2/services.xml?jurisdiction_id=city.gov", String.class);

        assertXml(r, HttpStatus.OK);
        Element services = parse(r);
        assertThat(services.getTagName()).isEqualTo("services");
        List<Element> all = children(services);
        assertThat(all).hasSize(12).allMatch(e -> e.getTagName().equals("service"));
        Element first = all.get(0);
        assertThat(names(first)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(text(first, "service_code")).isEqualTo("001");
        assertThat(text(first, "service_name")).isEqualTo("物业管理");
        assertThat(text(first, "description")).isEqualTo("小区物业服务、电梯故障、公共设施维修、业委会与物业纠纷");
        assertThat(text(first, "metadata")).isEqualTo("false");
        assertThat(text(first, "type")).isEqualTo("realtime");
        assertThat(text(first, "keywords")).isEqualTo("物业, 电梯, 漏水, 停车位, 业委会");
        assertThat(text(first, "group")).isEqualTo("城乡建设");
    }

    @Test
    void theSpecsExamplePostAndQueriesAsXml() throws Exception {
        ResponseEntity<String> created = postForm("/open311/v2/requests.xml", Open311Test.SPEC_POST);

        assertXml(created, HttpStatus.OK);
        Element answer = parse(created);
        assertThat(answer.getTagName()).isEqualTo("service_requests");
        assertThat(children(answer)).hasSize(1);
        Element request = children(answer).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).containsExactly("service_request_id", "service_notice", "account_id");
        String id = text(request, "service_request_id");
        assertThat(id).matches("\\d+");
        assertThat(text(request, "service_notice")).isEqualTo("由住房和城乡建设局在 5 个工作日内办理。");
        assertThat(text(request, "account_id")).isEmpty();
        assertThat(caseJson(Long.parseLong(id)).get("channel").asText()).isEqualTo("open311");

        ResponseEntity<String> list = http.getForEntity("/open311/v2/requests.xml?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&status=open&jurisdiction_id=city.gov", String.class);
        assertXml(list, HttpStatus.OK);
        Element requests = parse(list);
        assertThat(requests.getTagName()).isEqualTo("service_requests");
        assertThat(children(requests)).hasSize(1);
        Element found = children(requests).get(0);
        assertThat(found.getTagName()).isEqualTo("request");
        assertThat(names(found)).containsExactly("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
        assertThat(text(found, "service_request_id")).isEqualTo(id);
        assertThat(text(found, "status")).isEqualTo("open");
        assertThat(text(found, "status_notes")).isEqualTo("办理中：分类建账");
        assertThat(text(found, "service_name")).isEqualTo("物业管理");
        assertThat(text(found, "service_code")).isEqualTo("001");
        assertThat(text(found, "description")).isEqualTo("A large sinkhole is destroying the street");
        assertThat(text(found, "agency_responsible")).isEqualTo("住房和城乡建设局");
        assertThat(text(found, "service_notice")).isEqualTo("由住房和城乡建设局在 5 个工作日内办理。");
        assertThat(text(found, "requested_datetime")).isEqualTo("2010-06-01T20:00:00+08:00");
        assertThat(text(found, "updated_datetime")).isEqualTo("2010-06-01T20:00:00+08:00");
        assertThat(text(found, "expected_datetime")).isEqualTo("2010-06-08T20:00:00+08:00");
        assertThat(text(found, "address")).isEqualTo("1234 5th street");
        assertThat(text(found, "address_id")).isEmpty();
        assertThat(text(found, "zipcode")).isEmpty();
        assertThat(text(found, "lat")).isEqualTo("37.76524078");
        assertThat(text(found, "long")).isEqualTo("-122.4212043");
        assertThat(text(found, "media_url")).isEqualTo("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
        assertThat(list.getBody()).doesNotContain("smith").doesNotContain("111111111").doesNotContain("smit333");

        // the same data as the JSON format, field by field
        JsonNode asJson = json.readTree(http.getForObject("/open311/v2/requests.json?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&status=open&jurisdiction_id=city.gov", String.class)).get(0);
        asJson.fields().forEachRemaining(f -> assertThat(text(found, f.getKey())).as(f.getKey()).isEqualTo(f.getValue().asText()));

        ResponseEntity<String> one = http.getForEntity("/open311/v2/requests/" + id + ".xml?jurisdiction_id=city.gov", String.class);
        assertXml(one, HttpStatus.OK);
        Element single = parse(one);
        assertThat(single.getTagName()).isEqualTo("service_requests");
        assertThat(children(single)).hasSize(1);
        assertThat(children(single).get(0).isEqualNode(found)).isTrue();
    }

    @Test
    void markupAndForbiddenCharactersInADescriptionStayText() throws Exception {
        String id = text(children(parse(postForm("/open311/v2/requests.xml", Open311Test.SPEC_POST.replace(
                "description=A+large+sinkhole+is+destroying+the+street",
                "description=%3C%2Fdescription%3E%3Cstatus%3Eclosed%3C%2Fstatus%3E+%26+bell%07")))).get(0),
                "service_request_id");

        Element found = children(parse(http.getForEntity("/open311/v2/requests/" + id + ".xml", String.class))).get(0);

        assertThat(text(found, "description")).isEqualTo("</description><status>closed</status> & bell\uFFFD");
        assertThat(text(found, "status")).isEqualTo("open");
    }

    @Test
    void errorsAsXmlAndNothingIsStored() throws Exception {
        assertXmlError(postForm("/open311/v2/requests.xml", Open311Test.SPEC_POST.replace("api_key=xyz", "api_key=abc")),
                403, "api_key 无效，不能创建服务请求（invalid api_key）。请向本区申请 api_key。");
        assertXmlError(postForm("/open311/v2/requests.xml", "api_key=xyz&service_code=001&lat=30.55"), 400,
                "lat 和 long 必须同时提供（lat & long must both be sent）。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();

        assertXmlError(http.getForEntity("/open311/v2/requests/638344.xml?jurisdiction_id=city.gov", String.class), 404,
                "没有编号为 638344 的服务请求（service_request_id was not found）。");
        assertXmlError(http.getForEntity("/open311/v2/services.xml?jurisdiction_id=other.gov", String.class), 404,
                "jurisdiction_id “other.gov”不是本接口服务的辖区（jurisdiction_id was not found）。本接口的 jurisdiction_id 是 city.gov。");
        assertXmlError(http.getForEntity("/open311/v2/requests.xml?status=pending", String.class), 400,
                "status 只能是 open 或 closed（可用逗号分隔两者）。");
    }

    @Test
    void anUnknownExtensionIsTheSpecsErrorInJsonAndStoresNothing() throws Exception {
        assertJsonError(postForm("/open311/v2/requests.csv", Open311Test.SPEC_POST), 404,
                "不支持格式“csv”（format not supported）：GeoReport v2 只有 json 和 xml，请改用 requests.json 或 requests.xml。");
        assertThat(store.count("SELECT COUNT(*) FROM hub_case")).isZero();
        assertJsonError(http.getForEntity("/open311/v2/services.yaml", String.class), 404,
                "不支持格式“yaml”（format not supported）：GeoReport v2 只有 json 和 xml，请改用 services.json 或 services.xml。");
        assertJsonError(http.getForEntity("/open311/v2/requests.csv", String.class), 404,
                "不支持格式“csv”（format not supported）：GeoReport v2 只有 json 和 xml，请改用 requests.json 或 requests.xml。");
        assertJsonError(http.getForEntity("/open311/v2/requests/1.html", String.class), 404,
                "不支持格式“html”（format not supported）：GeoReport v2 只有 json 和 xml，请改用 requests/1.json 或 requests/1.xml。");
    }

    @Test
    void theRestOfTheApiStillAnswersJson() throws Exception {
        for (String accept : List.of("*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT, accept);
            ResponseEntity<String> r = http.exchange("/api/residents", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(r.getStatusCode()).as(accept).isEqualTo(HttpStatus.OK);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(accept).isTrue();
            assertThat(json.readTree(r.getBody()).isContainerNode()).isTrue();
        }
        // a JSON Open311 URL stays JSON whatever the client accepts: the extension decides
        HttpHeaders xmlPlease = new HttpHeaders();
        xmlPlease.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE);
        ResponseEntity<String> services = http.exchange("/open311/v2/services.json", HttpMethod.GET,
                new HttpEntity<>(xmlPlease), String.class);
        assertThat(services.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(json.readTree(services.getBody())).hasSize(12);
    }

    @Test
    void theApiDocumentationOffersBothFormats() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

        JsonNode ok = paths.get("/open311/v2/requests.{format}").get("get").get("responses").get("200").get("content");
        assertThat(ok.has("application/json")).isTrue();
        assertThat(ok.has("application/xml")).isTrue();
        assertThat(ok.get("application/json").get("schema").get("items").get("$ref").asText()).endsWith("/Open311Request");
        assertThat(paths.has("/open311/v2/services.{format}")).isTrue();
        assertThat(paths.has("/open311/v2/requests/{id}.{format}")).isTrue();
    }

    private ResponseEntity<String> postForm(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-www-form-urlencoded; charset=utf-8"));
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void assertXml(ResponseEntity<String> r, HttpStatus status) {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
    }

    private void assertXmlError(ResponseEntity<String> r, int status, String description) throws Exception {
        assertXml(r, HttpStatus.valueOf(status));
        Element errors = parse(r);
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(children(errors)).hasSize(1);
        Element error = children(errors).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(names(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
        assertThat(text(error, "description")).isEqualTo(description);
    }

    private void assertJsonError(ResponseEntity<String> r, int status, String description) throws Exception {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode errors = json.readTree(r.getBody());
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asText()).isEqualTo(description);
    }

    private static Element parse(ResponseEntity<String> r) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.getBody().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
        assertThat(found).as("<" + name + ">").hasSize(1);
        return found.get(0).getTextContent();
    }
}
