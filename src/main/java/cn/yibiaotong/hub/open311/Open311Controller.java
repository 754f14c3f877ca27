package cn.yibiaotong.hub.open311;

import cn.yibiaotong.hub.cases.CaseIntake;
import cn.yibiaotong.hub.cases.IntakeResult;
import cn.yibiaotong.hub.cases.Matter;
import cn.yibiaotong.hub.cases.Matters;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON and XML formats, by extension) so existing civic-tech clients work unchanged: the matter list as services,
 * service requests in and out as cases. Field names, parameters, the 90-day / 1000-request limits and the error
 * list follow the published spec; descriptions are Chinese first. The format is rendered by {@link Open311Formats},
 * errors by {@link Open311Errors}.
 */
@RestController
@RequestMapping("/open311/v2")
@EnableConfigurationProperties(Open311Settings.class)
@Tag(name = "open311", description = "Open311 GeoReport v2")
public class Open311Controller {

    private static final Duration MAX_SPAN = Duration.ofDays(90);

    private final Matters matters;
    private final Departments departments;
    private final CaseIntake intake;
    private final Open311Forms forms;
    private final Open311Requests requests;
    private final Open311Settings settings;
    private final Open311Formats formats;
    private final Clock clock;

    Open311Controller(Matters matters, Departments departments, CaseIntake intake, Open311Forms forms,
                      Open311Requests requests, Open311Settings settings, Open311Formats formats, Clock clock) {
        this.matters = matters;
        this.departments = departments;
        this.intake = intake;
        this.forms = forms;
        this.requests = requests;
        this.settings = settings;
        this.formats = formats;
        this.clock = clock;
    }

    @Operation(summary = "GET Service List：事项清单即服务列表")
    @ApiResponse(responseCode = "200", description = "{format} 为 json 或 xml", content = {@Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = Open311Service.class))), @Content(mediaType = "application/xml")})
    @GetMapping("/services.{format}")
    public ResponseEntity<Object> services(@PathVariable String format,
                                           @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Formats.check(format, "services");
        checkJurisdiction(jurisdiction);
        return formats.render(HttpStatus.OK, format, "services", "service", matters.all().stream()
                .map(m -> new Open311Service(m.code(), m.name(), m.description(), false, "realtime",
                        String.join(", ", m.keywords()), m.group())).toList());
    }

    @Operation(summary = "POST Service Request（application/x-www-form-urlencoded）")
    @ApiResponse(responseCode = "200", description = "{format} 为 json 或 xml", content = {@Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = Open311Created.class))), @Content(mediaType = "application/xml")})
    @PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<Object> create(@PathVariable String format, @RequestParam Map<String, String> form) {
        Open311Formats.check(format, "requests");
        checkJurisdiction(form.get("jurisdiction_id"));
        if (!settings.apiKeys().isEmpty() && !settings.apiKeys().contains(form.getOrDefault("api_key", ""))) {
            throw new Open311Failure(403, "api_key 无效，不能创建服务请求（invalid api_key）。请向本区申请 api_key。");
        }
        String code = form.get("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Failure(400, "缺少 service_code（service_code was not provided）。可用的服务见 services.json。");
        }
        Matter matter = matters.find(code.strip()).orElseThrow(() -> new Open311Failure(404, "service_code “" + code.strip()
                + "”不存在（service_code was not found）。可用的服务：" + matters.listing() + "。"));
        IntakeResult result = intake.submit(forms.intake(form, matter.name()));
        String agency = departments.find(result.caseView().department()).map(Department::name).orElse("");
        String notice = IntakeResult.LINKED.equals(result.outcome())
                ? "同一诉求已在办理中，已关联到编号 " + result.caseId() + "。" : Open311Requests.notice(matter, agency);
        return formats.render(HttpStatus.OK, format, "service_requests", "request",
                List.of(new Open311Created(String.valueOf(result.caseId()), notice, null)));
    }

    @Operation(summary = "GET Service Requests：按编号、服务、时间（不超过 90 天）、状态查询，最多 1000 条")
    @ApiResponse(responseCode = "200", description = "{format} 为 json 或 xml", content = {@Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = Open311Request.class))), @Content(mediaType = "application/xml")})
    @GetMapping("/requests.{format}")
    public ResponseEntity<Object> search(@PathVariable String format,
                                       @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                       @RequestParam(name = "service_request_id", required = false) String ids,
                                       @RequestParam(name = "service_code", required = false) String codes,
                                       @RequestParam(name = "start_date", required = false) String start,
                                       @RequestParam(name = "end_date", required = false) String end,
                                       @RequestParam(name = "status", required = false) String status) {
        Open311Formats.check(format, "requests");
        checkJurisdiction(jurisdiction);
        return formats.render(HttpStatus.OK, format, "service_requests", "request",
                find(ids, codes, start, end, status));
    }

    private List<Open311Request> find(String ids, String codes, String start, String end, String status) {
        if (ids != null && !ids.isBlank()) {
            // the spec: service_request_id overrides all other arguments
            return requests.byIds(split(ids).stream().filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).toList());
        }
        List<String> statuses = split(status);
        if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            throw new Open311Failure(400, "status 只能是 open 或 closed（可用逗号分隔两者）。");
        }
        Instant from = time("start_date", start);
        Instant to = time("end_date", end);
        if (from == null && to == null) {
            to = clock.instant();
        }
        from = from != null ? from : to.minus(MAX_SPAN);
        to = to != null ? to : from.plus(MAX_SPAN);
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0 || to.isBefore(from)) {
            throw new Open311Failure(400, "start_date 到 end_date 的范围应在 0 到 90 天之间（may not span more than 90 days）。");
        }
        return requests.search(from, to, split(codes), statuses);
    }

    @Operation(summary = "GET Service Request：一件服务请求")
    @ApiResponse(responseCode = "200", description = "{format} 为 json 或 xml", content = {@Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = Open311Request.class))), @Content(mediaType = "application/xml")})
    @GetMapping("/requests/{id}.{format}")
    public ResponseEntity<Object> one(@PathVariable String id, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Formats.check(format, "requests/" + id);
        checkJurisdiction(jurisdiction);
        List<Open311Request> found = id.matches("\\d{1,18}") ? requests.byIds(List.of(Long.valueOf(id))) : List.of();
        if (found.isEmpty()) {
            throw new Open311Failure(404, "没有编号为 " + id + " 的服务请求（service_request_id was not found）。");
        }
        return formats.render(HttpStatus.OK, format, "service_requests", "request", found);
    }

    private void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.strip().equals(settings.jurisdictionId())) {
            throw new Open311Failure(404, "jurisdiction_id “" + jurisdiction.strip() + "”不是本接口服务的辖区（jurisdiction_id was not "
                    + "found）。本接口的 jurisdiction_id 是 " + settings.jurisdictionId() + "。");
        }
    }

    private static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Failure(400, name + " 应为带时区的 w3 时间格式，如 2010-01-01T00:00:00Z（must use w3 format）。");
        }
    }

    private static List<String> split(String commaList) {
        return commaList == null ? List.of()
                : Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
