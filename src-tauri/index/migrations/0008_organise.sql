-- Organising: stars, boards, a prompt library and the prompts used. All of it lives only in
-- this (SQLCipher-encrypted) index: board names and prompts are never written anywhere else.

-- A star; it does not change when the image is deleted (retention still decides).
ALTER TABLE objects ADD COLUMN starred_at INTEGER;

-- User-named collections; an image may be in any number of them.
CREATE TABLE boards (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  INTEGER NOT NULL
) STRICT;

-- Deleting a board keeps its images; deleting an image takes it out of its boards.
CREATE TABLE board_items (
    board_id    INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    object_id   BLOB NOT NULL REFERENCES objects(id) ON DELETE CASCADE,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (board_id, object_id)
) STRICT;
CREATE INDEX board_items_by_object ON board_items (object_id);

-- Saved prompts, by name (placeholders like {subject} are kept as typed).
CREATE TABLE prompt_library (
    name        TEXT PRIMARY KEY COLLATE NOCASE,
    text        TEXT NOT NULL,
    saved_at    INTEGER NOT NULL
) STRICT;

-- Prompts used, one row per distinct text with its last use; personal data under retention.
CREATE TABLE prompt_history (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL UNIQUE,
    used_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX prompt_history_by_time ON prompt_history (used_at);
