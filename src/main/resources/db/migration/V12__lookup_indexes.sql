-- Payment matching looks claims up by invoice number (as written in a transfer's free text, upper-cased) and by
-- debtor; without these indexes each bank movement read every open claim.
CREATE INDEX claims_number_upper ON claims (upper(number));
CREATE INDEX claims_debtor ON claims (debtor_id);
