package cn.yibiaotong.hub.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every reason a file can be refused while it is being read, in one place so the wording stays
 * consistent. Messages go to street-office staff as they are: they name the file (never a cell value)
 * and say what to do next.
 */
final class Rejections {

    private Rejections() {
    }

    static FileRejectedException emptyFile(String file) {
        return new FileRejectedException("empty-file",
                "文件“" + file + "”是空的，没有任何数据行。请确认选择了正确的文件。");
    }

    static FileRejectedException legacyXls(String file) {
        return new FileRejectedException("legacy-xls",
                "文件“" + file + "”是旧版 Excel（.xls）格式，暂不支持。请在 Excel 中“另存为” .xlsx 工作簿或 CSV 后再上传。");
    }

    static FileRejectedException unknownFormat(String file) {
        return new FileRejectedException("unknown-format",
                "无法识别文件“" + file + "”的格式：只接受 CSV（逗号分隔）和 XLSX（Excel 工作簿）。请在 Excel 中“另存为”其中一种格式后再上传。");
    }

    static FileRejectedException formatMismatch(String file, FileFormat actual, FileFormat expected) {
        return new FileRejectedException("format-mismatch",
                "文件“" + file + "”的内容是 " + actual.label() + "，但连接器要求 " + expected.label()
                        + "。请上传 " + expected.label() + " 文件，或联系管理员修改连接器的 format.type。");
    }

    static FileRejectedException gbkWhereUtf8Expected(String file) {
        return new FileRejectedException("wrong-encoding",
                "文件“" + file + "”不是 UTF-8 编码，看起来是 GBK（Excel 另存为 CSV 时的默认编码），按 UTF-8 读取会变成乱码。"
                        + "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或请管理员把连接器的 charset 设为 GBK。");
    }

    static FileRejectedException utf8WhereGbkDeclared(String file) {
        return new FileRejectedException("wrong-encoding",
                "文件“" + file + "”是 UTF-8 编码，但连接器声明为 GBK，按 GBK 读取会变成乱码。"
                        + "请另存为 GBK 编码的 CSV，或请管理员把连接器的 charset 设为 UTF-8 或 auto。");
    }

    static FileRejectedException unknownEncoding(String file) {
        return new FileRejectedException("unknown-encoding",
                "无法识别文件“" + file + "”的字符编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再上传。");
    }

    static FileRejectedException utf16(String file) {
        return new FileRejectedException("utf16",
                "文件“" + file + "”是 UTF-16（Unicode 文本）编码。请另存为“CSV UTF-8（逗号分隔）”后再上传。");
    }

    static FileRejectedException decodeError(String file, long row, String charset) {
        return new FileRejectedException("decode-error",
                "文件“" + file + "”第 " + row + " 行附近有无法按 " + charset
                        + " 解码的字节，文件可能损坏或混用了多种编码。请重新导出后再上传。");
    }

    static FileRejectedException mojibake(String file) {
        return new FileRejectedException("mojibake",
                "文件“" + file + "”中含有乱码字符（�），通常是 GBK 文件被当作 UTF-8 打开后又保存造成的，原文已无法恢复。"
                        + "请从原始系统或原始表格重新导出。");
    }

    static FileRejectedException badXlsx(String file) {
        return new FileRejectedException("bad-xlsx",
                "文件“" + file + "”不是有效的 XLSX 工作簿，可能已损坏或被加密。请在 Excel 中打开确认后重新保存再上传。");
    }

    static FileRejectedException zipBomb(String file) {
        return new FileRejectedException("xlsx-zip-bomb",
                "文件“" + file + "”解压后的大小是压缩后的一百倍以上，不像正常的工作簿（疑似“压缩炸弹”），未读取。"
                        + "请在 Excel 中打开确认内容后重新保存再上传；数据确实很多时请改用 CSV。");
    }

    static FileRejectedException oversizePart(String file, String part, long maxBytes) {
        return new FileRejectedException("xlsx-too-large",
                "文件“" + file + "”中的“" + part + "”解压后超过 " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024)
                        + " MB" : maxBytes / 1024 + " KB") + "，超出可读取的上限，未读取。"
                        + "请把数据拆成几个文件上传，或改用 CSV。");
    }

    /** A failure inside POI while inflating: its own zip-bomb and entry-size checks, or a damaged workbook. */
    static FileRejectedException xlsxFailure(String file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb detected")) {
                return zipBomb(file);
            }
            if (m.contains("exceeds the max entry size") || m.contains("max entry size")) {
                return oversizePart(file, "工作表", WorkbookOpener.MAX_PART_BYTES);
            }
        }
        return badXlsx(file);
    }

    static FileRejectedException unknownSheet(String file, String sheet, List<String> names) {
        String listed = names.stream().map(n -> "“" + n + "”").collect(Collectors.joining("、"));
        return new FileRejectedException("unknown-sheet",
                "工作簿“" + file + "”中没有名为“" + sheet + "”的工作表，现有工作表：" + listed + "。");
    }

    /** Not in the original list: a CSV whose quotes do not pair up cannot be split into cells safely. */
    static FileRejectedException badCsv(String file, long row) {
        return new FileRejectedException("bad-csv",
                "文件“" + file + "”第 " + row + " 行附近的 CSV 格式有误（引号不配对，或引号后紧跟了其他字符）。"
                        + "请在 Excel 中打开确认后重新另存为 CSV 再上传。");
    }

    /** Not in the original list: the disk or upload failed under us, which is not the uploader's doing. */
    static FileRejectedException readError(String file) {
        return new FileRejectedException("read-error",
                "读取文件“" + file + "”时出错，文件可能上传不完整。请重新上传；如果仍然失败，请联系管理员。");
    }
}
