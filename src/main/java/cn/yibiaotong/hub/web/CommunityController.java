package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.community.CommunityItems;
import cn.yibiaotong.hub.community.CommunityResident;
import cn.yibiaotong.hub.community.CommunityResidents;
import cn.yibiaotong.hub.community.CommunityWorkbook;
import cn.yibiaotong.hub.division.Grid;
import cn.yibiaotong.hub.division.Grids;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.CommunityDisclosure;
import cn.yibiaotong.hub.security.ItemAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Down the chain: a community's residents with what the departments know about them, as JSON and as a workbook. */
@RestController
public class CommunityController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CommunityResidents residents;
    private final CommunityWorkbook workbook;
    private final CommunityItems items;
    private final SearchParameters parameters;
    private final Grids grids;
    private final CallerAccess access;
    private final AuditLog audit;

    public CommunityController(CommunityResidents residents, CommunityWorkbook workbook, CommunityItems items,
                               SearchParameters parameters, Grids grids, CallerAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.residents = residents;
        this.workbook = workbook;
        this.items = items;
        this.parameters = parameters;
        this.grids = grids;
    }

    @Operation(summary = "社区居民及各部门数据项（如民政低保名册、残联持证人员、老年人体检逾期）")
    @GetMapping("/api/communities/{code}/residents")
    public List<CommunityResident> list(
            @Parameter(description = "社区（或街道）区划代码，如 510112001001") @PathVariable String code,
            @Parameter(description = "网格代码") @RequestParam(required = false) String grid,
            @Parameter(description = "只看某部门的数据，如 civil-affairs") @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        parameters.checkPage(page, size, 500);
        String prefix = prefix(code);
        ItemAccess shown = access.items();
        List<CommunityResident> found = residents.page(prefix, grid(prefix, grid), department(department), page, size);
        audit.read(AuditAction.READ_COMMUNITY_LIST, "division:" + prefix, found.stream().map(CommunityResident::residentId)
                .toList(), itemsRead(department, shown));
        return found.stream().map(r -> CommunityDisclosure.resident(r, shown)).toList();
    }

    private List<String> itemsRead(String department, ItemAccess shown) {
        return items.of(department(department)).stream().map(i -> i.code()).filter(shown::sees).toList();
    }

    @Operation(summary = "社区居民及各部门数据项，导出为 XLSX")
    @GetMapping("/api/communities/{code}/residents.xlsx")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String code,
                                                        @RequestParam(required = false) String grid,
                                                        @RequestParam(required = false) String department) {
        String prefix = prefix(code);
        String g = grid(prefix, grid);
        String d = department(department);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(XLSX));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("居民-" + prefix + (d == null ? "" : "-" + d) + ".xlsx", StandardCharsets.UTF_8).build());
        // the body is written on another thread, after this method: what the caller may see is fixed here
        ItemAccess shown = access.items();
        AuditLog.Entry entry = audit.begin(AuditAction.EXPORT_COMMUNITY_LIST, "division:" + prefix,
                itemsRead(department, shown), "OK");
        CommunityWorkbook.Disclosure disclosure = new CommunityWorkbook.Disclosure(shown::sees,
                r -> CommunityDisclosure.resident(r, shown), entry::residents);
        return ResponseEntity.ok().headers(headers).body(out -> workbook.write(prefix, g, d, disclosure, out));
    }

    private String prefix(String code) {
        return parameters.divisionPrefix(code);
    }

    private String grid(String prefix, String grid) {
        if (grid == null || grid.isBlank()) {
            return null;
        }
        Grid g = grids.find(grid.strip()).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "网格不存在",
                "网格代码 " + grid.strip() + " 不在网格表（config/grids.csv）中。"));
        if (!g.communityCode().startsWith(prefix)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "网格不在该区划内",
                    "网格 " + g.name() + "（" + g.code() + "）属于社区 " + g.communityCode() + "，不在 " + prefix
                            + " 之下。请去掉 grid，或换成本社区的网格。");
        }
        return g.code();
    }

    private String department(String department) {
        if (department == null || department.isBlank()) {
            return null;
        }
        return items.department(department.strip()).map(d -> d.code()).orElseThrow(() -> new ApiProblem(
                HttpStatus.BAD_REQUEST, "部门不存在", "部门“" + department.strip() + "”不在部门清单中，"
                + "请用部门代码，如 civil-affairs、health、disabled-persons-federation、human-resources。"));
    }
}
