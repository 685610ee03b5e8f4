-- Lock-out after repeated failed log-ins: the failures in a row, and until when the account is locked.
ALTER TABLE portal_users
    ADD COLUMN failed_logins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until  TIMESTAMPTZ;

-- Work the pay page leaves for an agent: a debtor's payment-plan request, a chat the assistant handed over.
CREATE TABLE portal_tasks (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('PLAN_REQUEST', 'CHAT_HANDOVER')),
    detail          TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    done_by         VARCHAR(100)
);
CREATE INDEX portal_tasks_open ON portal_tasks (status, created_at);

-- What a debtor asked the pay page's assistant and what it answered, per dossier.
CREATE TABLE pay_chat_messages (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    author          VARCHAR(10)  NOT NULL CHECK (author IN ('DEBTOR', 'ASSISTANT')),
    text            TEXT         NOT NULL,
    intent          VARCHAR(20),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX pay_chat_messages_dossier ON pay_chat_messages (dossier_id, id);
