-- Small key/value facts about the database itself, e.g. whether the sample seed finished.
CREATE TABLE app_state (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL
);
