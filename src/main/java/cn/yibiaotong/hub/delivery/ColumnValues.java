package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.OutboundColumn;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.resident.ValueDisplay;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a resident's standard values into the cells of a department's template: the department's own codes (the
 * connector's code maps read backwards), names where it writes names, dates in its pattern.
 */
final class ColumnValues {

    private final List<OutboundColumn> columns;
    private final DataList dataList;
    private final ValueDisplay display;
    private final Map<String, Map<String, String>> departmentCodes = new HashMap<>();

    ColumnValues(ConnectorDefinition connector, DataList dataList, ValueDisplay display) {
        this.columns = connector.outbound().columns();
        this.dataList = dataList;
        this.display = display;
        // the checks at start-up made each map one to one, so reversing loses nothing
        connector.codeMaps().forEach((item, map) -> {
            Map<String, String> reversed = new HashMap<>();
            map.forEach((department, standard) -> reversed.put(standard, department));
            departmentCodes.put(item, reversed);
        });
    }

    List<String> headers() {
        return columns.stream().map(OutboundColumn::column).toList();
    }

    List<String> cells(DeliveryResident r, long rowNumber) {
        List<String> cells = new ArrayList<>(columns.size());
        for (OutboundColumn c : columns) {
            cells.add(c.isRowNumber() ? String.valueOf(rowNumber) : cell(c, r.value(c.item())));
        }
        return cells;
    }

    /** One value as the department writes it; a code with no department counterpart is written by its name. */
    String cell(OutboundColumn c, String value) {
        if (value == null) {
            return null;
        }
        DataItem item = dataList.item(c.item()).orElseThrow();
        if (c.asName()) {
            String name = display.display(item, value);
            return name == null ? value : name;
        }
        Map<String, String> codes = departmentCodes.get(c.item());
        if (codes != null) {
            String code = codes.get(value);
            return code != null ? code : nameOr(item, value);
        }
        if (item.type() == ItemType.DATE && c.datePattern() != null) {
            return LocalDate.parse(value).format(DateTimeFormatter.ofPattern(c.datePattern()));
        }
        return value;
    }

    private String nameOr(DataItem item, String value) {
        String name = display.display(item, value);
        return name == null ? value : name;
    }
}
