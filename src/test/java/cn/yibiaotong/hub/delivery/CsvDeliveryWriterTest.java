package cn.yibiaotong.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDeliveryWriterTest {

    /** 𠮷 (U+20BB7), a name character outside GBK: the JDK would write it as "?" through a plain writer. */
    static final String RARE = "\uD842\uDFB7";

    @Test
    void theChosenCharacterIsOutsideGbkButInGb18030() {
        assertThat(Charset.forName("GBK").newEncoder().canEncode(RARE)).isFalse();
        assertThat(Charset.forName("GB18030").newEncoder().canEncode(RARE)).isTrue();
    }

    @Test
    void aCharacterGbkLacksFailsTheWriteNamingColumnAndRowInsteadOfBecomingAQuestionMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDeliveryWriter writer = new CsvDeliveryWriter(out, Charset.forName("GBK"));
        writer.header(List.of("序号", "姓名"));
        writer.row(List.of("1", "张三"));

        assertThatThrownBy(() -> writer.row(List.of("2", "王" + RARE + "祥")))
                .isInstanceOfSatisfying(UnencodableValue.class, e -> assertThat(e.describe("民政月报", "civil-affairs-delivery",
                        "connectors/civil-affairs-delivery.yaml")).isEqualTo("“民政月报”（civil-affairs-delivery）的报送文件未生成，"
                        + "未发送任何内容：第 2 条记录（表头下第 2 行）的“姓名”含有 GBK 编码无法表示的字符 U+20BB7，照写会被换成“?”，"
                        + "部门收到的将是被改动的内容。请先核对该居民的姓名是否录入有误并更正；如确为生僻字，请与部门确认其系统能否接收 "
                        + "GB18030 或 UTF-8 编码的文件，再把 connectors/civil-affairs-delivery.yaml 中 outbound.file.charset 改为 "
                        + "GB18030 或 UTF-8，然后重新报送。"))
                // the exception's own message may reach a log: place and character only, never the value
                .hasMessage("column 姓名, row 2: U+20BB7 has no GBK encoding")
                .message().doesNotContain("王");
        writer.finish();
        assertThat(new String(out.toByteArray(), "GBK")).isEqualTo("序号,姓名\r\n1,张三\r\n").doesNotContain("?");
    }

    @Test
    void gb18030WritesTheSameNameUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDeliveryWriter writer = new CsvDeliveryWriter(out, Charset.forName("GB18030"));
        writer.header(List.of("序号", "姓名"));
        writer.row(List.of("1", "王" + RARE + "祥"));
        writer.finish();

        assertThat(new String(out.toByteArray(), "GB18030")).isEqualTo("序号,姓名\r\n1,王" + RARE + "祥\r\n");
    }
}
