package cn.yibiaotong.hub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub on a real PostgreSQL server of its own (the postgres profile), signed in as an administrator.
 * Subclasses add their folders with {@code @TestPropertySource}.
 */
@CamelSpringBootTest
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hub.http-poll.auto-startup=false")
public abstract class PostgresHubTest {

    private static EmbeddedPostgres postgres;

    protected TestRestTemplate http;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgresStore.startFor(registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestAccounts.admin(anonymous);
    }
}
