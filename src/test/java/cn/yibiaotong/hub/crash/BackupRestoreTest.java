package cn.yibiaotong.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.testing.HubApiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * README "Operations": an H2 store backed up as an SQL script (SCRIPT TO, what org.h2.tools.Script writes) and
 * restored into an empty database (org.h2.tools.RunScript) gives back the same unified view, history, batch
 * reports and rejected rows, row for row.
 */
class BackupRestoreTest extends HubApiTest {

    /** What an analyst, an auditor and an uploader see, each in a stable order. */
    private static final List<String> VIEWS = List.of(
            "SELECT * FROM v_resident ORDER BY resident_id",
            "SELECT * FROM v_resident_record ORDER BY resident_id, connector_id",
            "SELECT * FROM resident_record ORDER BY resident_id, connector_id, version",
            "SELECT * FROM resident_conflict ORDER BY 1",
            "SELECT id, connector_id, status, received, accepted, rejected, unchanged, warnings, message FROM batch ORDER BY id",
            "SELECT batch_id, row_no, severity, column_name, message FROM batch_issue ORDER BY batch_id, row_no, message",
            "SELECT * FROM rejected_row ORDER BY batch_id, row_no",
            "SELECT * FROM v_case ORDER BY case_id",
            // Flyway's own table, created with quoted lower-case names
            "SELECT \"version\", \"script\", \"checksum\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");

    @TempDir
    Path dir;

    @Test
    void aRestoredBackupGivesBackTheSameView() throws Exception {
        assertThat(uploads.upload("street-roster", Path.of("samples/street-roster/longquan-street-2026-11.xlsx"), false)
                .getStatusCode().value()).isEqualTo(201);
        assertThat(uploads.upload("civil-affairs-assistance",
                Path.of("samples/civil-affairs-assistance/longquanyi-dibao-2026-11-gbk.csv"), false)
                .getStatusCode().value()).isEqualTo(201);
        Path backup = dir.resolve("yibiaotong-backup.sql");
        jdbc.execute("SCRIPT TO '" + backup.toAbsolutePath() + "' CHARSET 'UTF-8'");

        String restoredUrl = "jdbc:h2:file:" + dir.resolve("restored/yibiaotong");
        RunScript.execute(restoredUrl, "sa", "", backup.toString(), StandardCharsets.UTF_8, false);
        SingleConnectionDataSource restored = new SingleConnectionDataSource(restoredUrl, "sa", "", true);
        try {
            JdbcTemplate copy = new JdbcTemplate(restored);
            // the README's restore step: views written before a later-altered table are recompiled once it exists
            for (String v : List.of("v_resident", "v_resident_record", "v_case")) {
                copy.execute("ALTER VIEW " + v + " RECOMPILE");
            }
            assertThat(copy.queryForObject("SELECT COUNT(*) FROM resident", Long.class)).isEqualTo(store.residents())
                    .isPositive();
            for (String view : VIEWS) {
                List<Map<String, Object>> original = jdbc.queryForList(view);
                assertThat(copy.queryForList(view)).as(view).isEqualTo(original);
            }
        } finally {
            restored.destroy();
        }
    }
}
