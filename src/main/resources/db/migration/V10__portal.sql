-- People who log in to the portal: clients (bound to their connectors), agents and admins.
CREATE TABLE portal_users (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('CLIENT', 'AGENT', 'ADMIN')),
    language        VARCHAR(2)   NOT NULL DEFAULT 'nl',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The connectors (clients) a CLIENT user may see; agents and admins see every connector.
CREATE TABLE portal_user_connectors (
    user_id         BIGINT       NOT NULL REFERENCES portal_users (id),
    connector_id    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (user_id, connector_id)
);

-- Notes a person writes on a dossier.
CREATE TABLE dossier_notes (
    id              BIGSERIAL PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL REFERENCES dossiers (id),
    author          VARCHAR(100) NOT NULL,
    text            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX dossier_notes_dossier ON dossier_notes (dossier_id);

-- Portal actions not tied to one dossier (log-ins, uploads, exports, users added); dossier actions go to
-- dossier_events like every other decision.
CREATE TABLE portal_events (
    id              BIGSERIAL PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    username        VARCHAR(100) NOT NULL,
    connector_id    VARCHAR(64),
    kind            VARCHAR(40)  NOT NULL,
    detail          TEXT         NOT NULL
);
