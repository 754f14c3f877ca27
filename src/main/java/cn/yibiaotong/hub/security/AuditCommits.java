package cn.yibiaotong.hub.security;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the audit of reads. A read's audit must be durable before its answer leaves, and each commit is a
 * durable write (H2 with WRITE_DELAY=0 writes its file, PostgreSQL flushes its WAL): with one commit per read, the
 * commit was the largest cost of a resident read (bench/QUERIES-NOTES.md). Here one writer thread takes every event
 * waiting, writes them in one transaction and commits once; each caller returns only when the commit that holds its
 * event has succeeded, and fails when it failed. Events that arrive while a commit is written go into the next one,
 * so a busy hub writes one commit for many answers and an idle one still answers after a single commit.
 *
 * <p>Hand-written because neither Spring nor Camel offers a batch whose senders wait for the batch's commit (Camel's
 * aggregator lets each exchange go on once it has joined the batch, before the batch is written). It is a queue and
 * one thread. The queue needs no bound: every request thread waits for its own event, so no more events wait than
 * the web server has threads.
 */
@Component
public class AuditCommits {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCommits.class);
    /** Most events in one transaction: bounds the transaction, not the throughput (the next commit follows at once). */
    static final int MAX_EVENTS = 256;
    /** A read waits at most this long for its audit; then it fails, as a read whose audit failed does. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AuditRows rows;
    private final TransactionTemplate oneCommit;
    private final Thread writer;
    private volatile boolean running = true;

    public AuditCommits(AuditRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.oneCommit = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.writer = new Thread(this::run, "audit-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Writes the event and its residents, and returns once they are committed.
     *
     * @throws RejectedExecutionException while the hub stops (answered 503: nothing was read)
     * @throws RuntimeException           the database's error when the commit failed; the read must not be answered
     */
    public void append(AuditEvent event, Collection<String> residentIds) {
        if (!running) {
            throw new RejectedExecutionException("the audit writer has stopped");
        }
        Pending pending = new Pending(event, List.copyOf(residentIds), new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.committed().get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new TransientDataAccessResourceException("audit event not committed within " + MAX_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while the audit was written", e);
        }
    }

    /** Events waiting for a commit that has not started yet. */
    int waiting() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_EVENTS - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // write() completes every future it was given; this only keeps the writer alive whatever happens
                LOG.error("audit writer: unexpected failure", e);
                batch.forEach(p -> p.committed().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; if it fails, each event alone, so that one bad event fails only its own read. */
    private void write(List<Pending> batch) {
        try {
            oneCommit.executeWithoutResult(status -> rows.residents(
                    rows.events(batch.stream().map(Pending::event).toList()),
                    batch.stream().map(Pending::residentIds).toList()));
            batch.forEach(p -> p.committed().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            // the class only: the database's message may quote the values of the rows (the reads answer with it anyway)
            LOG.warn("audit group commit of {} events failed ({}); writing them one by one", batch.size(),
                    e.getClass().getSimpleName());
            batch.forEach(p -> write(List.of(p)));
        }
    }

    /** Stops after writing what is queued; a read still waiting then is refused (503), never answered unaudited. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(MAX_WAIT.toMillis());
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.committed().completeExceptionally(new RejectedExecutionException("the audit writer has stopped")));
    }

    private record Pending(AuditEvent event, List<String> residentIds, CompletableFuture<Void> committed) {
    }
}
