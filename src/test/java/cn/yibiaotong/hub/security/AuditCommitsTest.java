package cn.yibiaotong.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The group commit of read audits: a read returns only after the commit that holds its event, reads that arrive
 * during a commit share the next one, and a failed commit fails the reads it held.
 */
class AuditCommitsTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private GatedCommits gate;
    private JdbcTemplate jdbc;
    private AuditCommits commits;

    @BeforeEach
    void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:audit-commits-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        gate = new GatedCommits(h2);
        jdbc = new JdbcTemplate(gate);
        commits = new AuditCommits(new AuditRows(jdbc), jdbc);
    }

    @AfterEach
    void stop() throws InterruptedException {
        gate.open();
        commits.stop();
    }

    @Test
    void aReadReturnsOnlyOnceTheCommitHoldingItsEventHasSucceeded() {
        gate.close();
        CompletableFuture<Void> first = read("r-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        // its commit is under way but not done: the read must still be waiting
        assertThat(first).isNotDone();
        assertThat(new JdbcTemplate(gate.plain).queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isZero();

        gate.open();
        first.join();
        assertThat(new JdbcTemplate(gate.plain).queryForList("SELECT resident_id FROM audit_resident", String.class))
                .containsExactly("r-1");
    }

    @Test
    void readsArrivingDuringACommitShareTheNextOne() {
        gate.close();
        CompletableFuture<Void> first = read("r-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        List<CompletableFuture<Void>> next = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            next.add(read("r-" + i));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 5);
        assertThat(next).noneMatch(CompletableFuture::isDone);

        gate.open();
        first.join();
        next.forEach(CompletableFuture::join);
        // one commit for the first read, one for the five that waited behind it
        assertThat(gate.commits.get()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isEqualTo(6);
        // each resident row belongs to its own event: the ids the batch insert returned were matched in order
        assertThat(jdbc.queryForList("SELECT e.target || ' ' || r.resident_id FROM audit_resident r"
                + " JOIN audit_event e ON e.id = r.event_id ORDER BY r.resident_id", String.class))
                .containsExactly("read r-1 r-1", "read r-2 r-2", "read r-3 r-3", "read r-4 r-4", "read r-5 r-5",
                        "read r-6 r-6");
    }

    @Test
    void aFailedCommitFailsTheReadAndStoresNothing() {
        gate.failCommits.set(true);
        assertThatThrownBy(() -> commits.append(event("reader"), List.of("r-1")))
                .hasStackTraceContaining("commit refused by the test");
        gate.failCommits.set(false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_resident", Integer.class)).isZero();
    }

    @Test
    void aBadEventFailsOnlyItsOwnReadNotTheOthersOfItsCommit() {
        gate.close();
        CompletableFuture<Void> first = read("r-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        // username is NOT NULL in audit_event: this event cannot be written
        CompletableFuture<Void> bad = CompletableFuture.runAsync(() -> commits.append(event(null), List.of("r-2")));
        CompletableFuture<Void> good = read("r-3");
        await().atMost(Duration.ofSeconds(10)).until(() -> commits.waiting() == 2);

        gate.open();
        first.join();
        good.join();
        assertThat(bad).failsWithin(Duration.ofSeconds(10));
        assertThat(jdbc.queryForList("SELECT resident_id FROM audit_resident ORDER BY resident_id", String.class))
                .containsExactly("r-1", "r-3");
    }

    @Test
    void afterStopAReadIsRefusedNotAnsweredUnaudited() throws InterruptedException {
        commits.stop();
        assertThatThrownBy(() -> commits.append(event("reader"), List.of("r-1")))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }

    private CompletableFuture<Void> read(String residentId) {
        return CompletableFuture.runAsync(() -> commits.append(event("reader", "read " + residentId), List.of(residentId)));
    }

    private static AuditEvent event(String username) {
        return event(username, null);
    }

    private static AuditEvent event(String username, String target) {
        return new AuditEvent(OffsetDateTime.now(), username, "ANALYST", "READ_RESIDENT", target, "person.name", null,
                "127.0.0.1", "OK");
    }

    /** Connections whose commit can be held at a gate, or refused, and are counted. */
    private static final class GatedCommits extends DelegatingDataSource {

        final DataSource plain;
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicBoolean failCommits = new AtomicBoolean();
        private volatile CountDownLatch latch = new CountDownLatch(0);

        GatedCommits(DataSource plain) {
            super(plain);
            this.plain = plain;
        }

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            waiting.incrementAndGet();
                            try {
                                if (!latch.await(30, TimeUnit.SECONDS)) {
                                    throw new SQLException("the test never opened the gate");
                                }
                            } finally {
                                waiting.decrementAndGet();
                            }
                            if (failCommits.get()) {
                                // as a failed write would leave it: nothing of the transaction stored
                                c.rollback();
                                throw new SQLException("commit refused by the test");
                            }
                            commits.incrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
