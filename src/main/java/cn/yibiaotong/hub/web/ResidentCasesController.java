package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.CaseView;
import cn.yibiaotong.hub.cases.ResidentCases;
import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A resident's cases, for the resident page. */
@RestController
@Tag(name = "residents", description = "统一居民视图")
public class ResidentCasesController {

    private final ResidentCases cases;

    public ResidentCasesController(ResidentCases cases) {
        this.cases = cases;
    }

    @Operation(summary = "该居民反映的诉求（最近 100 件，新的在前）；数据范围外的居民答 404")
    @GetMapping("/api/residents/{idNumber}/cases")
    public List<CaseView> cases(@PathVariable String idNumber) {
        Checked id = IdNumbers.normalize(idNumber);
        if (!id.isOk()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "公民身份号码无效", id.error());
        }
        String scope = Callers.find().map(Caller::division).orElse("");
        return cases.of(id.value(), scope).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "居民不存在",
                "统一视图中没有该公民身份号码的居民。请确认号码，或先上传包含此人的花名册。"));
    }
}
