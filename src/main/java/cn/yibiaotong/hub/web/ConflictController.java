package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.resident.ConflictQueries;
import cn.yibiaotong.hub.resident.ConflictView;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.ItemAccess;
import cn.yibiaotong.hub.security.ResidentDisclosure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disagreements between sources, so they can be sent back to be fixed. */
@RestController
@Tag(name = "conflicts", description = "来源冲突")
public class ConflictController {

    private final ConflictQueries conflicts;
    private final SearchParameters parameters;
    private final CallerAccess access;
    private final AuditLog audit;

    public ConflictController(ConflictQueries conflicts, SearchParameters parameters, CallerAccess access,
                              AuditLog audit) {
        this.conflicts = conflicts;
        this.parameters = parameters;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "各来源对同一居民同一数据项的不同取值：每个来源的值、采用的值及原因")
    @GetMapping("/api/conflicts")
    public ConflictView.Page list(@RequestParam(required = false) String division,
                                  @RequestParam(required = false) String item,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        parameters.checkPage(page, size, 500);
        ItemAccess items = access.items();
        ConflictView.Page found = conflicts.list(parameters.divisionPrefix(division), parameters.itemCode(item),
                items.visible(), page, size);
        audit.read(AuditAction.READ_CONFLICTS, null, found.content().stream().map(ConflictView::residentId).toList(),
                found.content().stream().map(ConflictView::item).distinct().toList());
        return ResidentDisclosure.conflicts(found, items);
    }
}
