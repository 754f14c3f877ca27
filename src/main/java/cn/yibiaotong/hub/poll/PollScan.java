package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.HttpPoll;
import cn.yibiaotong.hub.parse.FileRejectedException;
import cn.yibiaotong.hub.parse.RawRow;
import cn.yibiaotong.hub.parse.RowSource;
import cn.yibiaotong.hub.parse.RowSources;
import java.nio.file.Path;
import java.util.List;

/**
 * One streaming pass over a poll's response with the same reader the batch will use: how many records it holds (none
 * means nothing changed, and no batch is made) and the largest value of the watermark field among them. Every
 * record counts towards the watermark, rejected ones too: they are in the batch report, and the department resends
 * them with a later time once corrected.
 *
 * @param records   number of records; -1 when the document cannot be read (the batch will report why)
 * @param watermark the largest watermark value, or null
 */
record PollScan(long records, String watermark) {

    static PollScan of(Path file, String name, ConnectorDefinition connector) {
        String field = connector.httpPoll().map(HttpPoll::watermarkField).orElse(null);
        List<List<String>> names = field == null ? List.of() : List.of(List.of(field));
        long records = 0;
        String max = null;
        try (RowSource source = RowSources.open(file, name, connector.format(), names)) {
            if (source.hasNext()) {
                source.next(); // the header of record sources
            }
            while (source.hasNext()) {
                RawRow row = source.next();
                records++;
                String value = row.cell(0).strip();
                if (field != null && !value.isEmpty()) {
                    max = max == null ? value : Watermarks.later(max, value);
                }
            }
            return new PollScan(records, max);
        } catch (FileRejectedException e) {
            return new PollScan(-1, null);
        }
    }
}
