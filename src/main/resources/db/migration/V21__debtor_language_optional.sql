-- A debtor's language is stored only when the document or export gives one; otherwise the letters
-- take the language of a Belgian postcode's region, else the client's default for its debtors.
ALTER TABLE debtors ALTER COLUMN language DROP NOT NULL;
