-- Who may do what. Users sign in with a password (ASP.NET Core Identity's hash); kiosk tokens and API keys are random
-- secrets of which only a SHA-256 hash is kept (they are long and random, so a slow hash would add nothing).
CREATE TABLE app_user (
    id                      TEXT PRIMARY KEY,
    user_name               TEXT NOT NULL,
    normalized_user_name    TEXT NOT NULL UNIQUE,
    display_name            TEXT NOT NULL,
    password_hash           TEXT,
    security_stamp          TEXT NOT NULL,
    role                    TEXT NOT NULL,
    unit_code               TEXT,
    must_change_password    INTEGER NOT NULL DEFAULT 0,
    disabled                INTEGER NOT NULL DEFAULT 0,
    access_failed_count     INTEGER NOT NULL DEFAULT 0,
    lockout_end             TEXT,
    created_at              TEXT NOT NULL
);

-- One row per sign-in, so that admins can see and end sessions.
CREATE TABLE user_session (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    last_seen_at    TEXT NOT NULL,
    remote_address  TEXT,
    user_agent      TEXT,
    ended_at        TEXT
);
CREATE INDEX ix_user_session_user ON user_session(user_id);

CREATE TABLE kiosk_token (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    playlist_code   TEXT NOT NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    expires_at      TEXT,
    revoked_at      TEXT,
    last_seen_at    TEXT
);

CREATE TABLE api_key (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    prefix          TEXT NOT NULL,
    key_hash        TEXT NOT NULL UNIQUE,
    unit_code       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    revoked_at      TEXT,
    last_used_at    TEXT
);

CREATE INDEX ix_audit_log_actor ON audit_log(actor);

-- ASP.NET Core's data-protection keys (they sign the sign-in and kiosk cookies and antiforgery tokens), kept in the
-- database so that every node of a cluster reads the others' cookies and a restart does not sign everyone out.
CREATE TABLE data_protection_key (
    friendly_name   TEXT PRIMARY KEY,
    xml             TEXT NOT NULL
);
