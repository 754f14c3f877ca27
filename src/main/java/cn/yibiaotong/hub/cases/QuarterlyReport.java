package cn.yibiaotong.hub.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * The quarterly case report as an XLSX workbook: the figures by street, department, ledger and matter, then every
 * case of the quarter (without the reporter's contact details). Written with POI's streaming SXSSFWorkbook, which
 * keeps only a window of rows in memory, so a district's quarter of cases never sits in memory whole.
 */
@Component
public class QuarterlyReport {

    private static final String[] STATS_HEADER = {"代码", "名称", "受理数", "办结数", "办结率（%）", "参评数", "满意率（%）",
        "超期数", "办结用时中位数（小时）"};
    private static final String[] CASE_HEADER = {"编号", "受理时间", "渠道", "台账", "事项", "标题", "社区代码", "网格代码",
        "承办部门", "当前步骤", "办理时限", "办结时间", "是否超期", "群众评价"};

    private final CaseStats stats;
    private final NamedParameterJdbcTemplate jdbc;
    private final CaseViews views;
    private final Clock clock;

    public QuarterlyReport(CaseStats stats, JdbcTemplate jdbc, CaseViews views, Clock clock) {
        this.stats = stats;
        this.jdbc = CaseStats.streaming(jdbc);
        this.views = views;
        this.clock = clock;
    }

    /** The first and the day after the last day of {@code quarter} (1–4) of {@code year}, Beijing time. */
    public static CaseFilter quarterFilter(String divisionPrefix, int year, int quarter) {
        LocalDate first = Year.of(year).atMonth((quarter - 1) * 3 + 1).atDay(1);
        Instant from = first.atStartOfDay(Deadline.CHINA).toInstant();
        Instant to = first.plusMonths(3).atStartOfDay(Deadline.CHINA).toInstant();
        return new CaseFilter(divisionPrefix, null, null, null, null, null, from, to);
    }

    @Transactional(readOnly = true)
    public void write(CaseFilter quarter, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            statsSheet(book, "按街道", stats.compute("division", "town", quarter));
            statsSheet(book, "按部门", stats.compute("department", null, quarter));
            statsSheet(book, "按三本账", stats.compute("ledger", null, quarter));
            statsSheet(book, "按事项", stats.compute("matter", null, quarter));
            caseSheet(book, quarter);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static void statsSheet(SXSSFWorkbook book, String name, StatsReport report) {
        Sheet sheet = book.createSheet(name);
        header(sheet, STATS_HEADER);
        int r = 1;
        for (StatsRow row : report.rows()) {
            statsRow(sheet.createRow(r++), row);
        }
        statsRow(sheet.createRow(r), report.total());
    }

    private static void statsRow(Row row, StatsRow s) {
        row.createCell(0).setCellValue(s.key());
        row.createCell(1).setCellValue(s.name());
        row.createCell(2).setCellValue(s.received());
        row.createCell(3).setCellValue(s.closed());
        number(row, 4, s.closureRate());
        row.createCell(5).setCellValue(s.rated());
        number(row, 6, s.satisfactionRate());
        row.createCell(7).setCellValue(s.overdue());
        number(row, 8, s.medianHoursToClose());
    }

    private void caseSheet(SXSSFWorkbook book, CaseFilter quarter) {
        Sheet sheet = book.createSheet("诉求清单");
        header(sheet, CASE_HEADER);
        MapSqlParameterSource p = new MapSqlParameterSource("now", CaseStore.time(clock.instant()));
        String where = CaseQueries.where(quarter, p);
        int[] r = {1};
        jdbc.query("SELECT * FROM hub_case" + where + " ORDER BY received_at, id", p, rs -> {
            CaseView c = views.view(CaseRow.of(rs, 0), null, 0, List.of());
            Row row = sheet.createRow(r[0]++);
            Object[] cells = {c.id(), c.receivedAt(), c.channel(), c.ledgerName(), c.matterName(), c.title(),
                c.divisionCode(), c.gridCode(), c.departmentName(), c.stepName(), c.deadline(), c.closedAt(),
                c.overdue() ? "是" : "否", c.verdictName()};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Long n) {
                    row.createCell(i).setCellValue(n);
                } else if (cells[i] != null) {
                    row.createCell(i).setCellValue(cells[i].toString());
                }
            }
        });
    }

    private static void header(Sheet sheet, String[] names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
