-- Consent per provider (a history: the current consent is the latest row not withdrawn) and
-- the egress ledger: one row per request that left the device.
CREATE TABLE consents (
    provider     TEXT NOT NULL,
    scope        TEXT NOT NULL,            -- the text the user agreed to
    granted_at   INTEGER NOT NULL,
    withdrawn_at INTEGER
) STRICT;
CREATE INDEX consents_by_provider ON consents (provider);

CREATE TABLE ledger (
    id           INTEGER PRIMARY KEY,
    task_id      TEXT,
    provider     TEXT NOT NULL,
    host         TEXT NOT NULL,
    at           INTEGER NOT NULL,
    prompt_chars INTEGER NOT NULL,
    parts        TEXT NOT NULL,            -- JSON: [{sha256, bytes, width, height, mime}]
    status       INTEGER                   -- the HTTP status; NULL: no response (timeout, refused)
) STRICT;
CREATE INDEX ledger_by_time ON ledger (at);
