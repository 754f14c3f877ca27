package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, for administrators only (SecurityConfiguration): who read whose data, who changed what. */
@RestController
@Tag(name = "audit", description = "审计日志（仅管理员）")
public class AuditController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditQueries queries;
    private final SearchParameters parameters;

    public AuditController(AuditQueries queries, SearchParameters parameters) {
        this.queries = queries;
        this.parameters = parameters;
    }

    @Operation(summary = "审计日志：按账号、居民（公民身份号码）、操作、时段查询，新的在前")
    @GetMapping("/api/audit")
    public AuditQueries.Page search(
            @Parameter(description = "账号用户名") @RequestParam(required = false) String account,
            @Parameter(description = "居民的公民身份号码：查看过此人数据的记录") @RequestParam(required = false) String resident,
            @Parameter(description = "操作，如 READ_RESIDENT、UPLOAD") @RequestParam(required = false) String action,
            @Parameter(description = "起（含），日期 2026-11-01 或时刻 2026-11-01T08:00:00+08:00") @RequestParam(required = false) String from,
            @Parameter(description = "止（不含），同上") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        parameters.checkPage(page, size, 500);
        return queries.search(blankToNull(account), idNumber(resident), action(action), time("from", from),
                time("to", to), page, size);
    }

    @Operation(summary = "一条审计记录读取了哪些居民（居民 id）")
    @GetMapping("/api/audit/{id}/residents")
    public List<String> residents(@PathVariable long id) {
        return queries.residents(id);
    }

    private static String idNumber(String resident) {
        if (resident == null || resident.isBlank()) {
            return null;
        }
        Checked id = IdNumbers.normalize(resident);
        if (!id.isOk()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "公民身份号码无效", "resident：" + id.error());
        }
        return id.value();
    }

    private static String action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        if (Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action.strip()))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "操作不存在", "action 应为以下之一："
                    + Arrays.toString(AuditAction.values()) + "。");
        }
        return action.strip();
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(CHINA).toOffsetDateTime() : OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "时间格式错误", name + "“" + v
                    + "”不是有效的日期或时刻，应为 2026-11-01 或 2026-11-01T08:00:00+08:00。");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
