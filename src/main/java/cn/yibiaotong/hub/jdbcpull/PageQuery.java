package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.connector.JdbcPull;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The keyset query of one page. Rows are read in (watermark, key) order and a page starts strictly after the
 * last (watermark, key) pair stored, so a row whose watermark equals the previous page's last value is still
 * read, once. Table, query and column names come from the connector file (checked against identifier patterns
 * by the schema); every value is a bind parameter. The page size is applied with {@code Statement.setMaxRows},
 * which every JDBC driver honours, instead of a LIMIT clause whose spelling differs between databases.
 */
final class PageQuery {

    private final String first;
    private final String next;

    PageQuery(JdbcPull pull) {
        String w = pull.watermarkColumn();
        String k = pull.keyColumn();
        String select = "SELECT * FROM " + pull.source() + " WHERE " + w + " < ?";
        String order = " ORDER BY " + w + ", " + k;
        this.first = select + order;
        this.next = select + " AND (" + w + " > ? OR (" + w + " = ? AND " + k + " > ?))" + order;
    }

    /** The SQL for the page after {@code after}, or the first page when nothing has been read yet. */
    String sql(Optional<PullWatermark> after) {
        return after.isPresent() ? next : first;
    }

    /**
     * @param cutoff rows at or after this instant of the department's clock are left for a later pull
     */
    Object[] parameters(LocalDateTime cutoff, Optional<PullWatermark> after) {
        return after.map(w -> new Object[] {cutoff, w.updatedAt(), w.updatedAt(), w.key()})
                .orElseGet(() -> new Object[] {cutoff});
    }
}
