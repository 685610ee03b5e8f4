-- A dossier follows one debtor's claims for one client (connector) as one case through a procedure.
CREATE TABLE dossiers (
    id              BIGSERIAL PRIMARY KEY,
    connector_id    VARCHAR(64)  NOT NULL,
    debtor_id       BIGINT       NOT NULL REFERENCES debtors (id),
    procedure_name  VARCHAR(64)  NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    stage           VARCHAR(40),
    stage_on        DATE,
    awaiting_step   VARCHAR(40),
    approved_step   VARCHAR(40),
    close_reason    VARCHAR(30),
    closed_on       DATE,
    next_review_on  DATE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- One dossier in progress per (client, debtor); a closed one stays for the record.
CREATE UNIQUE INDEX dossiers_one_open ON dossiers (connector_id, debtor_id) WHERE status <> 'CLOSED';
CREATE INDEX dossiers_due_for_review ON dossiers (next_review_on) WHERE status <> 'CLOSED';

ALTER TABLE claims ADD COLUMN dossier_id BIGINT REFERENCES dossiers (id);
CREATE INDEX claims_dossier ON claims (dossier_id);

-- Actions now belong to a dossier; claim_id stays only on actions written before dossiers existed.
ALTER TABLE dunning_actions ADD COLUMN dossier_id BIGINT REFERENCES dossiers (id);
ALTER TABLE dunning_actions ADD COLUMN round INT NOT NULL DEFAULT 0;
ALTER TABLE dunning_actions ADD COLUMN channel VARCHAR(20);
ALTER TABLE dunning_actions ADD COLUMN term_ends_on DATE;
ALTER TABLE dunning_actions ADD COLUMN fee_amount NUMERIC(15,2);
ALTER TABLE dunning_actions ALTER COLUMN claim_id DROP NOT NULL;
-- Exactly one action per (dossier, step); round > 0 only for a late claim's own free first reminder.
CREATE UNIQUE INDEX dunning_actions_once_per_dossier ON dunning_actions (dossier_id, step, round)
    WHERE claim_id IS NULL;

-- The claims a dossier action's letter lists, with their open amount when the step was planned.
CREATE TABLE action_claims (
    action_id       BIGINT        NOT NULL REFERENCES dunning_actions (id),
    claim_id        BIGINT        NOT NULL REFERENCES claims (id),
    open_amount     NUMERIC(15,2) NOT NULL,
    PRIMARY KEY (action_id, claim_id)
);
CREATE INDEX action_claims_claim ON action_claims (claim_id);

-- Disputes, promises to pay, temporary blocks and withdrawals that keep a claim off the letters.
CREATE TABLE claim_holds (
    id              BIGSERIAL PRIMARY KEY,
    claim_id        BIGINT       NOT NULL REFERENCES claims (id),
    kind            VARCHAR(20)  NOT NULL,
    reason          TEXT,
    until           DATE,
    created_on      DATE         NOT NULL,
    released_on     DATE
);
CREATE INDEX claim_holds_claim ON claim_holds (claim_id);

CREATE TABLE payment_plans (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    agreed_on       DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL
);
CREATE TABLE plan_instalments (
    plan_id         BIGINT        NOT NULL REFERENCES payment_plans (id),
    due_on          DATE          NOT NULL,
    amount          NUMERIC(15,2) NOT NULL,
    PRIMARY KEY (plan_id, due_on)
);

-- Every decision about a dossier: what, on which day, why, and under which rule.
CREATE TABLE dossier_events (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    on_date         DATE         NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    detail          TEXT         NOT NULL,
    rule            VARCHAR(120)
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id);

-- Work for a person or another channel (calls, visits, handovers) created from a non-letter step.
CREATE TABLE tasks (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    action_id       BIGINT       NOT NULL UNIQUE REFERENCES dunning_actions (id),
    kind            VARCHAR(40)  NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL
);

-- Existing data: one dossier per (connector, debtor) for the claims stored so far; a dossier with an open
-- claim is reviewed by the next run, one without is closed as paid (or credited when nothing was paid).
INSERT INTO dossiers (connector_id, debtor_id, procedure_name, status, stage, stage_on, next_review_on)
SELECT c.connector_id, c.debtor_id, 'default',
       CASE WHEN bool_or(c.status = 'OPEN') THEN 'ACTIVE' ELSE 'CLOSED' END,
       max(c.last_step), max(c.last_step_on),
       CASE WHEN bool_or(c.status = 'OPEN')
            THEN COALESCE(min(c.next_action_on) FILTER (WHERE c.status = 'OPEN'), CURRENT_DATE) END
  FROM claims c
 GROUP BY c.connector_id, c.debtor_id;

UPDATE claims c SET dossier_id = d.id
  FROM dossiers d WHERE d.connector_id = c.connector_id AND d.debtor_id = c.debtor_id;

UPDATE dossiers d
   SET closed_on = CURRENT_DATE,
       close_reason = CASE WHEN EXISTS (SELECT 1 FROM claims c WHERE c.dossier_id = d.id AND c.status = 'PAID')
                           THEN 'PAID' ELSE 'CREDITED' END
 WHERE d.status = 'CLOSED';

UPDATE dunning_actions a SET dossier_id = c.dossier_id FROM claims c WHERE c.id = a.claim_id;
INSERT INTO action_claims (action_id, claim_id, open_amount)
SELECT a.id, a.claim_id, c.open_amount FROM dunning_actions a JOIN claims c ON c.id = a.claim_id;
ALTER TABLE dunning_actions ALTER COLUMN dossier_id SET NOT NULL;
