package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.division.DivisionCodes;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.resident.ResidentPage;
import cn.yibiaotong.hub.resident.ResidentQueries;
import cn.yibiaotong.hub.resident.ResidentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unified resident view. */
@RestController
@Tag(name = "residents", description = "统一居民视图")
public class ResidentController {

    private final ResidentQueries queries;
    private final DivisionTree divisions;

    public ResidentController(ResidentQueries queries, DivisionTree divisions) {
        this.queries = queries;
        this.divisions = divisions;
    }

    @Operation(summary = "按公民身份号码查看居民：每个数据项的值、来源（连接器、批次、行、时间）与历史")
    @GetMapping("/api/residents/{idNumber}")
    public ResidentView resident(@PathVariable String idNumber) {
        Checked id = IdNumbers.normalize(idNumber);
        if (!id.isOk()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "公民身份号码无效", id.error());
        }
        return queries.byIdNumber(id.value()).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "居民不存在",
                "统一视图中没有该公民身份号码的居民。请确认号码，或先上传包含此人的花名册。"));
    }

    @Operation(summary = "搜索居民")
    @GetMapping("/api/residents")
    public ResidentPage search(
            @Parameter(description = "任一级区划代码（补零或不补零），如 510112、510112001000、510112001001")
            @RequestParam(required = false) String division,
            @Parameter(description = "网格代码") @RequestParam(required = false) String grid,
            @Parameter(description = "姓名（包含）") @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "分页参数错误", "page 应不小于 0，size 应在 1 到 500 之间。");
        }
        String prefix = null;
        if (division != null && !division.isBlank()) {
            prefix = DivisionCodes.toPrefix(division).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                    "区划代码格式错误", "division 应为 2、4、6、9 或 12 位数字的区划代码，如 510112 或 510112001000。"));
            String wanted = prefix;
            if (wanted.length() <= 12 && divisions.findByPrefix(wanted).isEmpty()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "区划不存在",
                        "区划代码 " + division.strip() + " 不在本系统的区划表中。请使用本区的街道或社区代码。");
            }
        }
        return queries.search(prefix, blankToNull(grid), blankToNull(name), page, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
