package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Deliveries on demand: produce and make the first attempt now; send a dead letter again. */
@Component
public class Deliveries {

    private final DeliveryProducer producer;
    private final DeliveryStore store;
    private final ProducerTemplate camel;
    private final String sendUri;

    private final DeliverySettings settings;

    public Deliveries(DeliveryProducer producer, DeliveryStore store, ProducerTemplate camel, DeliverySettings settings,
                      @Value("${hub.routes.delivery-send}") String sendUri) {
        this.settings = settings;
        this.producer = producer;
        this.store = store;
        this.camel = camel;
        this.sendUri = sendUri;
    }

    /** Produces the delivery and makes its first attempt; a failed attempt leaves it to the retry route. */
    public DeliveryRecord deliverNow(ConnectorDefinition connector, String divisionPrefix, String period) {
        String id = producer.produce(connector, divisionPrefix, period, "on-demand");
        camel.sendBody(sendUri, id);
        return store.find(id).orElseThrow().view();
    }

    /** @return empty when the delivery is not in the dead-letter list */
    public Optional<DeliveryRecord> resend(String id, int moreAttempts) {
        if (!store.resend(id, moreAttempts, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(settings.leaseSeconds()))) {
            return Optional.empty();
        }
        camel.sendBody(sendUri, id);
        return store.find(id).map(DeliveryRow::view);
    }
}
