package cn.yibiaotong.hub.monitoring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "hub" component of /actuator/health: UP with the figures that say whether records are stuck (batches
 * running, deliveries pending or dead-lettered, pull connectors failing). The hub still serves while a department
 * is unreachable, so those figures do not make it DOWN; the database's own indicator does that.
 */
@Component("hub")
public class HubHealthIndicator implements HealthIndicator {

    private final OperationsFigures figures;

    public HubHealthIndicator(OperationsFigures figures) {
        this.figures = figures;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("batchesRunning", figures.batchesRunning())
                .withDetail("batchesInterrupted", figures.batchesInterrupted())
                .withDetail("deliveriesPending", figures.deliveriesPending())
                .withDetail("deliveriesDeadLetter", figures.deliveriesDeadLetter())
                .withDetail("connectorsFailing", figures.connectorsFailing())
                .build();
    }
}
