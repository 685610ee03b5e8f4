-- Casework after the formal notice: phone campaigns, mediator visits, handovers to lawyers and bailiffs.

-- One phone campaign per PHONE_CAMPAIGN task; its attempts are planned one at a time.
CREATE TABLE call_campaigns (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    task_id         BIGINT       NOT NULL UNIQUE REFERENCES tasks (id),
    status          VARCHAR(20)  NOT NULL,
    outcome         VARCHAR(30),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE call_attempts (
    id              BIGSERIAL PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL REFERENCES call_campaigns (id),
    number          INT          NOT NULL,
    day_part        VARCHAR(20)  NOT NULL,
    planned_at      TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ,
    outcome         VARCHAR(30),
    detail          TEXT,
    UNIQUE (campaign_id, number)
);

-- One home visit per MEDIATOR_VISIT task, assigned to a mediator by the debtor's postcode.
CREATE TABLE visits (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    task_id         BIGINT       NOT NULL UNIQUE REFERENCES tasks (id),
    mediator        VARCHAR(64),
    planned_on      DATE,
    status          VARCHAR(20)  NOT NULL,
    outcome         VARCHAR(20),
    recommendation  VARCHAR(20),
    report_path     TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A package handed to a lawyer's or bailiff's platform, sent until the partner takes it (or dead).
CREATE TABLE handovers (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    action_id       BIGINT       NOT NULL REFERENCES dunning_actions (id),
    partner         VARCHAR(20)  NOT NULL,
    step            VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(80)  NOT NULL UNIQUE,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT,
    partner_reference VARCHAR(200),
    sent_at         TIMESTAMPTZ,
    UNIQUE (action_id, partner)
);
CREATE INDEX handovers_due ON handovers (next_attempt_at) WHERE status = 'PENDING';

-- Status updates a partner posted; the same event id is applied once.
CREATE TABLE partner_events (
    id              BIGSERIAL PRIMARY KEY,
    partner         VARCHAR(20)  NOT NULL,
    event_id        VARCHAR(100) NOT NULL,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    status          VARCHAR(40)  NOT NULL,
    detail          VARCHAR(200),
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (partner, event_id)
);

-- Costs a partner advanced on a dossier, and what of them was recovered from the debtor.
CREATE TABLE dossier_costs (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT        NOT NULL REFERENCES dossiers (id),
    kind            VARCHAR(20)   NOT NULL,
    partner         VARCHAR(20)   NOT NULL,
    amount          NUMERIC(15,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    on_date         DATE          NOT NULL
);
CREATE INDEX dossier_costs_dossier ON dossier_costs (dossier_id);
