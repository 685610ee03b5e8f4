-- Debtors are kept per connector (client): the same company can owe two clients.
CREATE TABLE debtors (
    id              BIGSERIAL PRIMARY KEY,
    connector_id    VARCHAR(64)  NOT NULL,
    identity_key    VARCHAR(200) NOT NULL,
    name            VARCHAR(300) NOT NULL,
    street          VARCHAR(300),
    additional_street VARCHAR(300),
    postcode        VARCHAR(20),
    city            VARCHAR(120),
    country_code    CHAR(2),
    email           VARCHAR(254),
    vat_id          VARCHAR(40),
    company_id      VARCHAR(40),
    endpoint_id     VARCHAR(120),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (connector_id, identity_key)
);

CREATE SEQUENCE structured_communication_base START WITH 100000 INCREMENT BY 1;

CREATE TABLE claims (
    id                  BIGSERIAL PRIMARY KEY,
    connector_id        VARCHAR(64)   NOT NULL,
    -- The seller who issued the document: one client may hand over several selling entities.
    seller_key          VARCHAR(200)  NOT NULL,
    document_type       VARCHAR(20)   NOT NULL,
    number              VARCHAR(120)  NOT NULL,
    debtor_id           BIGINT        NOT NULL REFERENCES debtors (id),
    issue_date          DATE          NOT NULL,
    due_date            DATE          NOT NULL,
    due_date_derived    BOOLEAN       NOT NULL DEFAULT FALSE,
    currency            CHAR(3)       NOT NULL,
    amount              NUMERIC(15,2) NOT NULL,
    open_amount         NUMERIC(15,2) NOT NULL,
    structured_communication CHAR(12) NOT NULL UNIQUE,
    status              VARCHAR(20)   NOT NULL,
    last_step           VARCHAR(40),
    last_step_on        DATE,
    next_action_on      DATE,
    source_file         VARCHAR(500),
    peppol              BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (connector_id, seller_key, document_type, number)
);

-- The clock looks for open claims whose next step has come; a partial index keeps that cheap.
CREATE INDEX claims_due_for_action ON claims (next_action_on) WHERE status = 'OPEN';

CREATE TABLE claim_rule_failures (
    id          BIGSERIAL PRIMARY KEY,
    claim_id    BIGINT       NOT NULL REFERENCES claims (id),
    rule_id     VARCHAR(120) NOT NULL,
    severity    VARCHAR(20)  NOT NULL,
    text        TEXT         NOT NULL,
    location    TEXT
);
CREATE INDEX claim_rule_failures_claim ON claim_rule_failures (claim_id);

-- Transactional outbox: one row per (claim, step), written with the claim's state change.
CREATE TABLE dunning_actions (
    id              BIGSERIAL PRIMARY KEY,
    claim_id        BIGINT       NOT NULL REFERENCES claims (id),
    step            VARCHAR(40)  NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    published_at    TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    document_path   VARCHAR(500),
    detail          TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (claim_id, step)
);
CREATE INDEX dunning_actions_unpublished ON dunning_actions (id) WHERE published_at IS NULL;

CREATE TABLE bank_statements (
    id              BIGSERIAL PRIMARY KEY,
    account         VARCHAR(64)  NOT NULL,
    sequence_number VARCHAR(20)  NOT NULL,
    statement_date  DATE         NOT NULL,
    file_name       VARCHAR(500) NOT NULL,
    balance_ok      BOOLEAN      NOT NULL,
    balance_detail  TEXT,
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (account, sequence_number, statement_date)
);

CREATE TABLE payments (
    id              BIGSERIAL PRIMARY KEY,
    statement_id    BIGINT        REFERENCES bank_statements (id),
    movement_key    VARCHAR(40)   NOT NULL,
    claim_id        BIGINT        REFERENCES claims (id),
    amount          NUMERIC(15,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    booked_on       DATE          NOT NULL,
    communication   VARCHAR(200),
    counterparty    VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (statement_id, movement_key)
);

-- What happened to a claim, when and why: the audit trail the portal will show.
CREATE TABLE claim_events (
    id          BIGSERIAL PRIMARY KEY,
    claim_id    BIGINT       NOT NULL REFERENCES claims (id),
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    kind        VARCHAR(40)  NOT NULL,
    detail      TEXT         NOT NULL
);
CREATE INDEX claim_events_claim ON claim_events (claim_id);
