-- Provider API keys kept sealed in the vault's (encrypted) index, for a desktop without a
-- reachable OS keyring: never in a plain file, deleted with the index by erase-all.
CREATE TABLE provider_keys (
    provider  TEXT PRIMARY KEY,
    key       TEXT NOT NULL,
    stored_at INTEGER NOT NULL
) STRICT;
