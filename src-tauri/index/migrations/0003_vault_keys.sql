-- Vault-wide keys (the duplicate-detection key), wrapped like data keys so master-key rotation
-- re-wraps them too, and the master-key version the wrapped keys are currently under.
CREATE TABLE vault_keys (
    name    TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL CHECK (length(wrapped) = 72)
) STRICT;

CREATE TABLE vault_state (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT;

INSERT INTO vault_state (name, value) VALUES ('wrap_version', 1);
