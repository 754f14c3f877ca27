package cn.yibiaotong.hub.batch;

/** Where a batch stands. Only COMPLETED batches change the unified view. */
public enum BatchStatus {
    /** Being read; a batch left RUNNING after a crash is recovered by the operations work. */
    RUNNING,
    /** Every row counted; accepted rows are in the unified view. */
    COMPLETED,
    /** Checked only ({@code dryRun=true}); the report and rejections are kept, no resident data. */
    DRY_RUN,
    /** Too many rows rejected for the connector's threshold; no resident data stored. */
    REFUSED,
    /** The file as a whole could not be read (format, encoding, header); nothing stored. */
    FAILED
}
