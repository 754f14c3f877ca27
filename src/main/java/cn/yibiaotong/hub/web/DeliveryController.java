package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.delivery.Deliveries;
import cn.yibiaotong.hub.delivery.DeliveryMembers;
import cn.yibiaotong.hub.delivery.DeliveryNotProduced;
import cn.yibiaotong.hub.delivery.DeliveryRecord;
import cn.yibiaotong.hub.delivery.DeliveryRow;
import cn.yibiaotong.hub.delivery.DeliveryScope;
import cn.yibiaotong.hub.delivery.DeliveryStatus;
import cn.yibiaotong.hub.delivery.DeliveryStore;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.CallerAccess;
import cn.yibiaotong.hub.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries up the chain: produce and send now, list with status and receipts, download, resend dead letters. */
@RestController
public class DeliveryController {

    private final ConnectorCatalog connectors;
    private final Deliveries deliveries;
    private final DeliveryStore store;
    private final DeliveryMembers members;
    private final DeliveryRequests requests;
    private final CallerAccess access;
    private final CaseParameters cases;
    private final AuditLog audit;

    public DeliveryController(ConnectorCatalog connectors, Deliveries deliveries, DeliveryStore store,
                              DeliveryMembers members, DeliveryRequests requests, CallerAccess access,
                              CaseParameters cases, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.connectors = connectors;
        this.deliveries = deliveries;
        this.store = store;
        this.members = members;
        this.requests = requests;
    }

    @PostMapping("/api/deliveries")
    ResponseEntity<DeliveryRecord> create(@RequestBody DeliveryRequest request) {
        if (access.caller().role() == Role.ANALYST) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "无权报送", "数据分析员账号只能查询，不能向部门报送数据。请由街道、社区或部门的账号发起报送。");
        }
        ConnectorDefinition c = requests.connector(request);
        cases.ownDepartment(c.department());
        String division = requests.division(request.division());
        String period = requests.period(request.period());
        try {
            DeliveryRecord made = deliveries.deliverNow(c, division, period);
            // the residents sent are the delivery's own list (delivery_resident); the event names the delivery
            audit.record(AuditAction.DELIVERY, "delivery:" + made.id() + " connector:" + c.id() + " division:" + division,
                    made.status().name());
            return ResponseEntity.status(HttpStatus.CREATED).body(made);
        } catch (DeliveryNotProduced e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "报送文件未生成", e.getMessage())
                    .with("deliveryId", e.deliveryId());
        }
    }

    @GetMapping("/api/deliveries")
    List<DeliveryRecord> list(@RequestParam(required = false) String status,
                              @RequestParam(required = false) String connector,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (status != null && java.util.Arrays.stream(DeliveryStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "状态不存在", "status 应为 "
                    + java.util.Arrays.toString(DeliveryStatus.values()) + " 之一，如 DEAD_LETTER 列出死信。");
        }
        return store.list(status, connector, scope(), Math.max(0, page), Math.min(Math.max(1, size), 500)).stream()
                .map(DeliveryRow::view).toList();
    }

    @GetMapping("/api/deliveries/{id}")
    DeliveryRecord one(@PathVariable String id) {
        return find(id).view();
    }

    @GetMapping("/api/deliveries/{id}/removals")
    List<Map<String, Object>> removals(@PathVariable String id) {
        find(id);
        return members.removals(id);
    }

    @GetMapping("/api/deliveries/{id}/file")
    ResponseEntity<Resource> file(@PathVariable String id) {
        DeliveryRow d = find(id);
        audit.record(AuditAction.DOWNLOAD_DELIVERY, "delivery:" + id, "OK");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(d.contentType()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build());
        headers.set("X-Delivery-Checksum", "sha-256=" + d.checksum());
        return ResponseEntity.ok().headers(headers).body(new FileSystemResource(Path.of(d.storedFile())));
    }

    @PostMapping("/api/deliveries/{id}/resend")
    DeliveryRecord resend(@PathVariable String id) {
        DeliveryRow d = find(id);
        int attempts = connectors.find(d.connectorId()).filter(c -> c.direction() == Direction.OUTBOUND)
                .map(c -> c.outbound().delivery().maxAttempts()).orElse(1);
        return deliveries.resend(id, attempts).orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "不在死信列表中",
                "报送 " + id + " 的状态是 " + d.status() + "，只有死信（DEAD_LETTER）可以重新发送；"
                        + "正在重试的报送会按计划自动再发。"));
    }

    private DeliveryRow find(String id) {
        return store.find(id, scope()).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "报送不存在",
                "没有编号为 " + id + " 的报送。请用 GET /api/deliveries 查看全部报送。"));
    }

    private DeliveryScope scope() {
        return new DeliveryScope(access.scopePrefix(), cases.ownDepartment(null));
    }
}
