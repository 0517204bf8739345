-- Every file uploaded on /import: kept whole (content), so that the preview and the commit read the same bytes even
-- after a restart or on another node, with who sent it, what the dry run found, and whether and when it was committed.
CREATE TABLE import_batch (
    id              TEXT PRIMARY KEY,
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    content         BLOB NOT NULL,
    uploaded_by     TEXT NOT NULL,
    uploaded_at     TEXT NOT NULL,
    status          TEXT NOT NULL,
    row_count       INTEGER NOT NULL DEFAULT 0,
    new_count       INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    rejected_count  INTEGER NOT NULL DEFAULT 0,
    -- The rejected rows as JSON ([{"line","field","message","messageEn"}]): read only whole, for the preview and its CSV.
    rejections      TEXT NOT NULL DEFAULT '[]',
    committed_by    TEXT,
    committed_at    TEXT
);
CREATE INDEX ix_import_batch_uploaded_at ON import_batch(uploaded_at);
