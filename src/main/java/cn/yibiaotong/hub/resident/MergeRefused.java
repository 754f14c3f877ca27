package cn.yibiaotong.hub.resident;

/** A merge or unmerge that cannot be done as asked; the message (Chinese) says why and what to do. */
public class MergeRefused extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT }

    private final Kind kind;

    public MergeRefused(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
