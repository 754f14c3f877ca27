package cn.yibiaotong.hub.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Folds the joined rows (one per issue, ordered by row) back into one {@link RowRejection} per row. */
final class RejectedRowCollector implements RowCallbackHandler {

    private final Consumer<RowRejection> consumer;
    private final Function<String, List<String>> cellsParser;
    private Long currentRow;
    private List<String> currentCells;
    private final List<RowIssue> currentIssues = new ArrayList<>();

    RejectedRowCollector(Consumer<RowRejection> consumer, Function<String, List<String>> cellsParser) {
        this.consumer = consumer;
        this.cellsParser = cellsParser;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        long row = rs.getLong("row_no");
        if (currentRow == null || currentRow != row) {
            flush();
            currentRow = row;
            currentCells = cellsParser.apply(rs.getString("cells"));
        }
        String message = rs.getString("message");
        if (message != null) {
            currentIssues.add(new RowIssue(row, rs.getString("column_name"), rs.getString("cell_value"), message));
        }
    }

    void flush() {
        if (currentRow != null) {
            consumer.accept(new RowRejection(currentRow, currentCells, currentIssues));
            currentIssues.clear();
            currentRow = null;
        }
    }
}
