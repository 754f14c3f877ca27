package cn.yibiaotong.hub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server for a test class, selected the way an operator selects it: the postgres profile's URL. */
public final class EmbeddedPostgresStore {

    private EmbeddedPostgresStore() {
    }

    /** Starts a server and points the hub's {@code HUB_DB_*} settings at it; the caller closes it after its tests. */
    public static EmbeddedPostgres startFor(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        registry.add("HUB_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("HUB_DB_USER", () -> "postgres");
        registry.add("HUB_DB_PASSWORD", () -> "");
        return postgres;
    }
}
