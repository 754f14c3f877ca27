package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.normalize.Checked;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.resident.MergeRefused;
import cn.yibiaotong.hub.resident.ResidentMerges;
import cn.yibiaotong.hub.resident.ResidentPage;
import cn.yibiaotong.hub.resident.ResidentQueries;
import cn.yibiaotong.hub.resident.ResidentSummary;
import cn.yibiaotong.hub.resident.ResidentView;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.ItemAccess;
import cn.yibiaotong.hub.security.ResidentDisclosure;
import cn.yibiaotong.hub.security.ValueMask;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unified resident view. */
@RestController
@Tag(name = "residents", description = "统一居民视图")
public class ResidentController {

    /** The items a search result shows of each resident. */
    private static final List<String> SUMMARY_ITEMS = List.of("person.id_number", "person.name", "person.gender",
            "person.birth_date", "person.community_code", "person.grid_code");

    private final ResidentQueries queries;
    private static final Pattern HUB_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SearchParameters parameters;
    private final CallerAccess access;
    private final AuditLog audit;
    private final ResidentMerges merges;

    public ResidentController(ResidentQueries queries, SearchParameters parameters, CallerAccess access, AuditLog audit,
                              ResidentMerges merges) {
        this.merges = merges;
        this.queries = queries;
        this.parameters = parameters;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "按公民身份号码或居民编号查看居民：每个数据项的值、来源（连接器、批次、行、时间）与历史；"
            + "已合并的编号显示合并后的居民并加以说明")
    @GetMapping("/api/residents/{idNumber}")
    public ResidentView resident(@PathVariable String idNumber) {
        // outside the caller's scope the resident does not exist for it: the same 404, so existence is not revealed
        ResidentView found;
        if (HUB_ID.matcher(idNumber).matches()) {
            found = queries.byHubId(idNumber.toLowerCase(), access.scopePrefix()).orElse(null);
            if (found == null) {
                audit.record(AuditAction.READ_RESIDENT, "resident:" + idNumber.toLowerCase(), "NOT_FOUND");
                throw new ApiProblem(HttpStatus.NOT_FOUND, "居民不存在", "没有编号为 " + idNumber + " 的居民。请确认编号。");
            }
        } else {
            Checked id = IdNumbers.normalize(idNumber);
            if (!id.isOk()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "公民身份号码无效", id.error());
            }
            found = queries.byIdNumber(id.value(), access.scopePrefix()).orElse(null);
            if (found == null) {
                audit.record(AuditAction.READ_RESIDENT, "idNumber:" + ValueMask.idNumber(id.value()), "NOT_FOUND");
                throw new ApiProblem(HttpStatus.NOT_FOUND, "居民不存在",
                        "统一视图中没有该公民身份号码的居民。请确认号码，或先上传包含此人的花名册。");
            }
        }
        ResidentView shown = ResidentDisclosure.resident(found, access.items());
        audit.read(AuditAction.READ_RESIDENT, null, List.of(found.residentId()),
                shown.items().stream().map(ResidentView.Item::code).toList());
        return shown;
    }

    /** @param reason why the merge was wrong, in the steward's words */
    public record UnmergeRequest(String reason) {
    }

    @Operation(summary = "撤销合并：两位居民各自恢复自己的来源记录与出处；{id} 为被合并的编号，或合并后的居民（撤销其最近一次合并）")
    @PostMapping("/api/residents/{id}/unmerge")
    public List<ResidentView> unmerge(@PathVariable String id, @RequestBody(required = false) UnmergeRequest body,
                                      Principal principal) {
        if (!HUB_ID.matcher(id).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "居民编号无效", "撤销合并需要居民编号（如 "
                    + "3f2b0c9e-1d2a-4b5c-8e7f-0a1b2c3d4e5f），收到“" + id + "”。");
        }
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "缺少理由", "字段“reason”必须写明撤销合并的理由（1–1000 字）。")
                    .with("field", "reason");
        }
        List<String> both;
        try {
            both = merges.unmerge(id.toLowerCase(), Actor.of(principal), reason);
        } catch (MergeRefused e) {
            throw Actor.problem(e);
        }
        return both.stream().map(r -> ResidentDisclosure.resident(queries.byHubId(r).orElseThrow(), access.items()))
                .toList();
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
        ItemAccess items = access.items();
        checkItemFilter(items, itemCode, blankToNull(value));
        ResidentPage found = queries.search(parameters.divisionPrefix(division), blankToNull(grid), blankToNull(name),
                itemCode, blankToNull(value), page, size);
        audit.read(AuditAction.SEARCH_RESIDENTS, null, found.content().stream().map(ResidentSummary::residentId).toList(),
                SUMMARY_ITEMS.stream().filter(items::sees).toList());
        return ResidentDisclosure.page(found, items);
    }

    /**
     * Searching by an item's value would tell what a mask hides (who receives assistance): the item must be one the
     * caller sees, and its value one the caller may read in clear.
     */
    private static void checkItemFilter(ItemAccess items, String itemCode, String value) {
        if (itemCode == null) {
            return;
        }
        if (!items.sees(itemCode)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "无权查询该数据项", "当前账号无权查看数据项“" + itemCode
                    + "”，不能按它查询。请去掉 item 参数。").with("item", itemCode);
        }
        if (value != null && items.masks(itemCode)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "无权按取值查询", "数据项“" + itemCode
                    + "”对当前账号打码显示，不能按取值查询。请去掉 value 参数（可只按 item 查询有该项的居民）。")
                    .with("item", itemCode);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
