-- Every file uploaded on /import: kept whole (content), so that the preview and the commit read the same bytes even
-- after a restart or on another node, with who sent it, what the dry run found, and whether and when it was committed.
CREATE TABLE import_batch (
    id              text PRIMARY KEY,
    file_name       text NOT NULL,
    format          text NOT NULL,
    size_bytes      bigint NOT NULL,
    content         bytea NOT NULL,
    uploaded_by     text NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    status          text NOT NULL,
    row_count       integer NOT NULL DEFAULT 0,
    new_count       integer NOT NULL DEFAULT 0,
    updated_count   integer NOT NULL DEFAULT 0,
    unchanged_count integer NOT NULL DEFAULT 0,
    rejected_count  integer NOT NULL DEFAULT 0,
    -- The rejected rows as JSON ([{"line","field","message","messageEn"}]): read only whole, for the preview and its CSV.
    rejections      text NOT NULL DEFAULT '[]',
    committed_by    text,
    committed_at    timestamptz
);
CREATE INDEX ix_import_batch_uploaded_at ON import_batch(uploaded_at);
