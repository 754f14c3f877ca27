package cn.yibiaotong.hub.demo;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.JdbcPull;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * The demo's stand-in for the public-security database: an H2 file (the connector's URL in application-demo.yaml)
 * with the department's table from {@code samples/public-security/schema.sql}, filled from {@code hj_ryxx.csv}
 * before the routes start, so the connector pulls it over JDBC exactly as it would pull the real system.
 * Rows are merged by RYBH with the file's own GXSJ, so a restart changes nothing the hub has already pulled.
 */
@Component
@Profile("demo")
public class PublicSecurityStandIn implements InitializingBean {

    static final String CONNECTOR = "public-security-hukou";
    private static final Logger LOG = LoggerFactory.getLogger(PublicSecurityStandIn.class);

    private final ConnectorCatalog connectors;
    private final Environment environment;
    private final Path folder;

    public PublicSecurityStandIn(ConnectorCatalog connectors, Environment environment,
                                 @Value("${hub.demo.samples-dir:samples}") Path samplesDir) {
        this.connectors = connectors;
        this.environment = environment;
        this.folder = samplesDir.resolve("public-security");
    }

    @Override
    public void afterPropertiesSet() {
        JdbcPull pull = connectors.find(CONNECTOR).flatMap(c -> c.jdbcPull()).orElse(null);
        Path rows = folder.resolve("hj_ryxx.csv");
        if (pull == null || !Files.isRegularFile(rows)) {
            return;
        }
        String url = environment.resolvePlaceholders(pull.url());
        // only ever an embedded H2 playing the department: never write into a database that may be the real one
        if (!url.startsWith("jdbc:h2:file:")) {
            LOG.info("demo: {} does not point at an H2 file, stand-in not filled", CONNECTOR);
            return;
        }
        DriverManagerDataSource db = new DriverManagerDataSource(url,
                environment.resolvePlaceholders(pull.user() == null ? "" : pull.user()),
                environment.resolvePlaceholders(pull.password() == null ? "" : pull.password()));
        new ResourceDatabasePopulator(new FileSystemResource(folder.resolve("schema.sql"))).execute(db);
        int merged = new JdbcTemplate(db).update(
                "MERGE INTO HJ_RYXX KEY (RYBH) SELECT * FROM CSVREAD(?, NULL, 'charset=UTF-8')", rows.toString());
        LOG.info("demo: public-security stand-in database holds the {} rows of {}", merged, rows);
    }
}
