-- The debtor's phone as the invoice gives it, and whether its e-mail address is known to bounce.
ALTER TABLE debtors ADD COLUMN phone VARCHAR(40);
ALTER TABLE debtors ADD COLUMN email_status VARCHAR(20) NOT NULL DEFAULT 'UNCHECKED';

-- One row per action and channel, each change committed on its own: a SENDING row found after a
-- crash tells that the server may have taken the message (see LetterDispatch for the rule).
CREATE TABLE deliveries (
    id              BIGSERIAL PRIMARY KEY,
    action_id       BIGINT       NOT NULL REFERENCES dunning_actions (id),
    channel         VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    recipient       VARCHAR(254),
    message_id      VARCHAR(200),
    provider_id     VARCHAR(200),
    reply           TEXT,
    attempts        INT          NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (action_id, channel)
);
CREATE INDEX deliveries_provider ON deliveries (provider_id) WHERE provider_id IS NOT NULL;

-- The daily print batch: letters are added while it is OPEN; closing writes the manifests once,
-- delivering hands them to the print shop.
CREATE TABLE print_batches (
    batch_date      DATE         PRIMARY KEY,
    status          VARCHAR(20)  NOT NULL,
    letters         INT,
    closed_at       TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    delivered_to    VARCHAR(500)
);

CREATE TABLE print_letters (
    action_id       BIGINT       PRIMARY KEY REFERENCES dunning_actions (id),
    batch_date      DATE         NOT NULL REFERENCES print_batches (batch_date),
    file_name       VARCHAR(200) NOT NULL,
    addressee       VARCHAR(300) NOT NULL,
    address_lines   TEXT         NOT NULL,
    country_code    CHAR(2),
    language        CHAR(2)      NOT NULL,
    colour          BOOLEAN      NOT NULL,
    pages           INT          NOT NULL,
    registered      BOOLEAN      NOT NULL,
    envelope        VARCHAR(20)  NOT NULL
);
CREATE INDEX print_letters_batch ON print_letters (batch_date);
