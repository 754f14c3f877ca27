-- Division codes are digit strings, and every query is scoped by a code prefix (community_code LIKE '510112001%').
-- PostgreSQL answers such a LIKE from a B-tree index only when the column's collation is "C": in a database created
-- with any other (en_US.UTF-8, zh_CN.UTF-8, even C.UTF-8) each community page, count and scoped read scanned the
-- whole resident table (bench/QUERIES-NOTES.md). Digits sort the same under "C", so no order changes. H2 uses its
-- indexes for a prefix LIKE whatever the collation: this is PostgreSQL's alone.
-- The analysts' views name these columns, so they are made again around the change, exactly as V6 and V9 made them.
DROP VIEW v_resident;
ALTER TABLE resident ALTER COLUMN community_code TYPE VARCHAR(12) COLLATE "C";
CREATE VIEW v_resident AS
SELECT id AS resident_id, id_number, name, gender, birth_date, community_code, grid_code, version, updated_at
FROM resident
WHERE merged_into IS NULL;

DROP VIEW v_case;
ALTER TABLE hub_case ALTER COLUMN division_code TYPE VARCHAR(12) COLLATE "C";
CREATE VIEW v_case AS
SELECT c.id AS case_id, c.channel, c.external_ref, c.ledger, c.matter_code, c.title, c.resident_id,
       c.division_code, c.grid_code, c.step, c.department, c.handling_level, c.received_at, c.deadline,
       c.escalated_at, c.closed_at, c.verdict, c.reopen_count,
       CASE WHEN c.closed_at IS NULL AND c.deadline < CURRENT_TIMESTAMP THEN TRUE ELSE FALSE END AS overdue_now,
       CASE WHEN c.closed_at IS NOT NULL AND c.closed_at > c.deadline THEN TRUE ELSE FALSE END AS closed_late,
       (SELECT COUNT(*) FROM case_link l WHERE l.case_id = c.id) AS linked_duplicates
FROM hub_case c;
