-- Ingest in steps (issue 9, bench/RESULTS.md): a batch is first checked as a whole (nothing in the unified view is
-- touched until it has passed its rejection threshold), then applied in committed steps of hub.ingest.step-rows rows.
-- applied_through: the last row of the last committed step, null while no step of the batch is committed; with the
-- counts written in the same commit it says exactly what of an interrupted batch is in the store.
ALTER TABLE batch ADD COLUMN applied_through BIGINT;

-- The cells the batch saved (delivery.CellsSaved), counted while it was applied and stored with its outcome rather
-- than recomputed from every resident of the batch on each read of its report.
ALTER TABLE batch ADD COLUMN cells_uploaded BIGINT;
ALTER TABLE batch ADD COLUMN cells_by_department VARCHAR(2000);

-- Current records are read by resident (and connector), which the primary key (resident_id, connector_id, version)
-- already orders; this index only cost every ingested row one more insert.
DROP INDEX ix_resident_record_current;

-- An ID number repeated within a batch is found while the batch is checked, in memory, not through batch_row.
DROP INDEX ix_batch_row_id_number;
