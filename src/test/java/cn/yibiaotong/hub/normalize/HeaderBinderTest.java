package cn.yibiaotong.hub.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Direction;
import cn.yibiaotong.hub.connector.FieldMapping;
import cn.yibiaotong.hub.connector.Transport;
import cn.yibiaotong.hub.datalist.DataItem;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.datalist.ItemType;
import cn.yibiaotong.hub.datalist.Sensitivity;
import cn.yibiaotong.hub.parse.FileRejectedException;
import cn.yibiaotong.hub.parse.FormatSpec;
import cn.yibiaotong.hub.parse.RawRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderBinderTest {

    static final DataList DATA_LIST = new DataList("t", List.of(
            item("person.name", ItemType.TEXT), item("person.id_number", ItemType.ID_NUMBER),
            item("person.community_code", ItemType.DIVISION), item("person.grid_code", ItemType.GRID)), List.of());

    final HeaderBinder binder = new HeaderBinder(DATA_LIST);

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndMarkersAndWidthIgnored() {
        ColumnBinding b = binder.bind(connector("auto"), rows(
                List.of("龙泉街道一表通花名册", "", ""),
                List.of("序号", "* 姓名", "身份证号码（必填）", "所属网格", "所属社区"),
                List.of("1", "张三", "510112200001010014", "", "")), "f.csv");

        assertThat(b.headerRow()).isEqualTo(2);
        assertThat(b.columns()).extracting(c -> c.field().item())
                .containsExactly("person.name", "person.id_number", "person.community_code", "person.grid_code");
        assertThat(b.fileWarnings()).isEmpty();
    }

    @Test
    void anUnknownColumnIsAWarningNamingItsPosition() {
        ColumnBinding b = binder.bind(connector("auto"), rows(List.of("姓名", "公民身份号码", "所属社区", "爱好")), "f.csv");
        assertThat(b.fileWarnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("爱好");
            assertThat(w.message()).startsWith("第 4 列“爱好”不在连接器“花名册”的字段中");
        });
    }

    @Test
    void theCorrectionFilesReasonColumnIsIgnoredSilently() {
        ColumnBinding b = binder.bind(connector("auto"), rows(List.of("姓名", "公民身份号码", "所属社区", "错误原因")), "f.csv");
        assertThat(b.fileWarnings()).isEmpty();
    }

    @Test
    void aColumnTwiceRefusesTheFile() {
        assertThatThrownBy(() -> binder.bind(connector("auto"), rows(List.of("姓名", "公民身份号码", "所属社区", "身份证号")), "f.csv"))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> assertThat(e.code()).isEqualTo("duplicate-column"))
                .hasMessage("文件“f.csv”的表头中“公民身份号码”出现了不止一次（第 4 列）。请删除重复的列后再上传。");
    }

    @Test
    void aFixedHeaderRowThatTheFileDoesNotReach() {
        assertThatThrownBy(() -> binder.bind(connector("3"), rows(List.of("姓名", "公民身份号码", "所属社区")), "f.csv"))
                .hasMessage("文件“f.csv”没有第 3 行，连接器规定表头在该行。请检查文件是否完整。");
    }

    @SafeVarargs
    private static List<RawRow> rows(List<String>... rows) {
        return java.util.stream.IntStream.range(0, rows.length).mapToObj(i -> new RawRow(i + 1, rows[i])).toList();
    }

    private static ConnectorDefinition connector(String headerRow) {
        return new ConnectorDefinition("roster", "花名册", "street-office", Direction.INBOUND, "resident", null,
                new Transport(true, null), new FormatSpec("auto", "auto", headerRow, ",", null), null,
                List.of(new FieldMapping("序号", null, null, false, true, null, null),
                        new FieldMapping("姓名", null, "person.name", true, false, null, null),
                        new FieldMapping("公民身份号码", List.of("身份证号码", "身份证号"), "person.id_number", true, false, null, null),
                        new FieldMapping("所属社区", null, "person.community_code", true, false, null, null),
                        new FieldMapping("所属网格", null, "person.grid_code", false, false, null, null)),
                null, null, null);
    }

    private static DataItem item(String code, ItemType type) {
        return new DataItem(code, code, type, null, null, null, "street-office", Sensitivity.INTERNAL);
    }
}
