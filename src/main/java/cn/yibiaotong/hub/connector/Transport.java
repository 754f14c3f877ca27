package cn.yibiaotong.hub.connector;

/**
 * How files reach the hub for this connector.
 *
 * @param upload   true when staff may upload through {@code POST /api/uploads?connector=}
 * @param fileDrop a watched folder, or null
 * @param push     true when the department's system pushes its records to {@code POST /api/inbound/<id>}
 * @param httpPoll the department's HTTP endpoint the hub polls on a schedule, or null
 * @param jdbcPull incremental pull from the department's database, or null
 */
public record Transport(boolean upload, FileDrop fileDrop, boolean push, HttpPoll httpPoll, JdbcPull jdbcPull) {

    /** Upload and drop folder only. */
    public Transport(boolean upload, FileDrop fileDrop) {
        this(upload, fileDrop, false, null, null);
    }
}
