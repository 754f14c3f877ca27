package cn.yibiaotong.hub.parse;

/**
 * The whole file is refused before any row counts: unknown format, empty file, wrong encoding,
 * a header that matches no mapping. The message is shown to the uploader as is, so it is Chinese,
 * names the file or row, and says how to fix it. It never contains a cell value that may be personal.
 */
public class FileRejectedException extends RuntimeException {

    private final String code;

    /**
     * @param code    stable machine-readable reason, e.g. {@code empty-file}, {@code wrong-encoding}
     * @param message Chinese message for the uploader
     */
    public FileRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
