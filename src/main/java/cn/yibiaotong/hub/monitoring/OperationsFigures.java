package cn.yibiaotong.hub.monitoring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures an operator watches to know that nothing is stuck or lost: counts only, never personal data.
 * Read from the store on each look, so they are right after a restart too.
 */
@Component
public class OperationsFigures {

    private final JdbcTemplate jdbc;

    public OperationsFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Batches being read now; one that stays here long after a restart is what batch-recovery ends. */
    public long batchesRunning() {
        return count("SELECT COUNT(*) FROM batch WHERE status = 'RUNNING'");
    }

    /** Batches ended by recovery because the hub or its database stopped mid-batch: uploads to resend. */
    public long batchesInterrupted() {
        return count("SELECT COUNT(*) FROM batch WHERE status = 'FAILED' AND error_code = 'interrupted'");
    }

    /** Deliveries produced but not yet acknowledged by their department (pending, retrying, being sent). */
    public long deliveriesPending() {
        return count("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'RETRYING', 'SENDING')");
    }

    /** Deliveries that used up their attempts: a department is not receiving; resend once it is fixed. */
    public long deliveriesDeadLetter() {
        return count("SELECT COUNT(*) FROM delivery WHERE status = 'DEAD_LETTER'");
    }

    /** Pull connectors whose last run failed (database pull, HTTP poll). */
    public long connectorsFailing() {
        return count("SELECT COUNT(*) FROM connector_state WHERE consecutive_failures > 0");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
