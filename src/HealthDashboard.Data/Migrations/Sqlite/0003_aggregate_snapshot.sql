-- The persisted aggregate snapshot, in chunks (one blob per chunk keeps each row small enough for either engine),
-- so a restart or another node starts warm. Replaced whole by each full recompute.
CREATE TABLE aggregate_snapshot_chunk (
    seq   INTEGER PRIMARY KEY,
    data  BLOB NOT NULL
);
