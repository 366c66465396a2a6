-- Video: a task's remote job at its provider (JSON: id, endpoint, when it was submitted, the
-- last state seen), kept the moment the provider gives it, so that a task interrupted while
-- waiting polls the same job again and is never submitted twice.
ALTER TABLE tasks ADD COLUMN remote_job TEXT;

-- A video's length; NULL for images.
ALTER TABLE objects ADD COLUMN duration_ms INTEGER;

-- The ledger records polls, cancels and downloads too: the method, and for a download what
-- came (JSON: {bytes, sha256}).
ALTER TABLE ledger ADD COLUMN method TEXT NOT NULL DEFAULT 'POST';
ALTER TABLE ledger ADD COLUMN received TEXT;
