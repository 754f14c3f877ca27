package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.OutboundColumn;
import java.io.IOException;
import java.util.List;

/**
 * Who the department received last time and does not receive now, each with the reason (deceased per public
 * security, no longer on the street's roster, no longer meeting the delivery's condition), into the delivery's
 * removals section and record.
 */
final class RemovalWriter {

    private final ColumnValues values;
    private final Eligibility eligibility;
    private final RosterListing roster;
    private final ResidentPages residents;
    private final DeliveryMembers members;
    private final int pageSize;
    private final OutboundColumn idColumn;
    private final OutboundColumn nameColumn;

    RemovalWriter(ConnectorDefinition c, ColumnValues values, Eligibility eligibility, RosterListing roster,
                  ResidentPages residents, DeliveryMembers members, int pageSize) {
        this.values = values;
        this.eligibility = eligibility;
        this.roster = roster;
        this.residents = residents;
        this.members = members;
        this.pageSize = pageSize;
        this.idColumn = c.outbound().columnOf("person.id_number")
                .orElse(new OutboundColumn("公民身份号码", "person.id_number", null, null, null));
        this.nameColumn = c.outbound().columnOf("person.name")
                .orElse(new OutboundColumn("姓名", "person.name", null, null, null));
    }

    /** @return how many dropped out; none when there is no previous delivery */
    int write(String previousId, String currentId, DeliveryWriter writer) throws IOException {
        if (previousId == null) {
            return 0;
        }
        int removed = 0;
        String after = "";
        List<String> page = members.droppedSince(previousId, currentId, after, pageSize);
        while (!page.isEmpty()) {
            for (DeliveryResident r : residents.byIds(page)) {
                String reason = eligibility.exclusion(r, roster.isListed(r)).orElse("未列入本次报送");
                members.removed(currentId, r.residentId(), reason);
                writer.removal(new DeliveryWriter.Removal(idColumn.column(), values.cell(idColumn, r.idNumber()),
                        nameColumn.column(), values.cell(nameColumn, r.value("person.name")), reason));
                removed++;
            }
            after = page.get(page.size() - 1);
            page = page.size() < pageSize ? List.of() : members.droppedSince(previousId, currentId, after, pageSize);
        }
        return removed;
    }
}
