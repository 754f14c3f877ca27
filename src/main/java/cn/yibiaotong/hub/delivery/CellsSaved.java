package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.connector.OutboundColumn;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.normalize.NormalizedChunk;
import cn.yibiaotong.hub.normalize.NormalizedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * The figure the street office cares about, counted while a batch is applied and stored with its outcome: the
 * cells uploaded (stored rows × the file's columns that carry an item) against the cells each outbound connector's
 * template would need for the batch's rows its department receives (its columns, the 序号 column aside, which
 * Excel fills itself). Whether a department receives a row is decided on the values the row carries — what staff
 * would have typed into that department's template — by the same rule its deliveries apply.
 */
@Component
public class CellsSaved {

    private final ConnectorCatalog connectors;
    private final DataList dataList;
    private final Departments departments;

    public CellsSaved(ConnectorCatalog connectors, DataList dataList, Departments departments) {
        this.connectors = connectors;
        this.dataList = dataList;
        this.departments = departments;
    }

    /** Counts the chunk's stored rows (accepted or unchanged); a dry run stores none. */
    public NormalizedChunk count(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (ctx.dryRun() || chunk.accepted().isEmpty()) {
            return chunk;
        }
        List<ConnectorDefinition> outbound = connectors.all().stream()
                .filter(c -> c.direction() == Direction.OUTBOUND).toList();
        LocalDate periodEnd = YearMonth.from(ctx.startedAt().toLocalDate()).atEndOfMonth();
        List<DeliveryResident> residents = chunk.accepted().stream().map(CellsSaved::asResident).toList();
        Map<String, Long> perDepartment = new LinkedHashMap<>();
        for (ConnectorDefinition c : outbound) {
            Eligibility rule = new Eligibility(c.outbound().rows(), dataList, periodEnd, "");
            long rows = residents.stream().filter(r -> rule.exclusion(r, true).isEmpty()).count();
            if (rows > 0) {
                perDepartment.merge(c.department(), rows * typedColumns(c), Long::sum);
            }
        }
        ctx.countCells(chunk.accepted().size() * ctx.itemColumns(), perDepartment);
        return chunk;
    }

    /** The counts of a completed batch in words, or null when none were stored (a batch older than the count). */
    public CellCount of(Long uploaded, Map<String, Long> perDepartment) {
        if (uploaded == null) {
            return null;
        }
        long forDepartments = perDepartment.values().stream().mapToLong(Long::longValue).sum();
        return new CellCount(uploaded, forDepartments, sentence(uploaded, forDepartments, perDepartment));
    }

    private static DeliveryResident asResident(NormalizedRecord r) {
        Map<String, String> values = r.values();
        return new DeliveryResident(null, r.idNumber(), values.get("person.community_code"),
                birthDate(values.get("person.birth_date")), values);
    }

    private static LocalDate birthDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
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
