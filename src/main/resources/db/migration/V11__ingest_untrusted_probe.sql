-- Ingest asks once per chunk whether any stored record lacks a trusted ID number (StoredIdentities.anyUntrusted):
-- when none does, a chunk of ID-bearing rows skips the lookup of ID-less candidates. This index answers that
-- question without scanning the whole blocking index (ten-odd rows per resident at district scale).
CREATE INDEX ix_identity_block_key_trusted ON identity_block_key (id_trusted);
