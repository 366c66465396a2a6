-- The SHA-256 (hex) of the user's prompt as sent, beside its length: the ledger can show which
-- words left without keeping them. NULL when none of the user's words were sent (describing an
-- image) and for requests recorded before this column existed.
ALTER TABLE ledger ADD COLUMN prompt_sha256 TEXT;
