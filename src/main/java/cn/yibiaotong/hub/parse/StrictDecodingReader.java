package cn.yibiaotong.hub.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * Decodes strictly, like InputStreamReader with REPORT, with two differences that the CSV source needs:
 * the characters before a bad byte are delivered before the error is thrown, so the parser's record
 * count says on which row the bad byte sits; and a single record may not grow without bound, so a
 * quote that is never closed cannot pull the rest of a large file into one cell in memory.
 */
final class StrictDecodingReader extends Reader {

    /** Thrown when one record is longer than any real row could be. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(long chars) {
            super("record longer than " + chars + " characters");
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final long maxRecordChars;
    private boolean endOfInput;
    private boolean finished;
    private IOException pending;
    private long delivered;
    private long limit;

    StrictDecodingReader(InputStream in, Charset charset, long maxRecordChars) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxRecordChars = maxRecordChars;
        this.limit = maxRecordChars;
    }

    /** Called after each complete record; the next one gets a fresh allowance. */
    void recordEnded() {
        limit = delivered + maxRecordChars;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        if (finished) {
            return -1;
        }
        if (delivered > limit) {
            throw new RecordTooLongException(maxRecordChars);
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pending = result.isMalformed()
                        ? new MalformedInputException(result.length())
                        : new UnmappableCharacterException(result.length());
                break;
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                finished = true;
                break;
            }
            fill();
        }
        int count = out.position() - offset;
        if (count > 0) {
            delivered += count;
            return count;
        }
        if (pending != null) {
            throw pending;
        }
        return -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
