-- Completeness is now carried by data values (REPORT_DUE, REPORT_DONE, REPORT_ON_TIME at each station), which the
-- aggregation engine, maps and walls read like any indicator; the table that counted "any value" as a report goes.
DROP TABLE IF EXISTS reporting_completeness;

-- The data-quality findings, rebuilt by each run: a part above its whole (a pair rule), a negative value, an outlier
-- against the unit's own monthly history. finding_key names the finding and the values it was found with, so a
-- follow-up stays attached across rebuilds and lets go when a value changes. period_month is the period's first
-- month (yyyyMM) so periods of every type filter by one range.
DROP TABLE IF EXISTS data_quality_finding;
CREATE TABLE data_quality_finding (
    id                    INTEGER PRIMARY KEY,
    finding_key           TEXT NOT NULL UNIQUE,
    check_code            TEXT NOT NULL,
    rule_code             TEXT,
    data_element_id       INTEGER NOT NULL,
    reference_element_id  INTEGER,
    org_unit_id           INTEGER NOT NULL,
    period                TEXT NOT NULL,
    period_month          TEXT NOT NULL,
    value                 REAL NOT NULL,
    reference             REAL,
    score                 REAL,
    found_at              TEXT NOT NULL
);
CREATE INDEX ix_data_quality_finding_unit ON data_quality_finding(org_unit_id, period);
CREATE INDEX ix_data_quality_finding_month ON data_quality_finding(period_month);

-- Who followed a finding up, when and how. Kept across rebuilds; a finding whose values changed has another key and
-- shows as open again. No foreign key to the findings, which are deleted and written anew by every run.
CREATE TABLE data_quality_resolution (
    finding_key  TEXT PRIMARY KEY,
    resolved_by  TEXT NOT NULL,
    resolved_at  TEXT NOT NULL,
    note         TEXT NOT NULL
);
