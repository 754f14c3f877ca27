package cn.yibiaotong.hub.community;

import cn.yibiaotong.hub.datalist.DataItem;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The community's residents with the departments' items as a workbook, page by page into a streaming SXSSF
 * workbook: one row per resident, one column per department item (its name, e.g. 低保类型), readable values.
 */
@Component
public class CommunityWorkbook {

    private static final int PAGE = 500;

    private final CommunityResidents residents;
    private final CommunityItems items;

    public CommunityWorkbook(CommunityResidents residents, CommunityItems items) {
        this.residents = residents;
        this.items = items;
    }

    public void write(String divisionPrefix, String grid, String department, OutputStream out) throws IOException {
        write(divisionPrefix, grid, department, new Disclosure(code -> true, r -> r, ids -> { }), out);
    }

    /**
     * @param disclosure what the reader may see: the item columns, each resident as shown, and a hook told which
     *                   residents each page wrote (the audit log)
     */
    public void write(String divisionPrefix, String grid, String department, Disclosure disclosure, OutputStream out)
            throws IOException {
        List<DataItem> columns = items.of(department).stream().filter(c -> disclosure.column().test(c.code())).toList();
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("居民");
            List<String> header = new ArrayList<>(List.of("姓名", "公民身份号码", "所属社区", "所属网格"));
            columns.forEach(c -> header.add(c.name()));
            header.add("体检逾期");
            write(sheet.createRow(0), header);
            int next = 1;
            for (int page = 0; ; page++) {
                List<CommunityResident> rows = residents.page(divisionPrefix, grid, department, page, PAGE);
                disclosure.written().accept(rows.stream().map(CommunityResident::residentId).toList());
                for (CommunityResident read : rows) {
                    CommunityResident r = disclosure.shown().apply(read);
                    Map<String, CommunityResident.DepartmentItem> byCode = r.items().stream()
                            .collect(Collectors.toMap(CommunityResident.DepartmentItem::code, i -> i));
                    List<String> cells = new ArrayList<>(List.of(r.name() == null ? "" : r.name(), r.idNumber(),
                            r.communityName() == null ? r.communityCode() : r.communityName(),
                            r.gridName() == null ? (r.gridCode() == null ? "" : r.gridCode()) : r.gridName()));
                    for (DataItem c : columns) {
                        CommunityResident.DepartmentItem i = byCode.get(c.code());
                        cells.add(i == null ? "" : i.display() != null ? i.display() : i.value());
                    }
                    cells.add(r.healthCheckOverdue() ? "是" : "");
                    write(sheet.createRow(next++), cells);
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    /**
     * @param column  whether an item's column is written
     * @param shown   a resident as the reader may see it (masked values)
     * @param written told the resident ids of each page as it is written
     */
    public record Disclosure(Predicate<String> column, UnaryOperator<CommunityResident> shown,
                             Consumer<List<String>> written) {
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
