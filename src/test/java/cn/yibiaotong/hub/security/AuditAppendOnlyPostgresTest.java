package cn.yibiaotong.hub.security;


import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On PostgreSQL the database itself refuses to change or delete an audit row, whoever connects. */
class AuditAppendOnlyPostgresTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource ds = postgres.getPostgresDatabase();
        // the same locations as config/application.yaml, {vendor} resolved as Spring Boot does for PostgreSQL
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load()
                .migrate();
        jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO audit_event (at, username, role, action, outcome) VALUES (?, 'a', 'ADMIN', 'UPLOAD', 'OK')",
                OffsetDateTime.now());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theApplicationAppendsOnPostgres() throws Exception {
        AuditRows rows = new AuditRows(jdbc);
        AuditCommits commits = new AuditCommits(rows, jdbc);
        try {
            AuditLog log = new AuditLog(rows, commits);
            log.begin(AuditAction.SEARCH_RESIDENTS, null, java.util.List.of("person.name"), "OK")
                    .residents(java.util.List.of("r-1", "r-2"));
            // a read goes through the group commit: events inserted in one batch, their generated ids read back
            log.read(AuditAction.READ_RESIDENT, null, java.util.List.of("r-3"), java.util.List.of("person.name"));
        } finally {
            commits.stop();
        }
        assertThat(jdbc.queryForList("SELECT e.action || ' ' || r.resident_id FROM audit_resident r "
                + "JOIN audit_event e ON e.id = r.event_id ORDER BY r.resident_id", String.class))
                .containsExactly("SEARCH_RESIDENTS r-1", "SEARCH_RESIDENTS r-2", "READ_RESIDENT r-3");
    }

    @Test
    void updateIsRefused() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET username = 'someone-else'"))
                .hasMessageContaining("audit log is append-only: UPDATE on audit_event refused");
        assertThat(jdbc.queryForObject("SELECT username FROM audit_event", String.class)).isEqualTo("a");
    }

    @Test
    void deleteIsRefused() {
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event"))
                .hasMessageContaining("audit log is append-only: DELETE on audit_event refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'a'", Integer.class))
                .isEqualTo(1);
    }
}
