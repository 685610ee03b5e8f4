-- Debtors are matched across documents by any of their identifiers, each kept in a normalised form.
ALTER TABLE debtors ADD COLUMN vat_key        VARCHAR(40);
ALTER TABLE debtors ADD COLUMN enterprise_key VARCHAR(40);
ALTER TABLE debtors ADD COLUMN endpoint_key   VARCHAR(120);
ALTER TABLE debtors ADD COLUMN email_key      VARCHAR(254);
ALTER TABLE debtors ADD COLUMN debtor_type    VARCHAR(20) NOT NULL DEFAULT 'BUSINESS';
ALTER TABLE debtors ADD COLUMN language       VARCHAR(2)  NOT NULL DEFAULT 'nl';

UPDATE debtors
   SET vat_key = NULLIF(upper(regexp_replace(coalesce(vat_id, ''), '[^A-Za-z0-9]', '', 'g')), ''),
       enterprise_key = NULLIF(upper(regexp_replace(coalesce(company_id, ''), '[^A-Za-z0-9]', '', 'g')), ''),
       endpoint_key = NULLIF(upper(regexp_replace(coalesce(endpoint_id, ''), '\s', '', 'g')), ''),
       email_key = NULLIF(lower(trim(coalesce(email, ''))), '');

CREATE INDEX debtors_vat_key ON debtors (connector_id, vat_key);
CREATE INDEX debtors_enterprise_key ON debtors (connector_id, enterprise_key);
CREATE INDEX debtors_endpoint_key ON debtors (connector_id, endpoint_key);
CREATE INDEX debtors_email_key ON debtors (connector_id, email_key);

-- How the due date was found: in the document, from its payment terms, or the connector's default term.
ALTER TABLE claims ADD COLUMN due_date_basis TEXT NOT NULL DEFAULT 'document';
UPDATE claims SET due_date_basis = 'connector default term' WHERE due_date_derived;

-- A credit note names the invoice it corrects; it is applied to it once, now or when the invoice arrives.
ALTER TABLE claims ADD COLUMN credit_for_number VARCHAR(120);
ALTER TABLE claims ADD COLUMN credit_applied_to BIGINT REFERENCES claims (id);
CREATE INDEX claims_waiting_credits ON claims (connector_id, seller_key, credit_for_number)
    WHERE credit_for_number IS NOT NULL AND credit_applied_to IS NULL;

-- Every inbound file by content hash, so the same file delivered twice is taken once.
CREATE TABLE received_files (
    connector_id   VARCHAR(64)  NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    file_name      VARCHAR(500) NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (connector_id, content_sha256)
);
