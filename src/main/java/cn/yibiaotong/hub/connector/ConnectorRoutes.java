package cn.yibiaotong.hub.connector;

import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Instantiates the route templates in {@code routes/} once per connector file, so that adding a department
 * system is adding a file. Runs after the context started, when the YAML templates are certainly loaded.
 */
@Component
public class ConnectorRoutes implements CamelContextConfiguration {

    static final String DEFAULT_INCLUDE = "(?i).*\\.(csv|xlsx)";

    private final ConnectorCatalog catalog;
    private final Path dropRoot;
    private final String fileDropTemplate;

    public ConnectorRoutes(ConnectorCatalog catalog, @Value("${hub.file-drop.root:.}") String dropRoot,
                           @Value("${hub.routes.file-drop-template:file-drop}") String fileDropTemplate) {
        this.catalog = catalog;
        this.dropRoot = Path.of(dropRoot);
        this.fileDropTemplate = fileDropTemplate;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // templates are loaded with the routes; instances are added once they are there
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (ConnectorDefinition c : catalog.all()) {
            c.fileDrop().ifPresent(drop -> TemplatedRouteBuilder.builder(camelContext, fileDropTemplate)
                    .routeId(routeId(c))
                    .parameter("connectorId", c.id())
                    .parameter("directory", directory(drop).toString())
                    .parameter("include", drop.include() == null ? DEFAULT_INCLUDE : drop.include())
                    .add());
        }
    }

    /** The folder a connector's files are dropped into, as the hub resolves it. */
    public Path directory(FileDrop drop) {
        Path p = Path.of(drop.directory());
        return p.isAbsolute() ? p : dropRoot.resolve(p).toAbsolutePath().normalize();
    }

    public static String routeId(ConnectorDefinition c) {
        return "file-drop-" + c.id();
    }
}
