-- An import may delete values (DHIS2's "deleted": true, or a deleted column): its dry run and commit count them.
ALTER TABLE import_batch ADD COLUMN deleted_count integer NOT NULL DEFAULT 0;
