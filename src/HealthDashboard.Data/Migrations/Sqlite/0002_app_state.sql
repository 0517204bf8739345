-- Small key/value facts about the database itself, e.g. whether the sample seed finished.
CREATE TABLE app_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
