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
    /**
     * How far the batch reads an incremental source (e.g. the largest 经办时间 of a poll); stored with the batch's
     * data in its transaction, so the next pull starts where this one ended, neither skipping nor repeating.
     */
    public static final String WATERMARK = "hubWatermark";
    /** Exchange property holding the {@link BatchContext}. */
    public static final String BATCH_PROPERTY = "hubBatch";

    private IngestHeaders() {
    }
}
