package cn.yibiaotong.hub.normalize;

import java.util.List;
import java.util.Map;

/**
 * A row that passed every check: data-list item codes to normalised values.
 *
 * @param idNumber the normalised 18-digit citizen ID, the resident's key
 * @param cells    the row as the file held it, kept while the chunk lives in case a later stage rejects it
 */
public record NormalizedRecord(long row, String idNumber, Map<String, String> values, List<String> cells) {

    public NormalizedRecord {
        values = Map.copyOf(values);
        cells = List.copyOf(cells);
    }
}
