-- Ingest asks once per chunk whether any stored record lacks a trusted ID number (StoredIdentities.anyUntrusted):
-- when none does, a chunk of ID-bearing rows skips the lookup of ID-less candidates. This index answers that
-- without scanning identity_features; it is on identity_features (one row per source record) rather than
-- identity_block_key (up to five per record), where every ingested row would pay five more index inserts.
CREATE INDEX ix_identity_features_trusted ON identity_features (id_trusted);
