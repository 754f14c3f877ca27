-- Searches list residents in (community, name, ID number) order (ResidentQueries.search). With this index a
-- community's first page is read from the index in order instead of sorting the whole community, and its count is a
-- range of the index. It replaces the community index (its leading column), so ingest maintains no extra index.
CREATE INDEX ix_resident_community_order ON resident (community_code, name, id_number);
DROP INDEX ix_resident_community;
