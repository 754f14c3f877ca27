package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.division.DivisionCodes;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The query parameters several endpoints share, checked once, with the same Chinese answers. */
@Component
public class SearchParameters {

    private final DivisionTree divisions;
    private final DataList dataList;
    private final AuditLog audit;

    public SearchParameters(DivisionTree divisions, DataList dataList, AuditLog audit) {
        this.divisions = divisions;
        this.dataList = dataList;
        this.audit = audit;
    }

    /**
     * A division code of any level, padded or not, as its significant prefix, limited to the caller's scope: the
     * caller's own division when none is given (null: every division), 403 when the one given lies outside it.
     * Every query, export, delivery and feed with a division takes its prefix from here, so the scope reaches SQL.
     */
    public String divisionPrefix(String division) {
        String requested = requestedPrefix(division);
        Caller caller = Callers.find().orElse(null);
        if (caller == null || caller.division().isEmpty()) {
            return requested;
        }
        if (requested == null) {
            return caller.division();
        }
        if (!caller.covers(requested)) {
            audit.record(AuditAction.ACCESS_DENIED, "division:" + requested, "DENIED");
            throw new ApiProblem(HttpStatus.FORBIDDEN, "超出可见范围", "区划 " + division.strip() + "（"
                    + divisionName(requested) + "）不在当前账号的可见范围（" + divisionName(caller.division())
                    + "）内。请查询该范围之内的区划，或不填 division（即查询整个可见范围）。").with("division", division.strip());
        }
        return requested;
    }

    private String divisionName(String prefix) {
        return divisions.findByPrefix(prefix).map(d -> d.name()).orElse(prefix);
    }

    private String requestedPrefix(String division) {
        if (division == null || division.isBlank()) {
            return null;
        }
        String prefix = DivisionCodes.toPrefix(division).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                "区划代码格式错误", "division 应为 2、4、6、9 或 12 位数字的区划代码，如 510112 或 510112001000。"));
        if (prefix.length() <= 12 && divisions.findByPrefix(prefix).isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "区划不存在",
                    "区划代码 " + division.strip() + " 不在本系统的区划表中。请使用本区的街道或社区代码。");
        }
        return prefix;
    }

    /** A data-list item code; null when not given. */
    public String itemCode(String item) {
        if (item == null || item.isBlank()) {
            return null;
        }
        String code = item.strip();
        if (dataList.item(code).isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "数据项不存在", "数据清单中没有数据项“" + code
                    + "”。请使用 schemas/data-list.yaml 中的代码，如 welfare.assistance_type。");
        }
        return code;
    }

    public void checkPage(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "分页参数错误",
                    "page 应不小于 0，size 应在 1 到 " + maxSize + " 之间。");
        }
    }
}
