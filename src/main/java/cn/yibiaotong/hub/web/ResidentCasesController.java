package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.CaseView;
import cn.yibiaotong.hub.cases.ResidentCases;
import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
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

    @Operation(summary = "该居民反映的诉求（最近 100 件，新的在前）")
    @GetMapping("/api/residents/{idNumber}/cases")
    public List<CaseView> cases(@PathVariable String idNumber) {
        Checked id = IdNumbers.normalize(idNumber);
        if (!id.isOk()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "公民身份号码无效", id.error());
        }
        return cases.of(id.value());
    }
}
