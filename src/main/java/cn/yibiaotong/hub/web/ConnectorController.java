package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchReports;
import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.ConnectorRoutes;
import cn.yibiaotong.hub.connector.ConnectorState;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.jdbcpull.DepartmentDatabases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What each connector is and how its last batch went: the operator's first look. */
@RestController
@Tag(name = "connectors", description = "连接器状态")
public class ConnectorController {

    private final ConnectorCatalog catalog;
    private final Departments departments;
    private final ConnectorRoutes routes;
    private final BatchStore batches;
    private final BatchReports reports;
    private final ConnectorStates states;
    private final DepartmentDatabases databases;

    public ConnectorController(ConnectorCatalog catalog, Departments departments, ConnectorRoutes routes,
                               BatchStore batches, BatchReports reports, ConnectorStates states,
                               DepartmentDatabases databases) {
        this.catalog = catalog;
        this.departments = departments;
        this.routes = routes;
        this.batches = batches;
        this.reports = reports;
        this.states = states;
        this.databases = databases;
    }

    /**
     * @param transports how data reaches the hub: {@code upload}, {@code file-drop:<folder>},
     *                   {@code push:/api/inbound/<id>}, {@code http-poll:<url>},
     *                   {@code jdbc-pull:<JDBC URL without credentials>}
     * @param lastBatch  the connector's most recent batch report without row details, or null
     * @param state      the transport's last run, last error and watermark (pull transports)
     */
    public record ConnectorStatus(String id, String name, String department, String departmentName, String direction,
                                  List<String> transports, String format, String file, BatchReport lastBatch,
                                  ConnectorState state) {
    }

    @Operation(summary = "全部连接器：所属部门、传输方式、格式及最近一批的结果")
    @GetMapping("/api/connectors")
    public List<ConnectorStatus> connectors() {
        return catalog.all().stream().map(this::status).toList();
    }

    private ConnectorStatus status(ConnectorDefinition c) {
        List<String> transports = new ArrayList<>();
        if (c.acceptsUploads()) {
            transports.add("upload");
        }
        c.fileDrop().ifPresent(d -> transports.add("file-drop:" + routes.directory(d)));
        if (c.acceptsPushes()) {
            transports.add("push:/api/inbound/" + c.id());
        }
        c.httpPoll().ifPresent(p -> transports.add("http-poll:" + p.url()));
        c.jdbcPull().ifPresent(p -> transports.add("jdbc-pull:" + databases.shownUrl(c)));
        BatchReport last = batches.latest(c.id()).map(reports::summary).orElse(null);
        return new ConnectorStatus(c.id(), c.name(), c.department(),
                departments.find(c.department()).map(Department::name).orElse(null),
                c.direction().name().toLowerCase(), transports, c.format().type(),
                c.source() == null ? null : c.source().getFileName().toString(), last, states.find(c.id()));
    }
}
