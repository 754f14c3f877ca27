package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.resident.Household;
import cn.yibiaotong.hub.resident.HouseholdQueries;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.ResidentDisclosure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Households (户) and their members. */
@RestController
@Tag(name = "households", description = "户")
public class HouseholdController {

    private static final List<String> HOUSEHOLD_ITEMS = List.of("person.id_number", "person.name", "person.gender",
            "person.birth_date", "household.relationship");

    private final HouseholdQueries households;
    private final CallerAccess access;
    private final AuditLog audit;

    public HouseholdController(HouseholdQueries households, CallerAccess access, AuditLog audit) {
        this.households = households;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "查看一户及其成员：按来源的户号；没有户号的，按户籍地址与“与户主关系”归户（编号以 A 开头）")
    @GetMapping("/api/households/{id}")
    public Household household(@PathVariable String id) {
        if (id.isBlank() || id.length() > 40) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "户编号无效", "户编号应为 1–40 个字符（户号，或居民视图中 household.householdId 给出的编号）。");
        }
        // members outside the caller's scope are not listed; a household with none inside does not exist for it
        Household found = households.byId(id.strip(), access.scopePrefix()).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "户不存在",
                "没有编号为 " + id + " 的户。请使用居民视图中 household.householdId 给出的编号，或来源系统的户号。"));
        Household shown = ResidentDisclosure.household(found, access.items());
        audit.read(AuditAction.READ_RESIDENT, "household:" + found.householdId(),
                found.members().stream().map(Household.Member::residentId).toList(), HOUSEHOLD_ITEMS);
        return shown;
    }
}
