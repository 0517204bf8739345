-- The persisted aggregate snapshot, in chunks (one bytea per chunk keeps each row well under the 1 GB limit),
-- so a restart or another node starts warm. Replaced whole by each full recompute.
CREATE TABLE aggregate_snapshot_chunk (
    seq   integer PRIMARY KEY,
    data  bytea NOT NULL
);
