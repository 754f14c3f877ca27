package cn.yibiaotong.hub.jdbcpull;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Called by the jdbc-pull route's error handler before each redelivery: keeps the attempt number where the dead
 * letter bean can still read it (Camel removes its redelivery headers once the retries are used up).
 */
@Component("jdbcPullRetries")
public class PullRetries implements Processor {

    /** Exchange property: redeliveries made so far in this run. */
    public static final String PROPERTY = "hubPullRetries";

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(PROPERTY, exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class));
    }
}
