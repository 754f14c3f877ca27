package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in and what they may reach, for the pages to show only what works. */
@RestController
@Tag(name = "me", description = "当前账号")
public class MeController {

    private final DivisionTree divisions;
    private final ConnectorCatalog connectors;

    public MeController(DivisionTree divisions, ConnectorCatalog connectors) {
        this.divisions = divisions;
        this.connectors = connectors;
    }

    @Operation(summary = "当前登录的账号：角色、可见区划、所属部门、可上传或推送的连接器")
    @GetMapping("/api/me")
    public Me me() {
        Caller c = Callers.current();
        Scope scope = c.division().isEmpty() ? new Scope(null, "全部区划")
                : divisions.findByPrefix(c.division()).map(d -> new Scope(d.code(), d.name()))
                        .orElse(new Scope(c.division(), c.division()));
        List<String> writable = connectors.all().stream()
                .filter(d -> d.acceptsUploads() || d.acceptsPushes())
                .map(ConnectorDefinition::id).filter(c::mayWrite).toList();
        return new Me(c.username(), c.displayName(), c.role().name(), c.role().chineseName(), scope, c.department(),
                writable);
    }

    /** @param division the 12-digit code of the division the account sees; null for every division */
    public record Scope(String division, String name) {
    }

    public record Me(String username, String displayName, String role, String roleName, Scope scope,
                     String department, List<String> writableConnectors) {
    }
}
