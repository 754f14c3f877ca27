package cn.yibiaotong.hub.web;

/**
 * The name an uploaded file is known by (reports, the correction file's name): the browser's name reduced to its
 * last path segment, without control characters, so that "..\..\x.csv" or "/etc/x" can never name a place on the
 * hub's disk. The upload itself is stored under a name the hub makes (a temporary file), never under this one.
 */
public final class UploadFileName {

    static final String FALLBACK = "上传文件";
    private static final int MAX_LENGTH = 200;

    private UploadFileName() {
    }

    public static String of(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
