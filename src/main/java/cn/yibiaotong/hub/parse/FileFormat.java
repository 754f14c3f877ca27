package cn.yibiaotong.hub.parse;

import java.util.Locale;

/**
 * The formats the hub reads; what the content is, or what a connector's {@code format.type} demands. JSON and XML
 * are never sniffed: a connector that takes them says so, and only they are read as documents of records.
 */
enum FileFormat {
    CSV, XLSX, JSON, XML;

    String label() {
        return name();
    }

    /** @return null for {@code auto}: any readable format is accepted */
    static FileFormat required(String type) {
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new IllegalArgumentException("format.type must be auto, csv, xlsx, json or xml, not: " + type);
        };
    }
}
