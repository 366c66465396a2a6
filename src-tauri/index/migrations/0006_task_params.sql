-- What a task asks for beyond its prompt (model, size, count), as JSON, so a queued or failed
-- task can run again after a restart exactly as it was asked.
ALTER TABLE tasks ADD COLUMN params TEXT;

-- The order of a task's references matters to the prompt ("the subject of image 1 in the
-- scene of image 2"); keep it.
ALTER TABLE task_inputs ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
