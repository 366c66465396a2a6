-- The vault's index. Every row is encrypted at rest by SQLCipher; wrapped data keys live only here.

CREATE TABLE objects (
    id          BLOB PRIMARY KEY CHECK (length(id) = 16),
    kind        TEXT NOT NULL CHECK (kind IN ('original', 'output', 'thumbnail')),
    mime        TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),       -- plaintext bytes
    width       INTEGER,
    height      INTEGER,
    created_at  INTEGER NOT NULL,                          -- Unix seconds, UTC
    expires_at  INTEGER,                                   -- Unix seconds, UTC; NULL: kept until deleted
    task_id     TEXT,                                      -- the task it came from or serves
    parent_id   BLOB REFERENCES objects(id),               -- a thumbnail's image
    file_name   TEXT,                                      -- the name it was imported under
    wrapped_key BLOB NOT NULL CHECK (length(wrapped_key) = 72)
) STRICT;

CREATE INDEX objects_by_expiry ON objects (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX objects_by_kind_created ON objects (kind, created_at);
CREATE INDEX objects_by_parent ON objects (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE tasks (
    id          TEXT PRIMARY KEY,                          -- UUIDv7
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    provider    TEXT,
    prompt      TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE tags (
    object_id   BLOB NOT NULL REFERENCES objects(id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (object_id, tag)
) STRICT;

-- Full-text search over file names, tags and prompts; rowid = objects.rowid.
-- secure-delete: without it, deleted terms stay readable inside the index (see vault study B1).
CREATE VIRTUAL TABLE search USING fts5 (file_name, tags, prompt);
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);
