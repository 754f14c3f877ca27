-- A department system's own key for one push (HTTP header Idempotency-Key). A push resent because its answer was
-- lost (the hub restarted, the network dropped) is answered from the batch it already made instead of being read
-- twice. Not unique: a push whose batch was interrupted is read again under the same key.
ALTER TABLE batch ADD COLUMN idempotency_key VARCHAR(200);
CREATE INDEX ix_batch_idempotency_key ON batch (connector_id, idempotency_key);
