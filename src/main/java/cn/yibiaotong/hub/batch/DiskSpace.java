package cn.yibiaotong.hub.batch;

/**
 * Recognises a write that failed because the disk is full (ENOSPC): the JDK and H2 report it only as text in an
 * IOException's message, "No space left on device" on Linux and "There is not enough space on the disk" on Windows.
 */
public final class DiskSpace {

    public static final String MESSAGE = "服务器磁盘空间已满，本次数据未入库，已入库的数据不受影响。"
            + "请联系管理员清理服务器磁盘（数据目录、上传临时目录）后重新提交。";

    private DiskSpace() {
    }

    public static boolean exhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }
}
