package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.AuditLog;
import cn.yibiaotong.hub.security.Caller;
import cn.yibiaotong.hub.security.Callers;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Uploads and pushes for the connectors and divisions the caller may write: the connector is checked here (403),
 * the division of each row in the pipeline (a row outside is rejected, header hubWriteScope). Both are audited.
 */
@Component
public class WriteAccess {

    private final AuditLog audit;

    public WriteAccess(AuditLog audit) {
        this.audit = audit;
    }

    /** The caller, once it is known to may write the connector; 403 naming the connector otherwise. */
    public Caller check(ConnectorDefinition connector, AuditAction action) {
        Caller caller = Callers.current();
        if (!caller.mayWrite(connector.id())) {
            audit.record(action, "connector:" + connector.id(), "DENIED");
            throw new ApiProblem(HttpStatus.FORBIDDEN, "无权写入该连接器", "当前账号（" + caller.username()
                    + "）不能向连接器“" + connector.id() + "”（" + connector.name() + "）提交数据。请使用有该连接器写入权限的账号，"
                    + "或请管理员为账号增加该连接器。").with("connector", connector.id());
        }
        return caller;
    }

    /** The ingest headers that say who submits, and where they may write. */
    public Map<String, Object> headers(Caller caller, Map<String, Object> headers) {
        Map<String, Object> all = new HashMap<>(headers);
        all.put(IngestHeaders.SUBMITTED_BY, caller.username());
        if (!caller.division().isEmpty()) {
            all.put(IngestHeaders.WRITE_SCOPE, caller.division());
        }
        return all;
    }

    public void audited(AuditAction action, ConnectorDefinition connector, BatchReport report) {
        audit.record(action, "connector:" + connector.id() + " batch:" + report.batchId(), report.status().name());
    }
}
