package cn.yibiaotong.hub.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and XML documents read as a header row of the connector's fields, then one row per record. */
class RecordSourceTest {

    static final List<List<String>> FIELDS = List.of(List.of("sfzh", "身份证"), List.of("xm"), List.of("xb"));
    static final FormatSpec JSON = FormatSpec.records("json", "/records", null);
    static final FormatSpec XML = FormatSpec.records("xml", null, "Person");

    @TempDir
    Path dir;

    @Test
    void jsonRecordsBecomeRowsInFieldOrderNumberedByRecord() throws IOException {
        Path file = write("a.json", """
                {"jgdm": "510112-WJJ", "meta": {"n": [1, 2]},
                 "records": [{"xb": "M", "sfzh": "510112195003120017", "xm": "王德明"},
                             {"身份证": "510112196001010013", "xm": null, "age": 66, "flag": true}],
                 "dcsj": "2026-11-20"}""");
        List<RawRow> rows = new ArrayList<>();
        List<SourceNotice> notices;
        try (RowSource source = RowSources.open(file, "推送数据", JSON, FIELDS)) {
            source.forEachRemaining(rows::add);
            notices = source.drainNotices();
        }
        assertThat(rows).containsExactly(new RawRow(0, List.of("sfzh", "xm", "xb")),
                new RawRow(1, List.of("510112195003120017", "王德明", "M")),
                new RawRow(2, List.of("510112196001010013", "", "")));
        assertThat(notices).extracting(SourceNotice::message).containsExactly(
                "“推送数据”中的字段“age”（第 2 条记录起出现）不在连接器的字段中，其内容未读取。如需导入，请联系管理员在连接器中添加该字段。",
                "“推送数据”中的字段“flag”（第 2 条记录起出现）不在连接器的字段中，其内容未读取。如需导入，请联系管理员在连接器中添加该字段。");
    }

    @Test
    void jsonDocumentThatIsTheArrayItself() throws IOException {
        Path file = write("b.json", "[{\"xm\": \"甲\"}, {\"xm\": \"乙\"}]");
        try (RowSource source = RowSources.open(file, "推送数据", FormatSpec.records("json", null, null), FIELDS)) {
            source.next();
            assertThat(source.next().cells()).containsExactly("", "甲", "");
            assertThat(source.next().rowNumber()).isEqualTo(2);
            assertThat(source.hasNext()).isFalse();
        }
    }

    @Test
    void jsonSyntaxErrorNamesLineAndColumn() throws IOException {
        Path file = write("c.json", "{\"records\": [\n  {\"xm\": \"甲\"},\n  {\"xm\": \"乙\" \"xb\": \"F\"}\n]}");
        assertRefused(file, JSON, "bad-json", "“推送数据”第 3 行第 14 列附近不是有效的 JSON（如缺少引号、逗号或括号，或含有非 UTF-8 字符）。请修正该处后重新发送整批数据。");
    }

    @Test
    void jsonSyntaxErrorAfterTheRecordsStillRefusesTheDocument() throws IOException {
        Path file = write("d.json", "{\"records\": [{\"xm\": \"甲\"}], \"dcsj\": }");
        assertRefused(file, JSON, "bad-json", "“推送数据”第 1 行第 36 列附近不是有效的 JSON（如缺少引号、逗号或括号，或含有非 UTF-8 字符）。请修正该处后重新发送整批数据。");
    }

    @Test
    void jsonOfTheWrongShapeIsRefusedSayingWhat() throws IOException {
        assertRefused(write("e.json", "{\"data\": []}"), JSON, "no-records-array",
                "“推送数据”中没有记录数组 /records。连接器规定记录放在该位置（JSON 指针），例如 {\"records\": [{…}, {…}]}。请按约定的结构发送。");
        assertRefused(write("f.json", "{\"records\": {\"xm\": \"甲\"}}"), JSON, "records-not-array",
                "“推送数据”中 /records 处应为记录数组（[…]），实际是对象（{…}）。请把每条记录作为数组中的一个对象发送。");
        assertRefused(write("g.json", "{\"records\": [{\"xm\": \"甲\"}, \"乙\"]}"), JSON, "record-not-object",
                "“推送数据”中第 2 条记录应为对象（{…}），实际是文本。请把每条记录写成 {\"字段\": 值, …} 的形式。");
        assertRefused(write("h.json", "{\"records\": [{\"xm\": {\"xing\": \"王\"}}]}"), JSON, "nested-value",
                "“推送数据”中第 1 条记录的字段“xm”应为单个值（文本、数字、true/false 或 null），实际是对象（{…}）。请把该字段改为单个值。");
        assertRefused(write("i.json", "{\"records\": [{\"xm\": \"甲\", \"xm\": \"乙\"}]}"), JSON, "duplicate-field",
                "“推送数据”中第 1 条记录的字段“xm”出现了不止一次。请每个字段只写一次。");
        assertRefused(write("j.json", "  \n "), JSON, "empty-file", "“推送数据”是空的，没有任何内容。请发送包含记录的数据。");
    }

    @Test
    void xmlRecordsAreTheRecordElementsWithTheirChildElementsAndAttributes() throws IOException {
        Path file = write("a.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <PersonList count="2">
                  <Person xb="1"><sfzh>510112196001010013</sfzh><xm>李&amp;建华</xm><!-- c --><BZ>x</BZ></Person>
                  <Person><xm><![CDATA[张 三]]></xm></Person>
                </PersonList>""");
        List<RawRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, "轮询数据", XML, FIELDS)) {
            source.forEachRemaining(rows::add);
            assertThat(source.drainNotices()).extracting(SourceNotice::field).containsExactly("BZ");
        }
        assertThat(rows).containsExactly(new RawRow(0, List.of("sfzh", "xm", "xb")),
                new RawRow(1, List.of("510112196001010013", "李&建华", "1")), new RawRow(2, List.of("", "张 三", "")));
    }

    @Test
    void xmlExternalEntityIsRefusedAndNothingIsFetched() throws IOException {
        Path secret = write("secret.txt", "510112196001010013");
        Path file = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE PersonList [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<PersonList><Person><xm>&xxe;</xm></Person></PersonList>");
        assertRefused(file, XML, "xml-doctype", "“轮询数据”含有文档类型声明（<!DOCTYPE …>）。为防范外部实体（XXE）"
                + "和实体膨胀攻击，一表通不接受 DTD 和实体定义。请去掉 <!DOCTYPE …> 部分后重新发送。");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = write("lol.xml", "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<PersonList><Person><xm>&lol9;</xm></Person></PersonList>");
        assertRefused(file, XML, "xml-doctype", "“轮询数据”含有文档类型声明（<!DOCTYPE …>）。为防范外部实体（XXE）"
                + "和实体膨胀攻击，一表通不接受 DTD 和实体定义。请去掉 <!DOCTYPE …> 部分后重新发送。");
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path file = write("bad.xml", "<PersonList>\n<Person><xm>甲</xm></Person>\n<Person><xm>乙</Person>\n</PersonList>");
        assertRefused(file, XML, "bad-xml", "“轮询数据”第 3 行第 16 列附近不是格式正确的 XML（如标签不配对、缺少结束标签、含有非法字符或实际编码与声明不符）。请修正该处后重新发送整批数据。");
    }

    @Test
    void nestedXmlFieldIsRefused() throws IOException {
        Path file = write("nested.xml", "<PersonList><Person><xm><xing>王</xing></xm></Person></PersonList>");
        assertRefused(file, XML, "nested-value", "“轮询数据”中第 1 条记录的 <xm> 含有下级元素，应为单个值。请把该字段改为单个值。");
    }

    private void assertRefused(Path file, FormatSpec spec, String code, String message) {
        String name = spec == XML ? "轮询数据" : "推送数据";
        assertThatThrownBy(() -> {
            try (RowSource source = RowSources.open(file, name, spec, FIELDS)) {
                source.forEachRemaining(r -> { });
            }
        }).isInstanceOfSatisfying(FileRejectedException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
