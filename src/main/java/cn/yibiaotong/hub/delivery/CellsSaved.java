package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.connector.OutboundColumn;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts, for one completed batch, the cells uploaded (stored rows × the file's columns that carry an item) and
 * the cells each outbound connector's template would need for the batch's residents it receives (its rows × its
 * columns, the 序号 column aside, which Excel fills itself). Residents are read a page at a time.
 */
@Component
public class CellsSaved {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConnectorCatalog connectors;
    private final ResidentPages residents;
    private final DataList dataList;
    private final Departments departments;
    private final DeliverySettings settings;

    public CellsSaved(NamedParameterJdbcTemplate jdbc, ConnectorCatalog connectors, ResidentPages residents,
                      DataList dataList, Departments departments, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.connectors = connectors;
        this.residents = residents;
        this.dataList = dataList;
        this.departments = departments;
        this.settings = settings;
    }

    /** @param stored accepted + unchanged rows; @param headerCells the file's header; @param day when the batch ran */
    public CellCount count(String batchId, String connectorId, long stored, List<String> headerCells, LocalDate day) {
        long uploaded = stored * itemColumns(connectorId, headerCells);
        List<ConnectorDefinition> outbound = connectors.all().stream()
                .filter(c -> c.direction() == Direction.OUTBOUND).toList();
        Map<String, Long> perDepartment = new LinkedHashMap<>();
        List<Eligibility> rules = outbound.stream().map(c -> new Eligibility(c.outbound().rows(), dataList,
                YearMonth.from(day).atEndOfMonth(), "")).toList();
        String after = "";
        List<String> page = page(batchId, after);
        while (!page.isEmpty()) {
            for (DeliveryResident r : residents.byIds(page)) {
                for (int i = 0; i < outbound.size(); i++) {
                    if (rules.get(i).exclusion(r, true).isEmpty()) {
                        perDepartment.merge(outbound.get(i).department(), typedColumns(outbound.get(i)), Long::sum);
                    }
                }
            }
            after = page.get(page.size() - 1);
            page = page.size() < settings.pageSize() ? List.of() : page(batchId, after);
        }
        long forDepartments = perDepartment.values().stream().mapToLong(Long::longValue).sum();
        return new CellCount(uploaded, forDepartments, sentence(uploaded, forDepartments, perDepartment));
    }

    private List<String> page(String batchId, String after) {
        return jdbc.queryForList("""
                SELECT resident_id FROM batch_row WHERE batch_id = :b AND resident_id > :after
                ORDER BY resident_id FETCH FIRST :size ROWS ONLY""",
                Map.of("b", batchId, "after", after, "size", settings.pageSize()), String.class);
    }

    private long itemColumns(String connectorId, List<String> headerCells) {
        Set<String> carrying = new HashSet<>();
        connectors.find(connectorId).ifPresent(c -> c.fields().stream().filter(f -> f.item() != null).forEach(f -> {
            carrying.add(f.column());
            carrying.addAll(f.aliases());
        }));
        // a grouped header is stored as "组/列"; either part may be what the connector names
        return headerCells.stream().map(String::strip).filter(h -> carrying.contains(h)
                || h.contains("/") && carrying.contains(h.substring(h.indexOf('/') + 1))).count();
    }

    private static long typedColumns(ConnectorDefinition c) {
        return c.outbound().columns().stream().filter(col -> !col.isRowNumber()).map(OutboundColumn::column).count();
    }

    private String sentence(long uploaded, long forDepartments, Map<String, Long> perDepartment) {
        if (perDepartment.isEmpty()) {
            return "本批上传 " + uploaded + " 个单元格；本批居民不在任何部门报送范围内。";
        }
        List<String> parts = new ArrayList<>();
        perDepartment.forEach((d, n) -> parts.add(departments.find(d).map(Department::name).orElse(d) + " " + n));
        return "本批上传一次共 " + uploaded + " 个单元格；若按 " + perDepartment.size() + " 个部门的模板分别填报，需录入 "
                + forDepartments + " 个单元格（" + String.join("，", parts) + "）。";
    }
}
