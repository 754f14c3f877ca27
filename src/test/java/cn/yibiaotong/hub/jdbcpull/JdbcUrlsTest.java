package cn.yibiaotong.hub.jdbcpull;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the connector status may show of a department's database address. */
class JdbcUrlsTest {

    @Test
    void parametersAreDroppedBecauseTheyMayCarryCredentials() {
        assertThat(JdbcUrls.withoutCredentials("jdbc:h2:tcp://localhost:9092/mem:pcs;USER=sa;PASSWORD=x"))
                .isEqualTo("jdbc:h2:tcp://localhost:9092/mem:pcs");
        assertThat(JdbcUrls.withoutCredentials("jdbc:postgresql://10.1.2.3:5432/hj?user=hub&password=x"))
                .isEqualTo("jdbc:postgresql://10.1.2.3:5432/hj");
    }

    @Test
    void userInfoIsDropped() {
        assertThat(JdbcUrls.withoutCredentials("jdbc:mysql://hub:x@10.1.2.3:3306/hj")).isEqualTo("jdbc:mysql://10.1.2.3:3306/hj");
        assertThat(JdbcUrls.withoutCredentials("jdbc:oracle:thin:hub/x@10.1.2.3:1521:orcl"))
                .isEqualTo("jdbc:oracle:thin:@10.1.2.3:1521:orcl");
    }

    @Test
    void anAddressWithoutCredentialsIsShownAsItIs() {
        assertThat(JdbcUrls.withoutCredentials("jdbc:oracle:thin:@//10.1.2.3:1521/hj")).isEqualTo("jdbc:oracle:thin:@//10.1.2.3:1521/hj");
    }
}
