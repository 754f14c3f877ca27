package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yibiaotong.hub.testing.HubIntegrationTest;
import cn.yibiaotong.hub.testing.HubStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A roster dropped into the street-roster folder travels the same pipeline as an upload. */
@HubIntegrationTest
class FileDropRouteTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    ConnectorCatalog catalog;
    @Autowired
    ConnectorRoutes routes;
    HubStore store;

    @BeforeEach
    void emptyHub() {
        store = new HubStore(jdbc);
        store.clear();
    }

    @Test
    void everyConnectorWithADropFolderHasItsOwnRouteFromTheTemplate() {
        ConnectorDefinition roster = catalog.find("street-roster").orElseThrow();
        assertThat(camel.getRoute(ConnectorRoutes.routeId(roster))).isNotNull();
        assertThat(camel.getRoute(ConnectorRoutes.routeId(roster)).getEndpoint().getEndpointUri())
                .startsWith("file://").contains("data/inbox/street-roster");
    }

    @Test
    void droppedGbkCsvIsIngestedAndMovedToDone() throws Exception {
        Path inbox = routes.directory(catalog.find("street-roster").orElseThrow().fileDrop().orElseThrow());
        Files.createDirectories(inbox);
        Path part = inbox.resolve(".incoming.part");
        Files.copy(Path.of("samples/street-roster/damian-street-2026-11-gbk.csv"), part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, inbox.resolve("damian.csv"), StandardCopyOption.ATOMIC_MOVE);

        await().atMost(Duration.ofSeconds(30)).until(() -> store.count(
                "SELECT COUNT(*) FROM batch WHERE source_name = 'damian.csv' AND status = 'COMPLETED'") == 1);

        List<Long> counts = jdbc.query("SELECT received, accepted, rejected, unchanged FROM batch WHERE source_name = 'damian.csv'",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).get(0);
        assertThat(counts).containsExactly(80L, 79L, 1L, 0L);
        assertThat(store.count("SELECT COUNT(*) FROM batch WHERE source_name = 'damian.csv' AND channel = 'file-drop'")).isEqualTo(1);
        assertThat(store.residents()).isEqualTo(79);
        Path done = inbox.resolve(".done").resolve(LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)).resolve("damian.csv");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(done));
        assertThat(inbox.resolve("damian.csv")).doesNotExist();
    }
}
