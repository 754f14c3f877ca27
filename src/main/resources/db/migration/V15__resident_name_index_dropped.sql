-- No query reads resident by its name alone: a name search is a LIKE '%…%' containment (ResidentQueries.search),
-- which no B-tree index answers, and a community's residents come in name order from ix_resident_community_order.
-- The index only cost every new resident one more insert at a random place in it (issue 9, bench/RESULTS.md).
DROP INDEX ix_resident_name;
