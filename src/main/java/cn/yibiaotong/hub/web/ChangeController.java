package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.community.Change;
import cn.yibiaotong.hub.community.ChangeCursor;
import cn.yibiaotong.hub.community.ChangeFeed;
import cn.yibiaotong.hub.community.ChangePage;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.CommunityDisclosure;
import cn.yibiaotong.hub.security.ItemAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change feed a community system polls: only what is new since its last call. */
@RestController
public class ChangeController {

    // a date without a time is a day in China
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ChangeFeed feed;
    private final SearchParameters parameters;
    private final CallerAccess access;
    private final AuditLog audit;

    public ChangeController(ChangeFeed feed, SearchParameters parameters, CallerAccess access, AuditLog audit) {
        this.feed = feed;
        this.parameters = parameters;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "变更订阅：某区划下自某时刻以来的变更，按时间排序，分页")
    @GetMapping("/api/changes")
    public ChangePage changes(
            @Parameter(description = "区划代码，如 510112001001") @RequestParam(required = false) String division,
            @Parameter(description = "起始时刻（ISO 8601，如 2026-11-01T00:00:00+08:00，或日期 2026-11-01）")
            @RequestParam(required = false) String since,
            @Parameter(description = "上一页返回的 next；给出时忽略 since") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int size) {
        parameters.checkPage(0, size, 1000);
        String prefix = parameters.divisionPrefix(division);
        if (prefix == null) {
            throw bad("缺少 division（区划代码），如 division=510112001001。");
        }
        ChangeCursor cursor;
        if (after != null && !after.isBlank()) {
            cursor = ChangeCursor.decode(after.strip()).orElseThrow(() -> bad(
                    "after 不是本接口返回的 next 值，请原样传回上一页的 next，或改用 since 重新开始。"));
        } else if (since != null && !since.isBlank()) {
            cursor = new ChangeCursor(time(since.strip()), "", "", 0);
        } else {
            throw bad("缺少 since（起始时刻），如 since=2026-11-01 或 since=2026-11-01T08:00:00+08:00。");
        }
        ChangePage page = feed.since(prefix, cursor, size);
        ItemAccess items = access.items();
        audit.read(AuditAction.READ_CHANGES, "division:" + prefix, page.changes().stream().map(Change::residentId).toList(),
                page.changes().stream().flatMap(c -> c.changes().stream()).map(Change.ItemChange::item)
                        .filter(items::sees).distinct().toList());
        return CommunityDisclosure.page(page, items);
    }

    private static OffsetDateTime time(String since) {
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(CHINA).toOffsetDateTime()
                    : OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw bad("since“" + since + "”不是有效的时刻，应为 2026-11-01 或 2026-11-01T08:00:00+08:00。");
        }
    }

    private static ApiProblem bad(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "参数有误", detail);
    }
}
