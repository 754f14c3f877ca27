-- The audit log is append-only: UPDATE and DELETE are refused by the database itself, whoever connects.
-- (H2, the embedded default, has no SQL triggers; there the application simply has no path that changes a row.)
-- TRUNCATE is a table owner's privilege: grant the hub's database role only INSERT and SELECT on these tables in
-- production (README, "Audit").
CREATE FUNCTION audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_resident_append_only BEFORE UPDATE OR DELETE ON audit_resident
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
