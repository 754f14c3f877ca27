-- Households (户): each resident's household, kept with the other surviving values. household_id is the source's
-- household number (户号) where one exists, else 'A' + a hash of the normalised registered address for residents
-- whose sources give a relationship to the head (GB/T 4761): people registered at one address as one household.
ALTER TABLE resident ADD COLUMN household_id VARCHAR(40);
ALTER TABLE resident ADD COLUMN household_relationship VARCHAR(4);
CREATE INDEX ix_resident_household ON resident (household_id);
