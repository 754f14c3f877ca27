package cn.yibiaotong.hub.connector;

import java.util.Map;

/**
 * The file a department receives.
 *
 * @param type          {@code csv}, {@code xlsx}, {@code json} or {@code xml}
 * @param charset       {@code UTF-8}, {@code GBK} or {@code GB18030} for CSV (JSON and XML are UTF-8, XLSX has none)
 * @param name          file name with placeholders {@code {division}}, {@code {divisionName}}, {@code {period}}
 * @param title         XLSX title row above the header, same placeholders; null for none
 * @param sheet         XLSX sheet name; null for 花名册
 * @param recordsField  JSON: name of the array holding the records; {@code records} when null
 * @param envelope      JSON: constant fields around the records, e.g. the receiving organisation's code
 * @param rootElement   XML: the document element; {@code Records} when null
 * @param recordElement XML: the element of one record; {@code Record} when null
 */
public record OutboundFile(String type, String charset, String name, String title, String sheet, String recordsField,
                           Map<String, String> envelope, String rootElement, String recordElement) {

    public OutboundFile {
        charset = charset == null ? "UTF-8" : charset;
        sheet = sheet == null ? "花名册" : sheet;
        recordsField = recordsField == null ? "records" : recordsField;
        envelope = envelope == null ? Map.of() : Map.copyOf(envelope);
        rootElement = rootElement == null ? "Records" : rootElement;
        recordElement = recordElement == null ? "Record" : recordElement;
    }
}
