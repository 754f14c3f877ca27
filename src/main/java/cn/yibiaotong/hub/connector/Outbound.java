package cn.yibiaotong.hub.connector;

import java.util.List;

/**
 * The outbound part of a connector file: what a department receives from the hub, in its own template.
 *
 * @param rows     which residents go into the delivery
 * @param columns  the department's columns, in its order, each carrying one data-list item (or the row number)
 * @param file     format, encoding, file name and title
 * @param delivery where the file goes (HTTP POST or an outbox folder) and how often a failed send is retried
 * @param schedule when deliveries are produced without anyone asking; null for on demand only
 */
public record Outbound(RowSelection rows, List<OutboundColumn> columns, OutboundFile file, DeliveryTarget delivery,
                       DeliverySchedule schedule) {

    public Outbound {
        rows = rows == null ? new RowSelection(null, null, null) : rows;
        columns = List.copyOf(columns);
    }

    /** The column carrying an item, if any; the removals list names people by these columns. */
    public java.util.Optional<OutboundColumn> columnOf(String itemCode) {
        return columns.stream().filter(c -> itemCode.equals(c.item())).findFirst();
    }
}
