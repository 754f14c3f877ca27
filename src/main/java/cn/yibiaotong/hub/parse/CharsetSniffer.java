package cn.yibiaotong.hub.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses the charset of a CSV file from its first 64 KB. Excel on Chinese Windows saves CSV as GBK
 * unless staff pick "CSV UTF-8", which adds a BOM; other systems write UTF-8 without one. Valid UTF-8
 * with Chinese text is practically never valid GBK by accident, so UTF-8 is tried first.
 */
final class CharsetSniffer {

    static final int SAMPLE_SIZE = 64 * 1024;

    private static final Charset GBK = Charset.forName("GB18030");
    private static final TextEncoding UTF8_PLAIN = new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0);
    private static final TextEncoding UTF8_BOM = new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 3);
    private static final TextEncoding GBK_PLAIN = new TextEncoding(GBK, "GBK", 0);

    private enum Declared { AUTO, UTF8, GBK }

    private CharsetSniffer() {
    }

    static TextEncoding detect(Path file, String fileName, String declaredCharset) {
        Declared declared = declared(declaredCharset);
        byte[] read = FileBytes.head(file, SAMPLE_SIZE + 1, fileName);
        boolean whole = read.length <= SAMPLE_SIZE;
        int length = Math.min(read.length, SAMPLE_SIZE);
        if (FileBytes.hasUtf16Bom(read)) {
            throw Rejections.utf16(fileName);
        }
        if (FileBytes.hasUtf8Bom(read)) {
            // The BOM is Excel's own "CSV UTF-8" mark: stronger evidence than any decoding attempt.
            if (declared == Declared.GBK) {
                throw Rejections.utf8WhereGbkDeclared(fileName);
            }
            return UTF8_BOM;
        }
        boolean utf8 = decodes(StandardCharsets.UTF_8, read, length, whole);
        return switch (declared) {
            case UTF8 -> {
                if (!utf8 && decodes(GBK, read, length, whole)) {
                    throw Rejections.gbkWhereUtf8Expected(fileName);
                }
                yield UTF8_PLAIN; // bytes valid in neither: the full decode names the row
            }
            case GBK -> {
                if (utf8 && hasNonAscii(read, length)) {
                    throw Rejections.utf8WhereGbkDeclared(fileName);
                }
                yield GBK_PLAIN;
            }
            case AUTO -> {
                if (utf8) {
                    yield UTF8_PLAIN;
                }
                if (decodes(GBK, read, length, whole)) {
                    yield GBK_PLAIN;
                }
                throw Rejections.unknownEncoding(fileName);
            }
        };
    }

    /**
     * When the sample is not the whole file, a character cut at its end is left undecoded rather than
     * reported: the decoder is simply told that more input would follow.
     */
    private static boolean decodes(Charset charset, byte[] bytes, int length, boolean whole) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 2);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, whole);
        if (!result.isError() && whole) {
            result = decoder.flush(out);
        }
        return !result.isError();
    }

    private static boolean hasNonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static Declared declared(String charset) {
        return switch (charset.trim().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "AUTO" -> Declared.AUTO;
            case "UTF-8", "UTF8" -> Declared.UTF8;
            case "GBK", "GB2312", "GB18030" -> Declared.GBK;
            default -> throw new IllegalArgumentException("format.charset must be auto, UTF-8 or GBK, not: " + charset);
        };
    }
}
