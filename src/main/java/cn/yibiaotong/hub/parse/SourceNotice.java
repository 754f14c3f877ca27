package cn.yibiaotong.hub.parse;

/**
 * Something a reader noticed that the batch report should say, without refusing the file.
 *
 * @param field   the property or column concerned, as the source names it
 * @param message Chinese, for the report; names the record, never a value
 */
public record SourceNotice(String field, String message) {
}
