package cn.yibiaotong.hub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole hub on a random port with an in-memory H2, drop folders, delivery files and outboxes under target/,
 * configured from the real config/, schemas/, connectors/ and routes/ folders. Pushes are limited to 1 MB, uploads
 * to 2 MB (so the 413 answers can be tested with small bodies).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hub-test;DB_CLOSE_DELAY=-1",
        "hub.file-drop.root=target/test-drop",
        "hub.file-drop.min-age-ms=300",
        "hub.file-drop.check-interval-ms=100",
        "hub.file-drop.poll-delay-ms=200",
        "hub.delivery.store-dir=target/test-deliveries",
        "hub.delivery.outbox-root=target/test-outbox",
        "hub.delivery.poll-ms=100",
        "hub.delivery.http-timeout-ms=1500",
        // poll routes exist but do not poll unless a test starts them (HumanResourcesPollTest)
        "hub.http-poll.auto-startup=false",
        // interrupted batches are looked for at start-up only: tests that plant a RUNNING batch see it stay so
        "hub.batch.recovery-interval-ms=3600000",
        // the blocking index backfill runs soon after start-up (and after IdentityBackfillTest restarts its route)
        "hub.identity.backfill-delay-ms=200",
        "hub.push.max-size=1MB",
        "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=2MB"})
public @interface HubIntegrationTest {
}
