-- Payments and reconciliation: camt.053 beside CODA, allocations that can be undone, overpayment credits,
-- refund tasks, and the accounts debtors are known to pay from.

ALTER TABLE bank_statements
    ADD COLUMN format          VARCHAR(10)   NOT NULL DEFAULT 'CODA',
    ADD COLUMN currency        CHAR(3),
    ADD COLUMN opening_balance NUMERIC(17,3),
    ADD COLUMN closing_balance NUMERIC(17,3),
    -- True when the balance check failed and the settings said to hold the movements for a person.
    ADD COLUMN held            BOOLEAN       NOT NULL DEFAULT FALSE;
ALTER TABLE bank_statements ALTER COLUMN sequence_number TYPE VARCHAR(40);

ALTER TABLE payments ALTER COLUMN movement_key TYPE VARCHAR(60);
ALTER TABLE payments ALTER COLUMN communication TYPE TEXT;
ALTER TABLE payments
    ADD COLUMN reference          VARCHAR(40),
    ADD COLUMN counterparty_iban  VARCHAR(40),
    ADD COLUMN returned           BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN status             VARCHAR(20)   NOT NULL DEFAULT 'UNMATCHED',
    ADD COLUMN rule               VARCHAR(30),
    ADD COLUMN flags              TEXT,
    ADD COLUMN unallocated_amount NUMERIC(15,2),
    -- The payment provider's event id: a webhook delivered twice is applied once.
    ADD COLUMN webhook_id         VARCHAR(100)  UNIQUE;
UPDATE payments
   SET status = CASE WHEN claim_id IS NULL THEN 'UNMATCHED' ELSE 'MATCHED' END,
       rule = CASE WHEN claim_id IS NULL THEN NULL ELSE 'REFERENCE' END,
       unallocated_amount = CASE WHEN claim_id IS NULL THEN amount ELSE 0 END;
ALTER TABLE payments ALTER COLUMN unallocated_amount SET NOT NULL;
CREATE INDEX payments_waiting ON payments (id) WHERE status IN ('UNMATCHED', 'HELD');
CREATE INDEX payments_statement ON payments (statement_id);

-- Every amount put on (or, negative, taken back from) a claim; undone by an agent, never deleted.
CREATE TABLE allocations (
    id           BIGSERIAL PRIMARY KEY,
    payment_id   BIGINT        NOT NULL REFERENCES payments (id),
    claim_id     BIGINT        NOT NULL REFERENCES claims (id),
    amount       NUMERIC(15,2) NOT NULL,
    rule         VARCHAR(30)   NOT NULL,
    allocated_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    undone_at    TIMESTAMPTZ
);
CREATE INDEX allocations_payment ON allocations (payment_id);
CREATE INDEX allocations_claim ON allocations (claim_id);
INSERT INTO allocations (payment_id, claim_id, amount, rule)
SELECT id, claim_id, amount, 'REFERENCE' FROM payments WHERE claim_id IS NOT NULL;

-- Money a debtor paid beyond what its claims owed, per connector (client).
CREATE TABLE debtor_credits (
    id           BIGSERIAL PRIMARY KEY,
    connector_id VARCHAR(64)   NOT NULL,
    debtor_id    BIGINT        NOT NULL REFERENCES debtors (id),
    payment_id   BIGINT        NOT NULL REFERENCES payments (id),
    amount       NUMERIC(15,2) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX debtor_credits_debtor ON debtor_credits (debtor_id);

-- A person decides whether an overpayment is refunded or kept against later claims.
CREATE TABLE refund_tasks (
    id         BIGSERIAL PRIMARY KEY,
    credit_id  BIGINT        NOT NULL REFERENCES debtor_credits (id),
    amount     NUMERIC(15,2) NOT NULL,
    currency   CHAR(3)       NOT NULL,
    status     VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Accounts a debtor paid from when a payment matched by reference or invoice number.
CREATE TABLE debtor_accounts (
    debtor_id  BIGINT      NOT NULL REFERENCES debtors (id),
    iban       VARCHAR(40) NOT NULL,
    learned_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (debtor_id, iban)
);
CREATE INDEX debtor_accounts_iban ON debtor_accounts (iban);
