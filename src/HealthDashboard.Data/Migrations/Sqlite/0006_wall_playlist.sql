-- Wall playlists: the slides a meeting-room screen rotates through. Slides are one JSON array (kind, unit, indicator,
-- level, seconds) because they are always read and written whole; units and indicators are held by code, so a
-- playlist survives a re-seed of the data.
CREATE TABLE wall_playlist (
    code                TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    seconds_per_slide   INTEGER NOT NULL,
    slides              TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
