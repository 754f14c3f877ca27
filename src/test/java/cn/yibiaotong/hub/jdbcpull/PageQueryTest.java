package cn.yibiaotong.hub.jdbcpull;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibiaotong.hub.connector.JdbcPull;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keyset query: strictly after the last (watermark, key) pair, below the cut-off, in a stable order. */
class PageQueryTest {

    static final LocalDateTime CUTOFF = LocalDateTime.of(2026, 11, 23, 8, 0);
    final PageQuery query = new PageQuery(new JdbcPull("jdbc:h2:mem:x", null, null, "HJ_RYXX", null, "GXSJ", "RYBH",
            null, null, null, null, null, null));

    @Test
    void theFirstPageReadsFromTheBeginning() {
        assertThat(query.sql(Optional.empty()))
                .isEqualTo("SELECT * FROM HJ_RYXX WHERE GXSJ < ? ORDER BY GXSJ, RYBH");
        assertThat(query.parameters(CUTOFF, Optional.empty())).containsExactly(CUTOFF);
    }

    @Test
    void laterPagesStartAfterTheLastPairSoTiesAreNeitherLostNorRepeated() {
        PullWatermark after = new PullWatermark(LocalDateTime.of(2026, 11, 20, 9, 0), "R000003");

        assertThat(query.sql(Optional.of(after))).isEqualTo(
                "SELECT * FROM HJ_RYXX WHERE GXSJ < ? AND (GXSJ > ? OR (GXSJ = ? AND RYBH > ?)) ORDER BY GXSJ, RYBH");
        assertThat(query.parameters(CUTOFF, Optional.of(after)))
                .containsExactly(CUTOFF, after.updatedAt(), after.updatedAt(), "R000003");
    }
}
