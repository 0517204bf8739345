-- Initial schema (SQLite). Dates are ISO text (yyyy-MM-dd), timestamps ISO text in UTC, booleans 0/1.
CREATE TABLE org_unit (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_vi     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    parent_id   INTEGER REFERENCES org_unit(id),
    path        TEXT NOT NULL,
    level       INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    is_sample   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_org_unit_parent ON org_unit(parent_id);
CREATE INDEX ix_org_unit_path ON org_unit(path);

CREATE TABLE org_unit_boundary (
    org_unit_id INTEGER PRIMARY KEY REFERENCES org_unit(id),
    geojson     TEXT NOT NULL,
    is_sample   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE data_element (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name_vi      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    value_type   TEXT NOT NULL,
    aggregation  TEXT NOT NULL,
    period_type  TEXT NOT NULL,
    level        TEXT NOT NULL
);

CREATE TABLE indicator (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name_vi          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    kind             TEXT NOT NULL,
    numerator        TEXT NOT NULL,
    denominator      TEXT NOT NULL,
    factor           REAL NOT NULL,
    unit             TEXT NOT NULL,
    direction        TEXT NOT NULL,
    decimals         INTEGER NOT NULL,
    annualised       INTEGER NOT NULL,
    min_denominator  REAL
);

CREATE TABLE plan (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name_vi      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    org_unit_id  INTEGER REFERENCES org_unit(id),
    seed_file    TEXT
);

CREATE TABLE target (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES plan(id),
    org_unit_id     INTEGER REFERENCES org_unit(id),
    org_unit_label  TEXT NOT NULL,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id),
    year            INTEGER NOT NULL,
    comparator      TEXT NOT NULL,
    value           REAL NOT NULL,
    note            TEXT,
    UNIQUE (plan_id, indicator_id, year, org_unit_label)
);

-- The raw data: one row per (element, unit, period). WITHOUT ROWID clusters rows by this key, which is how they are read.
CREATE TABLE data_value (
    data_element_id  INTEGER NOT NULL REFERENCES data_element(id),
    org_unit_id      INTEGER NOT NULL REFERENCES org_unit(id),
    period           TEXT NOT NULL,
    value            REAL NOT NULL,
    comment          TEXT,
    stored_by        TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (data_element_id, org_unit_id, period)
) WITHOUT ROWID;
CREATE INDEX ix_data_value_unit_period ON data_value(org_unit_id, period);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_key  TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    via         TEXT NOT NULL
);
CREATE INDEX ix_audit_log_at ON audit_log(at);
