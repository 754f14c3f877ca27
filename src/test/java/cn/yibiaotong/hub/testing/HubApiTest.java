package cn.yibiaotong.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** An API test against the whole hub, starting each test from an empty store. */
@HubIntegrationTest
public abstract class HubApiTest {

    /** Signed in as the bootstrap administrator of src/test/resources/application.yaml. */
    protected TestRestTemplate http;
    /** No credentials at all. */
    protected TestRestTemplate anonymous;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private TestAccounts accounts;
    protected final ObjectMapper json = new ObjectMapper();
    protected HubStore store;
    protected Uploads uploads;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        this.anonymous = anonymous;
        this.http = TestAccounts.admin(anonymous);
    }

    /** Signed in as one of the accounts of {@link TestAccounts} ("community", "street", "civil" …). */
    protected TestRestTemplate as(String username) {
        return accounts.as(anonymous, username);
    }

    @BeforeEach
    void emptyHub() {
        store = new HubStore(jdbc);
        store.clear();
        uploads = new Uploads(http);
    }

    /** One connector's entry in GET /api/connectors. */
    protected JsonNode connectorStatus(String id) throws Exception {
        for (JsonNode c : json.readTree(http.getForObject("/api/connectors", String.class))) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no connector " + id + " in GET /api/connectors");
    }

    /** One item of a resident view by its data-list code. */
    public static JsonNode item(JsonNode resident, String code) {
        for (JsonNode i : resident.get("items")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("resident has no item " + code);
    }
}
