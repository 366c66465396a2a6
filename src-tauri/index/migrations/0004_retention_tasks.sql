-- Retention and the task lifecycle.
-- kept_until: the user asked to keep an output longer (bounded by retention.outputs_max).
ALTER TABLE objects ADD COLUMN kept_until INTEGER;

-- When a task reached a terminal state, and why it failed.
ALTER TABLE tasks ADD COLUMN ended_at INTEGER;
ALTER TABLE tasks ADD COLUMN reason TEXT;

-- The originals a task uses: an original goes when the last of its tasks ends.
-- No foreign key to objects: the original may be purged (24 h limit) while the task row stays.
CREATE TABLE task_inputs (
    task_id   TEXT NOT NULL REFERENCES tasks(id),
    object_id BLOB NOT NULL CHECK (length(object_id) = 16),
    PRIMARY KEY (task_id, object_id)
) STRICT;
CREATE INDEX task_inputs_by_object ON task_inputs (object_id);

-- Every status change, with its time, so a task's history survives restarts.
CREATE TABLE task_events (
    task_id TEXT NOT NULL REFERENCES tasks(id),
    status  TEXT NOT NULL,
    at      INTEGER NOT NULL,
    reason  TEXT
) STRICT;
CREATE INDEX task_events_by_task ON task_events (task_id);
