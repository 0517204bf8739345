-- An import's warnings (values far from the unit's own history, saved all the same) as JSON, like its rejections.
ALTER TABLE import_batch ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
