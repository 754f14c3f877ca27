package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.security.ApiKeys;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys for department systems (administrators) and personal tokens (any signed-in person). A key is shown once,
 * in the answer that issues it; the hub keeps only its hash. Every issue and revocation is audited.
 */
@RestController
@Tag(name = "keys", description = "API 密钥与令牌")
public class KeyController {

    private final ApiKeys keys;
    private final ConnectorCatalog connectors;
    private final AuditLog audit;

    public KeyController(ApiKeys keys, ConnectorCatalog connectors, AuditLog audit) {
        this.keys = keys;
        this.connectors = connectors;
        this.audit = audit;
    }

    @Operation(summary = "为部门系统的连接器签发 API 密钥（X-Api-Key）；密钥只在此次回答中出现")
    @PostMapping("/api/connectors/{id}/keys")
    public ResponseEntity<ApiKeys.IssuedKey> issue(@PathVariable String id,
                                                   @RequestBody(required = false) Map<String, String> body) {
        ConnectorDefinition c = connectors.find(id).filter(d -> d.acceptsPushes()).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, "连接器不存在", "没有接受推送的连接器“" + id + "”。只有 transport 中 push: true 的连接器需要密钥。"));
        ApiKeys.IssuedKey key = keys.issueForConnector(c.id(), body == null ? null : body.get("label"),
                Callers.current().username());
        audit.record(AuditAction.CONNECTOR_KEY_ISSUED, "connector:" + c.id() + " key:" + key.id(), "OK");
        return ResponseEntity.status(HttpStatus.CREATED).body(key);
    }

    @Operation(summary = "吊销连接器的一个 API 密钥")
    @DeleteMapping("/api/connectors/{id}/keys/{keyId}")
    public ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String keyId) {
        if (!keys.revoke(id, keyId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "密钥不存在", "连接器“" + id + "”没有编号为 " + keyId
                    + " 的有效密钥（可能已吊销）。");
        }
        audit.record(AuditAction.CONNECTOR_KEY_REVOKED, "connector:" + id + " key:" + keyId, "OK");
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "为当前账号签发个人令牌（Authorization: Bearer）；令牌只在此次回答中出现")
    @PostMapping("/api/me/tokens")
    public ResponseEntity<ApiKeys.IssuedKey> token(@RequestBody(required = false) Map<String, String> body) {
        String username = Callers.current().username();
        if (username.startsWith(ApiKeys.CONNECTOR_PREFIX)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "无权签发令牌", "部门系统的 API 密钥不能再签发令牌。");
        }
        ApiKeys.IssuedKey key = keys.issueForAccount(username, body == null ? null : body.get("label"), username);
        audit.record(AuditAction.TOKEN_ISSUED, "account:" + username + " key:" + key.id(), "OK");
        return ResponseEntity.status(HttpStatus.CREATED).body(key);
    }
}
