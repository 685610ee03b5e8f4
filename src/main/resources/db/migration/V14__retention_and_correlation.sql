-- Where a debtor's personal data stands: KEPT, CONTACT_ERASED (address, e-mail, phone and accounts gone) or
-- ANONYMISED (name and identifiers replaced as well), and since when.
ALTER TABLE debtors ADD COLUMN personal_data VARCHAR(20) NOT NULL DEFAULT 'KEPT';
ALTER TABLE debtors ADD COLUMN personal_data_changed_on DATE;
CREATE INDEX debtors_personal_data ON debtors (personal_data) WHERE personal_data <> 'ANONYMISED';

-- The correlation id of the inbound file a claim came from, carried on to the actions that send its letters.
ALTER TABLE claims ADD COLUMN correlation_id VARCHAR(40);
ALTER TABLE dunning_actions ADD COLUMN correlation_id VARCHAR(40);
