-- A debtor's language is optional: without one, letters take the language of a Belgian postcode's
-- region, else the client's default (LetterComposer). Intake stores no language when the document
-- names none, which the NOT NULL of V4 refused (every such invoice was quarantined).
ALTER TABLE debtors ALTER COLUMN language DROP NOT NULL;
