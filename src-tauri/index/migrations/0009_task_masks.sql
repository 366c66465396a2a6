-- The mask of a region edit (a PNG, white where to edit, at the image's size), kept with its
-- task inside the encrypted index so the edit can be sent again. It goes with the task's rows,
-- and with the image it was painted on (the retention sweep drops masks whose image is gone).
CREATE TABLE task_masks (
    task_id TEXT PRIMARY KEY REFERENCES tasks(id),
    png     BLOB NOT NULL
) STRICT;
