package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.resident.Household;
import cn.yibiaotong.hub.resident.HouseholdQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Households (户) and their members. */
@RestController
@Tag(name = "households", description = "户")
public class HouseholdController {

    private final HouseholdQueries households;

    public HouseholdController(HouseholdQueries households) {
        this.households = households;
    }

    @Operation(summary = "查看一户及其成员：按来源的户号；没有户号的，按户籍地址与“与户主关系”归户（编号以 A 开头）")
    @GetMapping("/api/households/{id}")
    public Household household(@PathVariable String id) {
        if (id.isBlank() || id.length() > 40) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "户编号无效", "户编号应为 1–40 个字符（户号，或居民视图中 household.householdId 给出的编号）。");
        }
        return households.byId(id.strip()).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "户不存在",
                "没有编号为 " + id + " 的户。请使用居民视图中 household.householdId 给出的编号，或来源系统的户号。"));
    }
}
