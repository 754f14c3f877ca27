package cn.yibiaotong.hub.delivery;

import java.io.IOException;

/**
 * A value the delivery file's charset cannot hold. Carries where it is (column, data row counted from 1, 0 for
 * the header) and which character, never the value itself: the message may reach a log.
 */
final class UnencodableValue extends IOException {

    private final String charset;
    private final String column;
    private final int row;
    private final int codePoint;

    UnencodableValue(String charset, String column, int row, int codePoint) {
        super("column " + column + ", row " + row + ": U+" + Integer.toHexString(codePoint).toUpperCase()
                + " has no " + charset + " encoding");
        this.charset = charset;
        this.column = column;
        this.row = row;
        this.codePoint = codePoint;
    }

    /** What the operator reads on the delivery: where, which character, and the two ways to fix it. */
    String describe(String connectorName, String connectorId, String connectorFile) {
        String character = " 编码无法表示的字符 U+" + Integer.toHexString(codePoint).toUpperCase();
        String start = "“" + connectorName + "”（" + connectorId + "）的报送文件未生成，未发送任何内容：";
        String other = "或与部门确认其系统能否接收 GB18030 或 UTF-8 编码的文件，再把 " + connectorFile
                + " 中 outbound.file.charset 改为 GB18030 或 UTF-8，然后重新报送。";
        if (row == 0) {
            return start + "表头列名“" + column + "”含有 " + charset + character + "。请在 " + connectorFile
                    + " 中改用 " + charset + " 能表示的列名，" + other;
        }
        return start + "第 " + row + " 条记录（表头下第 " + row + " 行）的“" + column + "”含有 " + charset + character
                + "，照写会被换成“?”，部门收到的将是被改动的内容。请先核对该居民的" + column + "是否录入有误并更正；"
                + "如确为生僻字，请" + other.substring(1);
    }
}
