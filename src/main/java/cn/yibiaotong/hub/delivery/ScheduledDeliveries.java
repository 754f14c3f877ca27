package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** For the schedule routes: the deliveries of one connector's schedule, for the month that has just ended. */
@Component
public class ScheduledDeliveries {

    private final ConnectorCatalog connectors;
    private final DeliveryProducer producer;

    public ScheduledDeliveries(ConnectorCatalog connectors, DeliveryProducer producer) {
        this.connectors = connectors;
        this.producer = producer;
    }

    /** @param connectorId an outbound connector with a schedule; @return the new deliveries' ids */
    public List<String> produce(String connectorId) {
        ConnectorDefinition c = connectors.find(connectorId).orElseThrow();
        String period = YearMonth.now().minusMonths(1).toString();
        List<String> ids = new ArrayList<>();
        for (String division : c.outbound().schedule().divisions()) {
            try {
                ids.add(producer.produce(c, division, period, "schedule"));
            } catch (DeliveryNotProduced e) {
                // stored as FAILED with the reason (GET /api/deliveries?status=FAILED); the other divisions still go
            }
        }
        return ids;
    }
}
