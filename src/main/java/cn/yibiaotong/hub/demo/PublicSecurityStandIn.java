package cn.yibiaotong.hub.demo;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.JdbcPull;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        long merged = merge(new JdbcTemplate(db), rows);
        LOG.info("demo: public-security stand-in database holds the {} rows of {}", merged, rows);
    }

    /** Streams the sample into the table, a batch of statements at a time; empty cells are NULL, as in the department. */
    private static long merge(JdbcTemplate jdbc, Path rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            List<String> columns = csv.getHeaderNames();
            if (!columns.stream().allMatch(c -> c.matches("[A-Z][A-Z0-9_]*"))) {
                throw new IllegalStateException(rows + ": the header must be the column names of HJ_RYXX");
            }
            String sql = "MERGE INTO HJ_RYXX (" + String.join(", ", columns) + ") KEY (RYBH) VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            long count = 0;
            List<Object[]> batch = new ArrayList<>();
            for (CSVRecord record : csv) {
                batch.add(record.stream().map(v -> v.isEmpty() ? null : v).toArray());
                if (batch.size() == 500) {
                    count += jdbc.batchUpdate(sql, batch).length;
                    batch.clear();
                }
            }
            return count + (batch.isEmpty() ? 0 : jdbc.batchUpdate(sql, batch).length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
