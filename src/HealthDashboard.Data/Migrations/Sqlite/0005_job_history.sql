-- What the scheduled jobs did and found. No foreign keys to org_unit or data_element: these rows are derived, rebuilt
-- by each run, and must never stop the source tables from being wiped and seeded again.

-- One row per job execution, on whichever node ran it; progress is written while it runs so any node's admin page can
-- draw the bar. fire_id is Quartz's id of that one firing.
CREATE TABLE job_run (
    id            INTEGER PRIMARY KEY,
    job_key       TEXT NOT NULL,
    fire_id       TEXT NOT NULL UNIQUE,
    manual        INTEGER NOT NULL DEFAULT 0,
    requested_by  TEXT,
    node          TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    outcome       TEXT NOT NULL,
    row_count     INTEGER,
    error         TEXT,
    progress      REAL NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_job_run_job_started ON job_run(job_key, started_at);
CREATE INDEX ix_job_run_outcome ON job_run(outcome);

-- Whether each reporting unit (commune health station, commune) reported for each month whose deadline has passed.
CREATE TABLE reporting_completeness (
    org_unit_id  INTEGER NOT NULL,
    period       TEXT NOT NULL,
    reported     INTEGER NOT NULL,
    value_count  INTEGER NOT NULL,
    computed_at  TEXT NOT NULL,
    PRIMARY KEY (org_unit_id, period)
) WITHOUT ROWID;
CREATE INDEX ix_reporting_completeness_period ON reporting_completeness(period);

-- The data-quality checks' findings: negative values, numerators above their denominators, outliers.
CREATE TABLE data_quality_finding (
    id               INTEGER PRIMARY KEY,
    check_code       TEXT NOT NULL,
    data_element_id  INTEGER NOT NULL,
    org_unit_id      INTEGER NOT NULL,
    period           TEXT NOT NULL,
    value            REAL NOT NULL,
    reference        REAL,
    indicator_code   TEXT,
    found_at         TEXT NOT NULL
);
CREATE INDEX ix_data_quality_finding_unit ON data_quality_finding(org_unit_id, period);
