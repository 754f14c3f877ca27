package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Department;
import cn.yibiaotong.hub.department.Departments;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which source's value of an item the unified view shows when sources disagree: the data list's
 * authoritative department first, then the most recent value.
 */
@Component
public class Survivorship {

    private final DataList dataList;
    private final ConnectorCatalog connectors;
    private final Departments departments;

    public Survivorship(DataList dataList, ConnectorCatalog connectors, Departments departments) {
        this.dataList = dataList;
        this.connectors = connectors;
        this.departments = departments;
    }

    public Optional<ItemValue> winner(Collection<ItemValue> currentValues) {
        return currentValues.stream().max(Comparator
                .comparing((ItemValue v) -> isAuthoritative(v) ? 1 : 0)
                .thenComparing(ItemValue::validFrom));
    }

    /** Why the winner won, in words for the conflict list. */
    public String reason(ItemValue winner) {
        if (isAuthoritative(winner)) {
            return "数据清单规定该项以" + departmentName(winner) + "为准";
        }
        return "无权威部门的数据，取最近的值（" + winner.validFrom().toLocalDate() + "，来自" + departmentName(winner) + "）";
    }

    /** The department whose system a connector connects, by name; the connector id if unknown. */
    public String departmentOf(String connectorId) {
        return connectors.find(connectorId).map(ConnectorDefinition::department)
                .flatMap(departments::find).map(Department::name).orElse(connectorId);
    }

    private String departmentName(ItemValue v) {
        return departmentOf(v.connectorId());
    }


    public boolean isAuthoritative(ItemValue v) {
        String authority = dataList.item(v.itemCode()).map(DataItem::authority).orElse(null);
        String department = connectors.find(v.connectorId()).map(ConnectorDefinition::department).orElse(null);
        return authority != null && authority.equals(department);
    }
}
