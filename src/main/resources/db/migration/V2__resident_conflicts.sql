-- Items on which the sources about a resident currently disagree, kept up to date at each merge, so they can be
-- listed (GET /api/conflicts) and sent back to the sources to fix. source_values is a JSON object
-- connector id -> value; the winner is the value the unified view shows, and reason says why.
CREATE TABLE resident_conflict (
    resident_id       VARCHAR(36)  NOT NULL REFERENCES resident (id),
    item_code         VARCHAR(100) NOT NULL,
    source_values     VARCHAR      NOT NULL,
    winner_connector  VARCHAR(64)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    detected_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resident_id, item_code)
);
CREATE INDEX ix_resident_conflict_item ON resident_conflict (item_code);
