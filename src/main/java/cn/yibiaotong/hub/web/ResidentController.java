package cn.yibiaotong.hub.web;

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
    private final SearchParameters parameters;

    public ResidentController(ResidentQueries queries, SearchParameters parameters) {
        this.queries = queries;
        this.parameters = parameters;
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
            @Parameter(description = "数据项代码：只列出有该项的居民，如 welfare.assistance_type")
            @RequestParam(required = false) String item,
            @Parameter(description = "与 item 同用：该项的标准代码或值，如 01") @RequestParam(required = false) String value,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        parameters.checkPage(page, size, 500);
        String itemCode = parameters.itemCode(item);
        if (itemCode == null && blankToNull(value) != null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "缺少参数", "value 需要与 item 一起使用，如 item=welfare.assistance_type&value=01。");
        }
        return queries.search(parameters.divisionPrefix(division), blankToNull(grid), blankToNull(name), itemCode,
                blankToNull(value), page, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
