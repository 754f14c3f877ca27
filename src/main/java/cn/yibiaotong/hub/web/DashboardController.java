package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.dashboard.OverdueTrend;
import cn.yibiaotong.hub.dashboard.ResidentCounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only figures for the dashboard's charts that no other endpoint gives; the rest come from the existing API.
 * Each is limited to the caller's division.
 */
@RestController
@Tag(name = "dashboard", description = "看板图表数据")
public class DashboardController {

    private final ResidentCounts residents;
    private final OverdueTrend overdue;
    private final SearchParameters parameters;

    public DashboardController(ResidentCounts residents, OverdueTrend overdue, SearchParameters parameters) {
        this.residents = residents;
        this.overdue = overdue;
        this.parameters = parameters;
    }

    @Operation(summary = "各社区的居民数（统一视图）")
    @GetMapping("/api/dashboard/residents-per-community")
    public List<ResidentCounts.CommunityCount> residentsPerCommunity(
            @Parameter(description = "任一级区划代码") @RequestParam(required = false) String division) {
        return residents.perCommunity(parameters.divisionPrefix(division));
    }

    @Operation(summary = "超期趋势：最近若干周每周末超期未办结的诉求数")
    @GetMapping("/api/dashboard/overdue-trend")
    public List<OverdueTrend.Point> overdueTrend(
            @Parameter(description = "任一级区划代码") @RequestParam(required = false) String division,
            @Parameter(description = "周数，1 到 52") @RequestParam(defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "周数超出范围", "weeks 应在 1 到 52 之间，如 12。");
        }
        return overdue.weekly(parameters.divisionPrefix(division), weeks);
    }
}
