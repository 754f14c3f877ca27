package cn.yibiaotong.hub.resident;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import cn.yibiaotong.hub.identity.ChunkResolution;
import cn.yibiaotong.hub.identity.ChunkResolution.Kind;
import cn.yibiaotong.hub.normalize.NormalizedChunk;
import cn.yibiaotong.hub.normalize.NormalizedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rejects a row that resolution found to be a resident an earlier row of the same batch already is, when the
 * rows did not share an ID number (that case is caught before resolving): a row without an ID that matched an
 * earlier row by name and birth date, or an ID row whose resident an earlier ID-less row had linked to. One person
 * is one row of a file, however the rows identify them.
 */
@Component
public class SameResidentRows {

    private final NamedParameterJdbcTemplate jdbc;

    public SameResidentRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<NormalizedRecord> reject(NormalizedChunk chunk, List<NormalizedRecord> rows, ChunkResolution resolution,
                                         BatchContext ctx) {
        Set<String> checked = rows.stream().map(r -> resolution.outcome(r.row()))
                .filter(o -> o.kind() == Kind.ID || o.kind() == Kind.LINKED)
                .map(ChunkResolution.Outcome::residentId).collect(Collectors.toSet());
        Map<String, Long> firstRow = new HashMap<>();
        if (!checked.isEmpty()) {
            jdbc.query("SELECT resident_id, row_no FROM batch_row WHERE batch_id = :batch AND resident_id IN (:ids)",
                    Map.of("batch", ctx.id(), "ids", checked), rs -> {
                        firstRow.merge(rs.getString(1), rs.getLong(2), Math::min);
                    });
        }
        List<NormalizedRecord> kept = new ArrayList<>();
        for (NormalizedRecord rec : rows) {
            ChunkResolution.Outcome o = resolution.outcome(rec.row());
            Long first = firstRow.putIfAbsent(o.residentId(), rec.row());
            if (first == null) {
                kept.add(rec);
            } else {
                chunk.rejected().add(new RowRejection(rec.row(), rec.cells(), List.of(new RowIssue(rec.row(), null, null,
                        message(first, ctx.connector().format().unit())))));
            }
        }
        if (kept.size() < rows.size()) {
            chunk.accepted().retainAll(kept);
        }
        return kept;
    }

    static String message(long first, String unit) {
        return "行".equals(unit)
                ? "与第 " + first + " 行是同一位居民（姓名、出生日期等相符，或身份证号相同）：同一人在一个文件中只能出现一次。"
                        + "请合并这两行后重新上传；如确是两个人，请补填各自的公民身份号码。"
                : "与第 " + first + " 条记录是同一位居民（姓名、出生日期等相符，或身份证号相同）：同一人在一批数据中只能出现一次。"
                        + "请合并这两条记录后重新发送；如确是两个人，请补填各自的公民身份号码。";
    }
}
