package cn.yibiaotong.hub.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.normalize.NormalizedChunk;
import cn.yibiaotong.hub.normalize.NormalizedRecord;
import cn.yibiaotong.hub.testing.HubApiTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An intake CaseIntake refuses (here a matter the matter list no longer knows, which no row check can see) is one
 * rejected record: its savepoint is rolled back, and the batch around it still commits the other records.
 */
class CaseRecordsTest extends HubApiTest {

    @Autowired
    CaseRecords caseRecords;
    @Autowired
    ConnectorCatalog connectors;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void refusedIntakeIsARejectedRecordAndTheBatchStillCommitsTheOthers() {
        BatchContext ctx = new BatchContext("test-batch", connectors.find("secretary-ledgers").orElseThrow(),
                "ledger.xlsx", "upload", false, OffsetDateTime.now());
        NormalizedChunk chunk = new NormalizedChunk();
        chunk.accepted().add(record(2, "TZ-1", "001"));
        chunk.accepted().add(record(3, "TZ-2", "099"));
        chunk.accepted().add(record(4, "TZ-3", "002"));

        new TransactionTemplate(txManager).executeWithoutResult(tx -> caseRecords.merge(chunk, ctx));

        assertThat(ctx.accepted()).isEqualTo(2);
        assertThat(chunk.accepted()).extracting(NormalizedRecord::row).containsExactly(2L, 4L);
        assertThat(chunk.rejected()).hasSize(1);
        RowIssue issue = chunk.rejected().get(0).issues().get(0);
        assertThat(issue.row()).isEqualTo(3);
        assertThat(issue.column()).isEqualTo("事项类别");
        assertThat(issue.message()).startsWith("字段“matter”的事项代码“099”不在事项清单中。请改用 config/matters.yaml 中的代码：001（物业管理）");
        assertThat(jdbc.queryForList("SELECT external_ref FROM hub_case ORDER BY external_ref", String.class))
                .containsExactly("TZ-1", "TZ-3");
    }

    private static NormalizedRecord record(long row, String ref, String matter) {
        return new NormalizedRecord(row, null, Map.of("case.external_ref", ref, "case.matter", matter,
                "case.title", "标题" + ref, "case.ledger", "demand", "case.reported_at", "2026-11-02"), List.of(ref));
    }
}
