package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.DeliveryTarget;
import java.io.File;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of one send attempt, called by the delivery-send route: claim the delivery, prepare the message
 * (the stored file, its Content-Type and the Idempotency-Key), and record the outcome — delivered, or retried
 * after an exponential back-off, or after the last attempt moved to the dead-letter list.
 */
@Component
public class DeliveryAttempts {

    public static final String CLAIMED = "hubDeliveryClaimed";
    public static final String TARGET_KIND = "hubDeliveryTargetKind";
    public static final String OUTBOX = "hubDeliveryOutbox";
    public static final String ID = "hubDeliveryId";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempts.class);
    private static final int MAX_TEXT = 2000;

    private final DeliveryStore store;
    private final ConnectorCatalog connectors;
    private final DeliverySettings settings;

    public DeliveryAttempts(DeliveryStore store, ConnectorCatalog connectors, DeliverySettings settings) {
        this.store = store;
        this.connectors = connectors;
        this.settings = settings;
    }

    /** Body: the delivery id. Sets {@link #CLAIMED} false when the delivery is not due or another sender has it. */
    public void claim(Exchange exchange) {
        String id = exchange.getIn().getBody(String.class);
        OffsetDateTime now = now();
        exchange.setProperty(ID, id);
        exchange.setProperty(CLAIMED, store.claim(id, now, now.plusSeconds(settings.leaseSeconds())));
    }

    /** Body becomes the stored file; the only headers left are the ones the receiver should see. */
    public void prepare(Exchange exchange) {
        DeliveryRow d = store.find(exchange.getProperty(ID, String.class)).orElseThrow();
        var in = exchange.getIn();
        in.removeHeaders("*");
        in.setBody(new File(d.storedFile()));
        in.setHeader(Exchange.CONTENT_TYPE, d.contentType());
        boolean http = d.target().startsWith("http://") || d.target().startsWith("https://");
        exchange.setProperty(TARGET_KIND, http ? "http" : "outbox");
        if (http) {
            in.setHeader(Exchange.HTTP_METHOD, "POST");
            in.setHeader(Exchange.HTTP_URI, d.target());
            // the receiver counts a delivery once per key, however often a lost answer makes us retry
            in.setHeader("Idempotency-Key", d.id());
            in.setHeader("X-Delivery-Checksum", "sha-256=" + d.checksum());
            in.setHeader("X-Delivery-Rows", d.rowCount());
            in.setHeader("X-Delivery-File-Name", URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8));
        } else {
            exchange.setProperty(OUTBOX, d.target());
            in.setHeader(Exchange.FILE_NAME, d.fileName());
        }
    }

    public void succeeded(Exchange exchange) {
        String id = exchange.getProperty(ID, String.class);
        Integer status = exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String body = "http".equals(exchange.getProperty(TARGET_KIND)) ? clip(exchange.getIn().getBody(String.class))
                : "已写入 " + exchange.getProperty(OUTBOX) + File.separator + exchange.getIn().getHeader(Exchange.FILE_NAME);
        store.delivered(id, status, body, now());
        LOG.info("delivery {} delivered (status {})", id, status);
    }

    /** The caught exception decides nothing but the message: every failure is retried until the last attempt. */
    public void failed(Exchange exchange) {
        String id = exchange.getProperty(ID, String.class);
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        DeliveryRow d = store.find(id).orElseThrow();
        Integer status = null;
        String body = null;
        String error;
        if (e instanceof HttpOperationFailedException h) {
            status = h.getStatusCode();
            body = clip(h.getResponseBody());
            error = "接收方返回 HTTP " + h.getStatusCode();
        } else if (e instanceof SocketTimeoutException) {
            error = "接收方超时未应答（" + e.getClass().getSimpleName() + "）";
        } else if (e instanceof ConnectException) {
            error = "无法连接接收方：对方服务未启动或网络不通（" + e.getClass().getSimpleName() + "）";
        } else {
            error = "发送失败：" + (e == null ? "未知原因" : e.getClass().getSimpleName() + " " + clip(e.getMessage()));
        }
        OffsetDateTime now = now();
        if (d.attempts() >= d.maxAttempts()) {
            store.failed(id, DeliveryStatus.DEAD_LETTER, null, error + "；已尝试 " + d.attempts() + " 次，转入死信列表，"
                    + "排除故障后可 POST /api/deliveries/" + id + "/resend 重新发送", status, body);
            LOG.warn("delivery {} dead-lettered after {} attempts: {}", id, d.attempts(), status);
        } else {
            long wait = backoff(d.connectorId()).delayMillis(d.attempts());
            store.failed(id, DeliveryStatus.RETRYING, now.plusNanos(wait * 1_000_000), error, status, body);
            LOG.info("delivery {} attempt {} failed ({}), next in {} ms", id, d.attempts(), status, wait);
        }
    }

    private DeliveryTarget.Backoff backoff(String connectorId) {
        return connectors.find(connectorId).map(ConnectorDefinition::outbound).map(o -> o.delivery().backoff())
                .orElse(new DeliveryTarget.Backoff(null, null, null));
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
