package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** One schedule route per outbound connector file with a {@code schedule}: adding a schedule is editing a file. */
@Component
public class DeliverySchedules implements CamelContextConfiguration {

    private final ConnectorCatalog catalog;
    private final String template;

    public DeliverySchedules(ConnectorCatalog catalog,
                             @Value("${hub.routes.delivery-schedule-template:delivery-schedule}") String template) {
        this.catalog = catalog;
        this.template = template;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are loaded with the routes; instances are added once they are there
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (ConnectorDefinition c : catalog.all()) {
            if (c.outbound() != null && c.outbound().schedule() != null) {
                TemplatedRouteBuilder.builder(camelContext, template)
                        .routeId("delivery-schedule-" + c.id())
                        .parameter("connectorId", c.id())
                        // a URI cannot hold spaces; Quartz's endpoint reads + as one
                        .parameter("cron", c.outbound().schedule().cron().replace(' ', '+'))
                        .add();
            }
        }
    }
}
