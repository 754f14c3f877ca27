-- What the hub knows about each connector's transport between batches: how far an incremental pull has read
-- (the watermark, written in the same transaction as the batch it belongs to, so a crash can neither skip nor
-- repeat rows), and how its last runs went, for GET /api/connectors and the operator.
CREATE TABLE connector_state (
    connector_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    watermark             VARCHAR(500),
    last_run_at           TIMESTAMP WITH TIME ZONE,
    last_success_at       TIMESTAMP WITH TIME ZONE,
    last_error            VARCHAR(2000),
    last_error_at         TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INTEGER       NOT NULL DEFAULT 0
);
