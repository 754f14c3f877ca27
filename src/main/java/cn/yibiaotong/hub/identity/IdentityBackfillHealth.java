package cn.yibiaotong.hub.identity;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "identityBackfill" component of /actuator/health: how far the start-up backfill of the blocking index has
 * come. Always UP: until it is done, records without ID numbers may miss residents not yet filed, nothing worse.
 */
@Component("identityBackfillHealthIndicator")
public class IdentityBackfillHealth implements HealthIndicator {

    private final IdentityBackfill backfill;

    public IdentityBackfillHealth(IdentityBackfill backfill) {
        this.backfill = backfill;
    }

    @Override
    public Health health() {
        long remaining = backfill.remaining();
        String state = remaining < 0 ? "waiting" : remaining == 0 ? "done" : "running";
        return Health.up().withDetail("state", state).withDetail("filed", backfill.filed())
                .withDetail("remaining", Math.max(remaining, 0)).build();
    }
}
