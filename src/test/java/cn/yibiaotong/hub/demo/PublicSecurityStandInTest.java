package cn.yibiaotong.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.DataListLoader;
import cn.yibiaotong.hub.department.Departments;
import cn.yibiaotong.hub.department.DepartmentsLoader;
import cn.yibiaotong.hub.normalize.IdNumbers;
import cn.yibiaotong.hub.samples.AnswerKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** The demo's public-security database: filled from the sample once, and the sample is valid Longquanyi data. */
class PublicSecurityStandInTest {

    static final Departments DEPARTMENTS = DepartmentsLoader.load(Path.of("config/departments.yaml"));
    static final DataList DATA_LIST = DataListLoader.load(Path.of("schemas/data-list.yaml"), DEPARTMENTS);
    final ConnectorCatalog connectors = ConnectorCatalog.load(Path.of("connectors"), DATA_LIST, DEPARTMENTS);

    @TempDir
    Path dir;

    @Test
    void fillsTheDepartmentsTableFromTheSampleAndAStartAgainChangesNothing() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("pcs").toAbsolutePath();
        PublicSecurityStandIn standIn = new PublicSecurityStandIn(connectors,
                new MockEnvironment().withProperty("HUB_PCS_DB_URL", url).withProperty("HUB_PCS_DB_USER", "sa"), Path.of("samples"));

        standIn.afterPropertiesSet();
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        List<String> first = db.queryForList("SELECT RYBH || '|' || GXSJ FROM HJ_RYXX ORDER BY RYBH", String.class);
        standIn.afterPropertiesSet();

        long sampleRows;
        try (Stream<String> lines = Files.lines(Path.of("samples/public-security/hj_ryxx.csv"))) {
            sampleRows = lines.count() - 1;
        }
        assertThat(first).hasSize((int) sampleRows);
        assertThat(db.queryForList("SELECT RYBH || '|' || GXSJ FROM HJ_RYXX ORDER BY RYBH", String.class)).isEqualTo(first);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM HJ_RYXX WHERE SWRQ IS NOT NULL", Long.class)).isPositive();
    }

    @Test
    void theSampleHoldsValidIdsOfLongquanyiCommunitiesStampedInThePast() throws IOException {
        // samples/overlap.csv: the register holds one record with a mistyped check digit, for the hub to reject
        long planted = AnswerKey.samples().rejected("public_security");
        Set<String> communities;
        try (Stream<String> lines = Files.lines(Path.of("config/divisions/longquanyi.csv"))) {
            communities = lines.map(l -> l.split(",")).filter(c -> "village".equals(c[2])).map(c -> c[0]).collect(Collectors.toSet());
        }
        List<String> rows;
        try (Stream<String> lines = Files.lines(Path.of("samples/public-security/hj_ryxx.csv"))) {
            rows = lines.toList();
        }

        assertThat(rows.get(0)).isEqualTo("RYBH,GMSFHM,XM,XB,MZ,CSRQ,HJDZ,HH,YHZGX,SQDM,SWRQ,GXSJ");
        long invalid = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            invalid += IdNumbers.normalize(c[1]).isOk() ? 0 : 1;
            assertThat(c[1]).startsWith("510112").contains(c[5]);
            assertThat(communities).as(c[0]).contains(c[9]);
            assertThat(LocalDateTime.parse(c[11].replace(' ', 'T'))).isBefore(LocalDateTime.now());
        }
        assertThat(invalid).isEqualTo(planted).isEqualTo(1);
        assertThat(rows).hasSize((int) (AnswerKey.samples().accepted("public_security") + planted + 1));
    }

    @Test
    void neverWritesIntoADatabaseThatIsNotAnH2File() {
        String url = "jdbc:h2:mem:not-a-stand-in;DB_CLOSE_DELAY=-1";
        new PublicSecurityStandIn(connectors, new MockEnvironment().withProperty("HUB_PCS_DB_URL", url), Path.of("samples"))
                .afterPropertiesSet();

        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "", ""));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'HJ_RYXX'", Long.class)).isZero();
    }
}
