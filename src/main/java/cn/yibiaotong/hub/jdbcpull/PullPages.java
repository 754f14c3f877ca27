package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.ConnectorStates;
import cn.yibiaotong.hub.connector.JdbcPull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Reads a department's database page by page for the {@code jdbc-pull} route. Each page becomes a UTF-8 CSV file
 * with the department's column names as header, so it enters the one ingest pipeline exactly like a file the
 * department had dropped, and is mapped by the same connector fields.
 */
@Component("jdbcPullPages")
public class PullPages {

    private final ConnectorCatalog catalog;
    private final ConnectorStates states;
    private final DepartmentDatabases databases;

    public PullPages(ConnectorCatalog catalog, ConnectorStates states, DepartmentDatabases databases) {
        this.catalog = catalog;
        this.states = states;
        this.databases = databases;
    }

    /** Starts a run from the stored watermark; the department's clock fixes how recent a row this run may read. */
    public void start(Exchange exchange) {
        ConnectorDefinition connector = catalog.find(exchange.getMessage().getHeader(IngestHeaders.CONNECTOR, String.class))
                .orElseThrow();
        DepartmentDatabase db = databases.of(connector);
        // Why the safety lag: the department stamps GXSJ when its transaction writes the row, but the row becomes
        // visible only when that transaction commits. A transaction that stamped 10:00:00 and commits at 10:00:03
        // would be invisible to a pull at 10:00:02, which may already have stored rows stamped 10:00:01 and moved
        // the watermark past 10:00:00: that row would be skipped for ever. Reading only rows stamped before the
        // department's now() minus the lag leaves such rows for a later pull, provided no department transaction
        // runs longer than the lag. The department's clock, not the hub's, because the stamps are the department's.
        LocalDateTime cutoff = db.now().minus(JdbcPull.duration(db.settings().safetyLag()));
        Optional<PullWatermark> watermark = states.watermark(connector.id()).map(PullWatermark::parse);
        exchange.setProperty(PullRun.PROPERTY, new PullRun(db, cutoff, watermark));
    }

    /**
     * Reads the page after the run's watermark into a temporary CSV file and makes it the message body, with the
     * page's last (watermark, key) as the {@link IngestHeaders#WATERMARK} the batch stores; or, when nothing is
     * left, ends the run's loop with an empty body.
     */
    public void nextPage(Exchange exchange) throws IOException {
        PullRun run = exchange.getProperty(PullRun.PROPERTY, PullRun.class);
        DepartmentDatabase db = run.database();
        Path file = Files.createTempFile("jdbc-pull-" + db.connector().id() + "-", ".csv");
        Message message = exchange.getMessage();
        try {
            Page page = db.page(run.cutoff(), run.watermark(), rs -> write(rs, file, db));
            if (page.rows() == 0) {
                Files.delete(file);
                run.caughtUp();
                message.setBody(null);
                return;
            }
            run.pageRead(file, page.rows(), page.end());
            message.setBody(file.toFile());
            String source = db.settings().table() == null ? "query" : db.settings().table();
            message.setHeader(IngestHeaders.FILE_NAME, source + " 第 " + run.pages() + " 页");
            message.setHeader(IngestHeaders.WATERMARK, page.end().text());
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private record Page(int rows, PullWatermark end) {
    }

    private static Page write(ResultSet rs, Path file, DepartmentDatabase db) throws SQLException {
        JdbcPull pull = db.settings();
        ResultSetMetaData meta = rs.getMetaData();
        String[] header = new String[meta.getColumnCount()];
        for (int i = 0; i < header.length; i++) {
            header[i] = meta.getColumnLabel(i + 1);
        }
        int watermarkColumn = column(header, pull.watermarkColumn(), "watermarkColumn", db);
        int keyColumn = column(header, pull.keyColumn(), "keyColumn", db);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(db.connector().format().delimiter())
                .setHeader(header).get();
        int rows = 0;
        PullWatermark end = null;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = format.print(out)) {
            while (rs.next()) {
                for (int i = 1; i <= header.length; i++) {
                    csv.print(rs.getString(i));
                }
                csv.println();
                end = new PullWatermark(rs.getObject(watermarkColumn, LocalDateTime.class), rs.getString(keyColumn));
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Page(rows, end);
    }

    private static int column(String[] header, String name, String key, DepartmentDatabase db) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        throw PullSetupException.missingColumn(db.connector(), key, name);
    }
}
