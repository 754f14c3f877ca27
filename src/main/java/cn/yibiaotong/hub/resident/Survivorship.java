package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
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

    public Survivorship(DataList dataList, ConnectorCatalog connectors) {
        this.dataList = dataList;
        this.connectors = connectors;
    }

    public Optional<ItemValue> winner(Collection<ItemValue> currentValues) {
        return currentValues.stream().max(Comparator
                .comparing((ItemValue v) -> isAuthoritative(v) ? 1 : 0)
                .thenComparing(ItemValue::validFrom));
    }

    public boolean isAuthoritative(ItemValue v) {
        String authority = dataList.item(v.itemCode()).map(DataItem::authority).orElse(null);
        String department = connectors.find(v.connectorId()).map(ConnectorDefinition::department).orElse(null);
        return authority != null && authority.equals(department);
    }
}
