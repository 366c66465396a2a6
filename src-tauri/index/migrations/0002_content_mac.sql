-- A keyed hash (HMAC-SHA256 under a key derived from the master key) of each object's content,
-- to find duplicates without storing a plain hash that could confirm a known photo.
ALTER TABLE objects ADD COLUMN content_mac BLOB CHECK (content_mac IS NULL OR length(content_mac) = 32);
CREATE INDEX objects_by_mac ON objects (content_mac) WHERE content_mac IS NOT NULL;
