-- Each data element says at which kinds of unit it is reported ('station|dhc', the names of OrgUnitKindNames) instead
-- of the lowest level its data exists at, and the plausible range of its values. The catalog is saved at every start,
-- so an existing database gets both from the catalog file right after this step; until then NULL means no limit.
ALTER TABLE data_element RENAME COLUMN level TO reported_at;
-- The old levels in the new terms, so the rows read back before the catalog is saved again.
UPDATE data_element SET reported_at = CASE reported_at WHEN 'commune' THEN 'station' WHEN 'facility' THEN 'station|dhc'
    WHEN 'district' THEN 'dhc' ELSE 'province' END;
ALTER TABLE data_element ADD COLUMN min_value double precision;
ALTER TABLE data_element ADD COLUMN max_value double precision;
