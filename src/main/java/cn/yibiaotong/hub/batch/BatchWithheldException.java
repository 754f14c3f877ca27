package cn.yibiaotong.hub.batch;

/**
 * Every row was read and counted, but the batch must not change the unified view: it was a dry run,
 * or too many rows were rejected. Thrown inside the transaction so that everything it wrote rolls back.
 */
public class BatchWithheldException extends RuntimeException {

    private final BatchStatus status;

    public BatchWithheldException(BatchStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public BatchStatus status() {
        return status;
    }
}
