-- Casework follow-ups: a phone number found wrong, second visits, the cash receipt.

-- The number a call found wrong; while the debtor's phone is still that number, no SMS goes to it.
ALTER TABLE debtors ADD COLUMN bad_phone VARCHAR(64);

-- A NOT_HOME visit is planned once more: the second visit points at the first and shares its task.
ALTER TABLE visits ADD COLUMN revisit_of BIGINT REFERENCES visits (id);
ALTER TABLE visits DROP CONSTRAINT visits_task_id_key;
CREATE UNIQUE INDEX visits_first_per_task ON visits (task_id) WHERE revisit_of IS NULL;
CREATE UNIQUE INDEX visits_one_revisit ON visits (revisit_of);

-- The debtor's receipt for cash taken at the visit.
ALTER TABLE visits ADD COLUMN receipt_path TEXT;

-- The hub's date of a partner's status update (a judgment makes the bailiff's costs the debtor's to bear).
ALTER TABLE partner_events ADD COLUMN on_date DATE;
