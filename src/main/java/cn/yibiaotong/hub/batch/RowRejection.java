package cn.yibiaotong.hub.batch;

import java.util.List;

/** A rejected row: its original cells (for the correction file) and every reason. */
public record RowRejection(long row, List<String> cells, List<RowIssue> issues) {

    public RowRejection {
        cells = List.copyOf(cells);
        issues = List.copyOf(issues);
    }
}
