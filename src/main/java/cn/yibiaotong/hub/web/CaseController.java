package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.CaseFilter;
import cn.yibiaotong.hub.cases.CaseIntake;
import cn.yibiaotong.hub.cases.CasePage;
import cn.yibiaotong.hub.cases.CaseQueries;
import cn.yibiaotong.hub.cases.CaseStats;
import cn.yibiaotong.hub.cases.CaseTransitions;
import cn.yibiaotong.hub.cases.CaseView;
import cn.yibiaotong.hub.cases.IntakeResult;
import cn.yibiaotong.hub.cases.QuarterlyReport;
import cn.yibiaotong.hub.cases.StatsReport;
import cn.yibiaotong.hub.cases.TransitionRequest;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.CaseDisclosure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The case board: intake from grid workers, the workflow, the board's filters, statistics and the quarterly report. */
@RestController
@Tag(name = "cases", description = "诉求：受理、流转、督办、统计")
public class CaseController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseIntake intake;
    private final CaseTransitions transitions;
    private final CaseQueries queries;
    private final CaseStats stats;
    private final QuarterlyReport report;
    private final CaseParameters parameters;
    private final CallerAccess access;
    private final AuditLog audit;

    public CaseController(CaseIntake intake, CaseTransitions transitions, CaseQueries queries, CaseStats stats,
                          QuarterlyReport report, CaseParameters parameters, CallerAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.intake = intake;
        this.transitions = transitions;
        this.queries = queries;
        this.stats = stats;
        this.report = report;
        this.parameters = parameters;
    }

    @Operation(summary = "受理一件诉求（网格员上报；channel 不填为 grid）。201 新建；200 已关联到同一诉求或该编号已受理")
    @PostMapping("/api/cases")
    public ResponseEntity<IntakeResult> submit(@RequestBody JsonNode body) {
        if (body instanceof ObjectNode o && !o.has("channel")) {
            o.put("channel", "grid");
        }
        IntakeResult result = intake.submit(body, access.scopePrefix());
        return ResponseEntity.status(IntakeResult.CREATED.equals(result.outcome()) ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result);
    }

    @Operation(summary = "一件诉求及其办理历史")
    @GetMapping("/api/cases/{id}")
    public CaseView one(@PathVariable long id) {
        CaseView found = visible(id);
        audit.read(AuditAction.READ_CASE, "case:" + id,
                found.residentId() == null ? List.of() : List.of(found.residentId()),
                found.reporter() == null ? List.of() : List.of("case.reporter_name", "case.reporter_phone"));
        return CaseDisclosure.view(found, access.items());
    }

    /** A case outside the caller's scope (division, or department for a clerk) is not found: 404, like no case. */
    private CaseView visible(long id) {
        return queries.byId(id, access.scopePrefix(), parameters.ownDepartment(null)).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "诉求不存在", "没有编号为 " + id + " 的诉求。请核对编号。"));
    }

    @Operation(summary = "流转：把诉求转到下一步骤（执行人、角色、说明；回复征询时填写群众评价）")
    @PostMapping("/api/cases/{id}/transitions")
    public CaseView move(@PathVariable long id, @RequestBody TransitionRequest request) {
        visible(id);
        return CaseDisclosure.view(transitions.apply(id, request), access.items());
    }

    @Operation(summary = "诉求看板：超期的排在最前")
    @GetMapping("/api/cases")
    public CasePage board(
            @Parameter(description = "任一级区划代码（补零或不补零）") @RequestParam(required = false) String division,
            @Parameter(description = "网格代码") @RequestParam(required = false) String grid,
            @Parameter(description = "承办部门代码") @RequestParam(required = false) String department,
            @Parameter(description = "台账：suggestion、demand、complaint") @RequestParam(required = false) String ledger,
            @Parameter(description = "当前步骤代码") @RequestParam(required = false) String step,
            @Parameter(description = "true 只看超期，false 只看未超期") @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "受理日期起（含），如 2026-07-01") @RequestParam(required = false) String from,
            @Parameter(description = "受理日期止（不含），如 2026-10-01") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CaseFilter filter = parameters.filter(division, grid, department, ledger, step, overdue, from, to);
        parameters.checkPage(page, size);
        return queries.search(filter, page, size);
    }

    @Operation(summary = "统计：受理、办结、办结率、满意率、超期、办结用时中位数；按区划（逐级汇总）、部门、台账、事项或季度")
    @GetMapping("/api/cases/stats")
    public StatsReport stats(
            @Parameter(description = "division、department、ledger、matter 或 quarter") @RequestParam(defaultValue = "division") String by,
            @Parameter(description = "by=division 时汇总到哪一级：county、town、village") @RequestParam(defaultValue = "town") String level,
            @RequestParam(required = false) String division, @RequestParam(required = false) String department,
            @RequestParam(required = false) String ledger,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        parameters.grouping(by, level);
        return stats.compute(by, level, parameters.filter(division, null, department, ledger, null, null, from, to));
    }

    @Operation(summary = "季度报表（XLSX）：按街道、部门、台账、事项的统计和本季度诉求清单")
    @GetMapping("/api/cases/report")
    public ResponseEntity<StreamingResponseBody> quarterly(
            @Parameter(description = "季度，如 2026Q3") @RequestParam String quarter,
            @RequestParam(required = false) String division) {
        CaseFilter filter = parameters.quarter(quarter, division);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cases-" + quarter.strip() + ".xlsx").build().toString())
                .body(out -> report.write(filter, out));
    }
}
