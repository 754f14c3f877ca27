package cn.yibiaotong.hub.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/** For the retry route: the deliveries due now, a bounded number per tick. */
@Component
public class DueDeliveries {

    private static final int PER_TICK = 50;

    private final DeliveryStore store;

    public DueDeliveries(DeliveryStore store) {
        this.store = store;
    }

    public List<String> ids() {
        return store.due(OffsetDateTime.now(ZoneOffset.UTC), PER_TICK);
    }
}
