package cn.yibiaotong.hub.cases;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.FieldMapping;
import cn.yibiaotong.hub.normalize.NormalizedChunk;
import cn.yibiaotong.hub.normalize.NormalizedRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest pipeline's last stage for a connector with {@code record: case} (the 12345 hotline, the secretary's
 * ledgers): each accepted record is taken in through {@link CaseIntake}, the one door of every channel. A new or
 * linked case counts as accepted, a reference received before as unchanged, and an intake CaseIntake refuses as a
 * rejected record with its Chinese message and column.
 * Each record runs in a savepoint of the batch's transaction: a refused record leaves nothing behind and does not
 * spoil the batch, which still commits or rolls back (dry run, refused batch) as a whole.
 */
@Component
public class CaseRecords {

    private final CaseIntake intake;
    private final ObjectMapper json;
    private final TransactionTemplate savepoint;

    public CaseRecords(CaseIntake intake, ObjectMapper json, PlatformTransactionManager txManager) {
        this.intake = intake;
        this.json = json;
        this.savepoint = new TransactionTemplate(txManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public NormalizedChunk merge(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        ConnectorDefinition connector = ctx.connector();
        List<NormalizedRecord> taken = new ArrayList<>();
        for (NormalizedRecord rec : chunk.accepted()) {
            try {
                IntakeResult result = savepoint.execute(tx -> intake.submit(connector.channel(),
                        rec.values().get(CaseIntakeFields.EXTERNAL_REF), CaseIntakeFields.intake(json, rec.values())));
                if (IntakeResult.ALREADY_RECEIVED.equals(result.outcome())) {
                    ctx.countUnchanged(1);
                } else {
                    ctx.countAccepted(1);
                }
                taken.add(rec);
            } catch (CaseRejected e) {
                chunk.rejected().add(new RowRejection(rec.row(), rec.cells(), List.of(new RowIssue(rec.row(),
                        columnOf(connector, e.properties().get("field")), null, e.getMessage()))));
            }
        }
        chunk.accepted().retainAll(taken);
        return chunk;
    }

    /** The connector's column behind the intake field CaseIntake named, or null (the record as a whole). */
    private static String columnOf(ConnectorDefinition connector, Object field) {
        String item = CaseIntakeFields.itemOf(field);
        return connector.fields().stream().filter(f -> item != null && item.equals(f.item())).findFirst()
                .map(FieldMapping::column).orElse(null);
    }
}
