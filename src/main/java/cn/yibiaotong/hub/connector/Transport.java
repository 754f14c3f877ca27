package cn.yibiaotong.hub.connector;

/**
 * How files reach the hub for this connector.
 *
 * @param upload   true when staff may upload through {@code POST /api/uploads?connector=}
 * @param fileDrop a watched folder, or null
 * @param jdbcPull incremental pull from the department's database, or null
 */
public record Transport(boolean upload, FileDrop fileDrop, JdbcPull jdbcPull) {

    /** Upload and drop folder only. */
    public Transport(boolean upload, FileDrop fileDrop) {
        this(upload, fileDrop, null);
    }
}
