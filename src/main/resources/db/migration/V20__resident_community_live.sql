-- A community's total (every search, ResidentQueries.search) counts the residents not merged into another. With
-- merged_into in the index the count is read from the index alone instead of looking up each resident's row (H2:
-- a fifth of the page reads of a community page, bench/QUERIES-NOTES.md). It replaces V12's index, whose columns
-- lead this one: the first page is still read from the index in order, and ingest maintains no extra index.
CREATE INDEX ix_resident_community_live ON resident (community_code, name, id_number, merged_into);
DROP INDEX ix_resident_community_order;
