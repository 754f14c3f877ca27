package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every move of the workflow, allowed and refused. The expected "allowed now" texts are written out by hand from
 * the field reports' order, independently of config/case-workflow.yaml, so a wrong file fails here.
 */
class CaseTransitionsTest extends CaseApiTest {

    private static final List<String> STEPS = List.of("register", "leader-review", "accept", "assign", "supervise",
            "result", "leader-check", "survey", "close");
    private static final List<String> ROLES = List.of("coordinator", "secretary", "department");

    /** Step → the moves allowed from it (target → roles). */
    private static final Map<String, Map<String, List<String>>> ALLOWED = new LinkedHashMap<>();
    /** Step → the sentence every refusal from that step ends with. */
    private static final Map<String, String> ALLOWED_TEXT = new LinkedHashMap<>();

    static {
        allow("register", "现在允许的步骤：书记阅批（leader-review），由 治理协调员（coordinator） 执行。", "leader-review", "coordinator");
        allow("leader-review", "现在允许的步骤：受理告知（accept），由 书记（secretary） 执行。", "accept", "secretary");
        allow("accept", "现在允许的步骤：快速交办（assign），由 治理协调员（coordinator） 执行。", "assign", "coordinator");
        allow("assign", "现在允许的步骤：严格督查（supervise），由 治理协调员（coordinator） 执行。", "supervise", "coordinator");
        allow("supervise", "现在允许的步骤：结果反馈（result），由 承办部门（department） 执行。", "result", "department");
        allow("result", "现在允许的步骤：书记把关（leader-check），由 治理协调员（coordinator） 执行。", "leader-check", "coordinator");
        allow("leader-check", "现在允许的步骤：回复征询（survey），由 书记（secretary） 执行；严格督查（supervise），由 书记（secretary） 执行。",
                "survey", "secretary", "supervise", "secretary");
        allow("survey", "现在允许的步骤：销号归档（close），由 治理协调员（coordinator） 执行；严格督查（supervise），由 治理协调员（coordinator） 执行。",
                "close", "coordinator", "supervise", "coordinator");
        allow("close", "现在允许的步骤：严格督查（supervise），由 治理协调员（coordinator） 执行。", "supervise", "coordinator");
    }

    private static void allow(String from, String text, String... targetRolePairs) {
        Map<String, List<String>> moves = new LinkedHashMap<>();
        for (int i = 0; i < targetRolePairs.length; i += 2) {
            moves.put(targetRolePairs[i], List.of(targetRolePairs[i + 1]));
        }
        ALLOWED.put(from, moves);
        ALLOWED_TEXT.put(from, text);
    }

    @Test
    void everyMoveNotInTheWorkflowAndEveryWrongRoleIsRefusedWithTheAllowedSteps() throws Exception {
        long id = create(intake("010", "邻里漏水纠纷"));
        String[][] path = {{"leader-review", "coordinator"}, {"accept", "secretary"}, {"assign", "coordinator"},
            {"supervise", "coordinator"}, {"result", "department"}, {"leader-check", "coordinator"},
            {"survey", "secretary"}, {"close", "coordinator"}};
        int p = 0;
        for (String step : STEPS) {
            long events = store.count("SELECT COUNT(*) FROM case_event WHERE case_id = ?", id);
            for (String target : STEPS) {
                if (ALLOWED.get(step).containsKey(target)) {
                    for (String role : ROLES) {
                        if (!ALLOWED.get(step).get(target).contains(role)) {
                            assertRefused(move(id, target, role), HttpStatus.FORBIDDEN, "角色“" + roleLabel(role) + "”不能把诉求 " + id
                                    + " 从“" + stepLabel(step) + "”转到“" + stepLabel(target) + "”。" + ALLOWED_TEXT.get(step), step);
                        }
                    }
                } else {
                    assertRefused(move(id, target, "coordinator"), HttpStatus.CONFLICT, "诉求 " + id + " 当前处于“"
                            + stepLabel(step) + "”，不能转到“" + stepLabel(target) + "”。" + ALLOWED_TEXT.get(step), step);
                }
            }
            assertThat(caseJson(id).get("step").asText()).isEqualTo(step);
            assertThat(store.count("SELECT COUNT(*) FROM case_event WHERE case_id = ?", id)).isEqualTo(events);
            if (p < path.length) {
                ResponseEntity<String> ok = move(id, path[p][0], path[p][1], null, "close".equals(path[p][0]) ? "满意" : null);
                assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.OK);
                assertThat(json.readTree(ok.getBody()).get("step").asText()).isEqualTo(path[p][0]);
                p++;
            }
        }
        JsonNode closed = caseJson(id);
        assertThat(closed.get("stepName").asText()).isEqualTo("销号归档");
        assertThat(closed.get("verdict").asText()).isEqualTo("satisfied");
        assertThat(closed.get("verdictName").asText()).isEqualTo("满意");
        assertThat(closed.get("closedAt").asText()).isEqualTo("2026-11-23T09:00:00+08:00");
        JsonNode history = closed.get("history");
        assertThat(history).hasSize(9);
        assertThat(history.get(5).get("fromStep").asText()).isEqualTo("supervise");
        assertThat(history.get(5).get("toStep").asText()).isEqualTo("result");
        assertThat(history.get(5).get("role").asText()).isEqualTo("department");
        assertThat(history.get(5).get("actor").asText()).isEqualTo("王芳");
    }

    @Test
    void theLeaderSendsBackToTheDepartmentOnlyWithAReason() throws Exception {
        long id = create(intake("001", "电梯停运"));
        walk(id, "leader-check", null);

        ResponseEntity<String> noReason = move(id, "supervise", "secretary");
        ResponseEntity<String> back = move(id, "supervise", "secretary", "答复未说明维修时间，请补充", null);

        assertRefused(noReason, HttpStatus.BAD_REQUEST, "从“书记把关（leader-check）”转到“严格督查（supervise）”必须在 comment 中写明原因。",
                "leader-check");
        assertThat(back.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode c = json.readTree(back.getBody());
        assertThat(c.get("step").asText()).isEqualTo("supervise");
        assertThat(c.get("reopenCount").asInt()).isZero();
        assertThat(c.get("history").get(c.get("history").size() - 1).get("comment").asText()).isEqualTo("答复未说明维修时间，请补充");
    }

    @Test
    void theVerdictIsAskedAtTheSurveyAndDissatisfiedReopens() throws Exception {
        long id = create(intake("001", "电梯停运"));
        walk(id, "survey", null);

        assertRefused(move(id, "close", "coordinator"), HttpStatus.BAD_REQUEST,
                "转到“销号归档（close）”需要在 verdict 中填写群众评价：满意（satisfied）、基本满意（basically-satisfied）、不满意（dissatisfied）。", "survey");
        assertRefused(move(id, "supervise", "coordinator", null, "满意"), HttpStatus.BAD_REQUEST,
                "转到“严格督查（supervise）”时，群众评价应为：不满意（dissatisfied）；收到的是“满意”。", "survey");
        assertRefused(move(id, "close", "coordinator", null, "很好"), HttpStatus.BAD_REQUEST,
                "转到“销号归档（close）”时，群众评价应为：满意（satisfied）、基本满意（basically-satisfied）、不满意（dissatisfied）；收到的是“很好”。", "survey");

        clock.advance(Duration.ofDays(1));
        ResponseEntity<String> reopened = move(id, "supervise", "coordinator", "群众反映电梯仍常停", "不满意");

        JsonNode c = json.readTree(reopened.getBody());
        assertThat(c.get("step").asText()).isEqualTo("supervise");
        assertThat(c.get("verdict").asText()).isEqualTo("dissatisfied");
        assertThat(c.get("reopenCount").asInt()).isEqualTo(1);
        // a reopened case gets the matter's full time again: Tuesday 09:00 + 5 working days
        assertThat(c.get("deadline").asText()).isEqualTo("2026-12-01T09:00:00+08:00");
    }

    @Test
    void anArchivedCaseReopensWhenTheResidentIsDissatisfiedLater() throws Exception {
        long id = create(intake("002", "垃圾清运"));
        walk(id, "close", "basically-satisfied");
        assertThat(caseJson(id).get("closedAt").isNull()).isFalse();

        ResponseEntity<String> r = move(id, "supervise", "coordinator", null, "dissatisfied");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode c = json.readTree(r.getBody());
        assertThat(c.has("closedAt")).isFalse();
        assertThat(c.get("reopenCount").asInt()).isEqualTo(1);
    }

    @Test
    void aVerdictOutsideTheSurveyAnUnknownRoleAMissingActorAndAnUnknownCaseAreRefused() throws Exception {
        long id = create(intake("002", "垃圾清运"));

        assertRefused(move(id, "leader-review", "coordinator", null, "满意"), HttpStatus.BAD_REQUEST,
                "只有回复征询时才记录群众评价；转到“书记阅批（leader-review）”时请不要填写 verdict。", "register");
        assertRefused(move(id, "leader-review", "mayor"), HttpStatus.BAD_REQUEST,
                "角色“mayor”不存在。可用的角色：治理协调员（coordinator）、书记（secretary）、承办部门（department）。", "register");
        assertRefused(post("/api/cases/" + id + "/transitions", Map.of("to", "leader-review", "role", "coordinator")),
                HttpStatus.BAD_REQUEST, "缺少字段“actor”（执行人姓名或工号）。", "register");
        ResponseEntity<String> unknown = move(id + 1000, "leader-review", "coordinator");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).isEqualTo("没有编号为 " + (id + 1000) + " 的诉求。请核对编号。");
    }

    private void assertRefused(ResponseEntity<String> r, HttpStatus status, String detail, String stepAfter) throws Exception {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        assertThat(json.readTree(r.getBody()).get("detail").asText()).isEqualTo(detail);
        if (status == HttpStatus.CONFLICT || status == HttpStatus.FORBIDDEN) {
            List<String> allowed = json.convertValue(json.readTree(r.getBody()).get("allowedSteps"),
                    json.getTypeFactory().constructCollectionType(List.class, String.class));
            assertThat(allowed).containsExactlyElementsOf(ALLOWED.get(stepAfter).keySet());
        }
    }

    private static String stepLabel(String code) {
        Map<String, String> names = Map.of("register", "分类建账", "leader-review", "书记阅批", "accept", "受理告知",
                "assign", "快速交办", "supervise", "严格督查", "result", "结果反馈", "leader-check", "书记把关",
                "survey", "回复征询", "close", "销号归档");
        return names.get(code) + "（" + code + "）";
    }

    private static String roleLabel(String code) {
        return Map.of("coordinator", "治理协调员", "secretary", "书记", "department", "承办部门").get(code) + "（" + code + "）";
    }
}
