package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import com.carrotsearch.hppc.LongLongHashMap;
import java.util.List;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * While a batch is checked: rejects a row whose citizen ID number an earlier row of the same batch already had,
 * naming that row, so one person is one row of a file and the repeat counts against the batch's threshold.
 * The batch remembers each number's first row in memory (a primitive map: ~32 MB for a million rows).
 * Records of a case connector are demands, several of which one reporter may well raise: they are left alone.
 */
@Component
public class SameIdRows {

    public NormalizedChunk reject(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx) {
        if (ctx.connector().carriesCases()) {
            return chunk;
        }
        LongLongHashMap firstRow = ctx.firstRowOfId();
        String unit = ctx.connector().format().unit();
        chunk.accepted().removeIf(rec -> {
            if (rec.idNumber() == null) {
                return false;
            }
            long key = IdNumbers.asLong(rec.idNumber());
            int slot = firstRow.indexOf(key);
            if (!firstRow.indexExists(slot)) {
                firstRow.indexInsert(slot, key, rec.row());
                return false;
            }
            long first = firstRow.indexGet(slot);
            chunk.rejected().add(new RowRejection(rec.row(), rec.cells(),
                    List.of(new RowIssue(rec.row(), null, null, message(first, unit)))));
            return true;
        });
        return chunk;
    }

    static String message(long first, String unit) {
        return "行".equals(unit)
                ? "与第 " + first + " 行是同一个公民身份号码：同一人在一个文件中只能出现一次。请合并这两行后重新上传。"
                : "与第 " + first + " 条记录是同一个公民身份号码：同一人在一批数据中只能出现一次。请合并这两条记录后重新发送。";
    }
}
