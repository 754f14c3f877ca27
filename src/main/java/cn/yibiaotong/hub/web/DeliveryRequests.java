package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.department.Departments;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks a delivery request and says in Chinese what to fix. */
@Component
public class DeliveryRequests {

    private final ConnectorCatalog connectors;
    private final Departments departments;
    private final SearchParameters search;

    public DeliveryRequests(ConnectorCatalog connectors, Departments departments, SearchParameters search) {
        this.connectors = connectors;
        this.departments = departments;
        this.search = search;
    }

    ConnectorDefinition connector(DeliveryRequest r) {
        List<ConnectorDefinition> outbound = connectors.all().stream()
                .filter(c -> c.direction() == Direction.OUTBOUND).toList();
        String known = String.join("、", outbound.stream().map(ConnectorDefinition::department).distinct().toList());
        if (r.department() == null || r.department().isBlank()) {
            throw bad("缺少 department（部门代码）。可报送的部门：" + known + "。");
        }
        if (!departments.contains(r.department())) {
            throw bad("部门“" + r.department() + "”不在部门清单中。可报送的部门：" + known + "。");
        }
        List<ConnectorDefinition> mine = outbound.stream().filter(c -> c.department().equals(r.department()))
                .filter(c -> r.connector() == null || c.id().equals(r.connector())).toList();
        if (mine.isEmpty()) {
            throw bad("部门“" + r.department() + "”没有" + (r.connector() == null ? "" : "名为“" + r.connector() + "”的")
                    + " outbound 接入文件，无法报送。请在 connectors/ 中添加，或改用：" + known + "。");
        }
        if (mine.size() > 1) {
            throw bad("部门“" + r.department() + "”有多个 outbound 接入，请用 connector 指定其一："
                    + String.join("、", mine.stream().map(ConnectorDefinition::id).toList()) + "。");
        }
        return mine.get(0);
    }

    String division(String division) {
        String prefix = search.divisionPrefix(division);
        if (prefix == null) {
            throw bad("缺少 division（区划代码）。请写要报送的街道或社区代码，如 510112001。");
        }
        return prefix;
    }

    String period(String period) {
        try {
            if (period == null || !period.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("pattern", String.valueOf(period), 0);
            }
            return YearMonth.parse(period).toString();
        } catch (DateTimeParseException e) {
            throw bad("period（报送期）“" + (period == null ? "" : period) + "”格式不正确，应为 yyyy-MM，如 2026-11。");
        }
    }

    private static ApiProblem bad(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "报送请求有误", detail);
    }
}
