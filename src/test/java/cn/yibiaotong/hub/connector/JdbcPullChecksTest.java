package cn.yibiaotong.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connector's {@code transport.jdbcPull}: bound with its defaults, and each contradiction named with its fix. */
class JdbcPullChecksTest {

    static final String PULL = ConnectorFixture.VALID.replace("transport:\n  upload: true\n", """
            transport:
              jdbcPull:
                url: ${TEST_DB_URL}
                password: ${TEST_DB_PASSWORD:}
                table: RY
                watermarkColumn: GXSJ
                keyColumn: RYBH
            """);

    @TempDir
    Path dir;

    @Test
    void aPullAloneIsAWayInAndGetsItsDefaults() throws IOException {
        write(PULL);

        JdbcPull pull = load().find("test-roster").orElseThrow().jdbcPull().orElseThrow();

        assertThat(pull.url()).isEqualTo("${TEST_DB_URL}");
        assertThat(pull.source()).isEqualTo("RY");
        assertThat(pull.pageSize()).isEqualTo(500);
        assertThat(JdbcPull.duration(pull.pollInterval())).hasMinutes(1);
        assertThat(JdbcPull.duration(pull.safetyLag())).hasSeconds(30);
        assertThat(pull.clockQuery()).isEqualTo("SELECT LOCALTIMESTAMP");
        assertThat(pull.retry()).isEqualTo(new JdbcPull.Retry(3, "2s", 2.0, "1m"));
    }

    @Test
    void aQueryIsReadAsASubQuery() throws IOException {
        write(PULL.replace("    table: RY\n", "    query: SELECT r.*, d.GXSJ FROM RY r JOIN DZ d ON d.RYBH = r.RYBH\n"));

        JdbcPull pull = load().find("test-roster").orElseThrow().jdbcPull().orElseThrow();

        assertThat(pull.source()).isEqualTo("(SELECT r.*, d.GXSJ FROM RY r JOIN DZ d ON d.RYBH = r.RYBH) src");
    }

    @Test
    void aPasswordWrittenInTheFileIsRefused() throws IOException {
        Path file = write(PULL.replace("password: ${TEST_DB_PASSWORD:}", "password: Geheim-123"));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 9 行（transport.jdbcPull.password）：密码不能直接写在接入文件中（也不能作为占位符的默认值）。"
                        + "请改为环境变量占位符，如 ${HUB_PCS_DB_PASSWORD}，并在运行一表通的环境中设置该环境变量。")
                .message().doesNotContain("Geheim-123");
    }

    @Test
    void aPasswordAsThePlaceholdersDefaultIsRefusedToo() throws IOException {
        write(PULL.replace("password: ${TEST_DB_PASSWORD:}", "password: ${TEST_DB_PASSWORD:Geheim-123}"));

        assertThatThrownBy(this::load).hasMessageContaining("（transport.jdbcPull.password）：密码不能直接写在接入文件中");
    }

    @Test
    void aPasswordInsideTheUrlIsRefused() throws IOException {
        Path file = write(PULL.replace("url: ${TEST_DB_URL}", "url: jdbc:postgresql://10.1.2.3:5432/hj?user=hub&password=Geheim-123"));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 8 行（transport.jdbcPull.url）：JDBC 地址中含有密码。"
                        + "请把密码从 url 中删去，写在 password 中，并用环境变量占位符，如 ${HUB_PCS_DB_PASSWORD}。");
    }

    @Test
    void tableAndQueryTogether() throws IOException {
        Path file = write(PULL.replace("    table: RY\n", "    table: RY\n    query: SELECT * FROM RY\n"));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 7 行（transport.jdbcPull）：jdbcPull 同时写了 table 和 query，不知道以哪个为准。"
                        + "请只写其中一个：读一张表或视图写 table，如 HJ_RYXX；需要关联多张表时写 query。");
    }

    @Test
    void neitherTableNorQuery() throws IOException {
        Path file = write(PULL.replace("    table: RY\n", ""));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 7 行（transport.jdbcPull）：jdbcPull 既没有写 table，也没有写 query，不知道读哪张表。"
                        + "请只写其中一个：读一张表或视图写 table，如 HJ_RYXX；需要关联多张表时写 query。");
    }

    @Test
    void theKeyMustNotBeTheWatermark() throws IOException {
        Path file = write(PULL.replace("keyColumn: RYBH", "keyColumn: gxsj"));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 12 行（transport.jdbcPull.keyColumn）：keyColumn 与 watermarkColumn 是同一列“gxsj”。"
                        + "keyColumn 应为唯一键列（如人员编号 RYBH），用于区分更新时间相同的行。");
    }

    @Test
    void pagesAreCsvSoAnXlsxFormatContradictsThePull() throws IOException {
        Path file = write(PULL.replace("fields:", "format:\n  type: xlsx\nfields:"));

        assertThatThrownBy(this::load)
                .hasMessage("配置文件 " + file + " 第 13 行（format）：jdbcPull 拉取的每页数据按 UTF-8 CSV、第 1 行为列名读取，与 format 的设置不符。"
                        + "请删除 format，或只写 type: csv、charset: UTF-8、headerRow: 1。");
    }

    @Test
    void aTableNameThatCouldCarrySqlFailsTheSchema() throws IOException {
        Path file = write(PULL.replace("table: RY", "table: \"RY; DROP TABLE RY\""));

        assertThatThrownBy(this::load).hasMessageStartingWith("配置文件 " + file + " 第 10 行（transport.jdbcPull.table）：");
    }

    private ConnectorCatalog load() {
        return ConnectorCatalog.load(dir, ConnectorFixture.DATA_LIST, ConnectorFixture.DEPARTMENTS);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("test-roster.yaml"), text);
    }
}
