-- The blocking index moves into identity_features (issue 9): each kind of key (identity.BlockingKeys) in a column of
-- its own with its own index, instead of up to five rows per record in identity_block_key. A record is then one row
-- with five small index entries rather than five rows, each with a (key, resident, connector) primary key and an
-- index on the resident; on H2, whose store rewrites every page an insert touches, that was half of the writing of
-- a first ingest (bench/RESULTS.md). The stored features are dropped with the old index: identity.IdentityBackfill
-- files every current source record again, with its keys, in chunks after start-up.
DELETE FROM identity_features;
DROP TABLE identity_block_key;
ALTER TABLE identity_features ADD COLUMN key_bd BIGINT;
ALTER TABLE identity_features ADD COLUMN key_ny BIGINT;
ALTER TABLE identity_features ADD COLUMN key_nc BIGINT;
ALTER TABLE identity_features ADD COLUMN key_ph BIGINT;
ALTER TABLE identity_features ADD COLUMN key_ib BIGINT;
CREATE INDEX ix_identity_key_bd ON identity_features (key_bd);
CREATE INDEX ix_identity_key_ny ON identity_features (key_ny);
CREATE INDEX ix_identity_key_nc ON identity_features (key_nc);
CREATE INDEX ix_identity_key_ph ON identity_features (key_ph);
CREATE INDEX ix_identity_key_ib ON identity_features (key_ib);
