package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.identity.ReviewQueue;
import cn.yibiaotong.hub.resident.MergeRefused;
import cn.yibiaotong.hub.resident.ReviewDecisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue of uncertain identity matches and a person's decision on each. */
@RestController
@Tag(name = "matches", description = "身份匹配：待人工核对")
public class MatchController {

    private static final Map<String, String> STATUSES = Map.of("open", "OPEN", "linked", "LINKED", "kept-apart", "KEPT_APART");

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final SearchParameters parameters;

    public MatchController(ReviewQueue queue, ReviewDecisions decisions, SearchParameters parameters) {
        this.queue = queue;
        this.decisions = decisions;
        this.parameters = parameters;
    }

    /** @param decision link or keep-apart; @param reason why, in the steward's words */
    public record DecisionRequest(String decision, String reason) {
    }

    @Operation(summary = "待核对的身份匹配：两侧记录并列，逐项证据（级别、权重）、总分与阈值")
    @GetMapping("/api/matches/review")
    public ReviewQueue.Page review(
            @Parameter(description = "open（默认）、linked 或 kept-apart") @RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        parameters.checkPage(page, size, 200);
        String s = STATUSES.get(status);
        if (s == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "参数格式错误", "status 只能是 open、linked 或 kept-apart，收到“" + status + "”。");
        }
        return queue.list(s, page, size);
    }

    @Operation(summary = "对一条待核对匹配作出决定：link（是同一人，合并）或 keep-apart（不是同一人，以后不再询问）")
    @PostMapping("/api/matches/{id}/decision")
    public ReviewQueue.Item decide(@PathVariable long id, @RequestBody(required = false) DecisionRequest body,
                                   Principal principal) {
        if (body == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "缺少请求体", "请提交 JSON：{\"decision\": \"link\" 或 \"keep-apart\", \"reason\": \"理由\"}。");
        }
        ReviewDecisions.Decision decision = switch (body.decision() == null ? "" : body.decision().strip()) {
            case "link" -> ReviewDecisions.Decision.LINK;
            case "keep-apart" -> ReviewDecisions.Decision.KEEP_APART;
            default -> throw new ApiProblem(HttpStatus.BAD_REQUEST, "决定无效", "字段“decision”只能是 link（是同一人）或 "
                    + "keep-apart（不是同一人），收到“" + (body.decision() == null ? "" : body.decision()) + "”。请改正后重新提交。")
                    .with("field", "decision");
        };
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "缺少理由", "字段“reason”必须写明作出此决定的理由（1–1000 字），"
                    + "例如“已电话核实：同一人，民政登记时姓名写成同音字”。").with("field", "reason");
        }
        try {
            decisions.decide(id, decision, Actor.of(principal), reason);
        } catch (MergeRefused e) {
            throw Actor.problem(e);
        }
        return queue.get(id).orElseThrow();
    }
}
