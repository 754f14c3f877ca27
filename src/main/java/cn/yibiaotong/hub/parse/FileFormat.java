package cn.yibiaotong.hub.parse;

import java.util.Locale;

/** The two formats the hub reads; what the content is, or what a connector's {@code format.type} demands. */
enum FileFormat {
    CSV, XLSX;

    String label() {
        return name();
    }

    /** @return null for {@code auto}: any readable format is accepted */
    static FileFormat required(String type) {
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new IllegalArgumentException("format.type must be auto, csv or xlsx, not: " + type);
        };
    }
}
