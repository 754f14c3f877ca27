-- Deliveries up the chain: one file produced for one outbound connector, division prefix and period, and its
-- sending. The file itself is stored under hub.delivery.store-dir as <id>.<ext>, with its SHA-256 here.
-- Retries are rows, not threads: next_attempt_at is when the retry route picks the delivery up again, so a
-- restart loses nothing. status: PENDING, SENDING (claimed; next_attempt_at is the lease), RETRYING,
-- DELIVERED, DEAD_LETTER. The delivery id is the Idempotency-Key of every HTTP attempt.
CREATE TABLE delivery (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    connector_id     VARCHAR(64)   NOT NULL,
    department       VARCHAR(64)   NOT NULL,
    division_prefix  VARCHAR(12)   NOT NULL,
    period           VARCHAR(7)    NOT NULL,
    trigger_kind     VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    target           VARCHAR(1000) NOT NULL,
    file_name        VARCHAR(300)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    stored_file      VARCHAR(1000) NOT NULL,
    checksum         VARCHAR(64),
    byte_size        BIGINT,
    row_count        INTEGER       NOT NULL DEFAULT 0,
    removed_count    INTEGER       NOT NULL DEFAULT 0,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    max_attempts     INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    response_status  INTEGER,
    response_body    VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX ix_delivery_connector ON delivery (connector_id, division_prefix, created_at);

-- Who each delivery carried (ROW) and who dropped out since the previous delivery (REMOVED, with the reason),
-- so the next delivery can tell the department who left and why.
CREATE TABLE delivery_resident (
    delivery_id  VARCHAR(36)  NOT NULL REFERENCES delivery (id),
    resident_id  VARCHAR(36)  NOT NULL REFERENCES resident (id),
    kind         VARCHAR(10)  NOT NULL,
    reason       VARCHAR(500),
    PRIMARY KEY (delivery_id, resident_id)
);
