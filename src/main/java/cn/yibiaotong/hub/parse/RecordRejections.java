package cn.yibiaotong.hub.parse;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Why a JSON or XML document is refused whole, in one place so the wording stays consistent. Messages name the
 * document, the place (line and column, or record number and field) and the fix, never a value.
 */
final class RecordRejections {

    private RecordRejections() {
    }

    static FileRejectedException emptyDocument(String name) {
        return new FileRejectedException("empty-file", "“" + name + "”是空的，没有任何内容。请发送包含记录的数据。");
    }

    static FileRejectedException badJson(String name, long line, long column) {
        return new FileRejectedException("bad-json", "“" + name + "”第 " + line + " 行第 " + column
                + " 列附近不是有效的 JSON（如缺少引号、逗号或括号，或含有非 UTF-8 字符）。请修正该处后重新发送整批数据。");
    }

    static FileRejectedException tooDeep(String name, int maxDepth, long line) {
        return new FileRejectedException("json-too-deep", "“" + name + "”第 " + Math.max(1, line)
                + " 行的 JSON 嵌套超过 " + maxDepth + " 层，未读取。记录应是一层对象的数组；请检查发送方生成的 JSON。");
    }

    static FileRejectedException notUtf8(String name, long line) {
        return new FileRejectedException("wrong-encoding", "“" + name + "”第 " + Math.max(1, line)
                + " 行附近有不是 UTF-8 编码的字节（JSON 须为 UTF-8）。请以 UTF-8 编码重新发送。");
    }

    static FileRejectedException noRecordsArray(String name, String path) {
        return new FileRejectedException("no-records-array", "“" + name + "”中没有记录数组 " + path
                + "。连接器规定记录放在该位置（JSON 指针），例如 {\"records\": [{…}, {…}]}。请按约定的结构发送。");
    }

    static FileRejectedException recordsNotArray(String name, String path, String actual) {
        return new FileRejectedException("records-not-array", "“" + name + "”中" + where(path)
                + "应为记录数组（[…]），实际是" + actual + "。请把每条记录作为数组中的一个对象发送。");
    }

    static FileRejectedException recordNotObject(String name, long record, String actual) {
        return new FileRejectedException("record-not-object", "“" + name + "”中第 " + record
                + " 条记录应为对象（{…}），实际是" + actual + "。请把每条记录写成 {\"字段\": 值, …} 的形式。");
    }

    static FileRejectedException nestedValue(String name, long record, String field, String actual) {
        return new FileRejectedException("nested-value", "“" + name + "”中第 " + record + " 条记录的字段“" + field
                + "”应为单个值（文本、数字、true/false 或 null），实际是" + actual + "。请把该字段改为单个值。");
    }

    static FileRejectedException duplicateField(String name, long record, String field) {
        return new FileRejectedException("duplicate-field", "“" + name + "”中第 " + record + " 条记录的字段“" + field
                + "”出现了不止一次。请每个字段只写一次。");
    }

    static FileRejectedException badXml(String name, long line, long column) {
        return new FileRejectedException("bad-xml", "“" + name + "”第 " + line + " 行第 " + column
                + " 列附近不是格式正确的 XML（如标签不配对、缺少结束标签、含有非法字符或实际编码与声明不符）。请修正该处后重新发送整批数据。");
    }

    static FileRejectedException xmlDoctype(String name) {
        return new FileRejectedException("xml-doctype", "“" + name + "”含有文档类型声明（<!DOCTYPE …>）。为防范外部实体（XXE）"
                + "和实体膨胀攻击，一表通不接受 DTD 和实体定义。请去掉 <!DOCTYPE …> 部分后重新发送。");
    }

    static FileRejectedException nestedElement(String name, long record, String element) {
        return new FileRejectedException("nested-value", "“" + name + "”中第 " + record + " 条记录的 <" + element
                + "> 含有下级元素，应为单个值。请把该字段改为单个值。");
    }

    private static String where(String path) {
        return path == null || path.isEmpty() ? "最外层" : " " + path + " 处";
    }

    /** A JSON token as a sender would name what they sent. */
    static String kind(JsonToken token) {
        if (token == null) {
            return "空";
        }
        return switch (token) {
            case START_OBJECT -> "对象（{…}）";
            case START_ARRAY -> "数组（[…]）";
            case VALUE_STRING -> "文本";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "数字";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
