package cn.yibiaotong.hub.batch;

/** Message headers every inbound transport sets before a file enters the ingest route. */
public final class IngestHeaders {

    /** Connector id, e.g. {@code street-roster}. */
    public static final String CONNECTOR = "hubConnector";
    /** File name as the uploader gave it; shown in reports. */
    public static final String FILE_NAME = "hubFileName";
    /** {@code upload}, {@code file-drop}, {@code push} or {@code http-poll}. */
    public static final String CHANNEL = "hubChannel";
    /** {@code true} to check only and store no resident data. */
    public static final String DRY_RUN = "hubDryRun";
    /** Account or system that submitted the batch. */
    public static final String SUBMITTED_BY = "hubSubmittedBy";
    /** Division prefix the submitting account may write; rows placed elsewhere are rejected. Absent: no limit. */
    public static final String WRITE_SCOPE = "hubWriteScope";
    /**
     * How far an incremental transport (a database pull, an HTTP poll) has read once this batch is stored, in the
     * transport's notation; saved in the batch's own transaction, so the batch and the watermark are stored together
     * or not at all.
     */
    public static final String WATERMARK = "hubWatermark";
    /** A push's Idempotency-Key, kept on its batch (see {@link PushReplays}); absent for other channels. */
    public static final String IDEMPOTENCY_KEY = "hubIdempotencyKey";
    /** Exchange property holding the {@link BatchContext}. */
    public static final String BATCH_PROPERTY = "hubBatch";

    private IngestHeaders() {
    }
}
