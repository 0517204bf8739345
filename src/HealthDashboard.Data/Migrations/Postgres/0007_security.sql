-- Who may do what. Users sign in with a password (ASP.NET Core Identity's hash); kiosk tokens and API keys are random
-- secrets of which only a SHA-256 hash is kept (they are long and random, so a slow hash would add nothing).
CREATE TABLE app_user (
    id                      text PRIMARY KEY,
    user_name               text NOT NULL,
    normalized_user_name    text NOT NULL UNIQUE,
    display_name            text NOT NULL,
    password_hash           text,
    security_stamp          text NOT NULL,
    role                    text NOT NULL,
    unit_code               text,
    must_change_password    integer NOT NULL DEFAULT 0,
    disabled                integer NOT NULL DEFAULT 0,
    access_failed_count     integer NOT NULL DEFAULT 0,
    lockout_end             timestamptz,
    created_at              timestamptz NOT NULL
);

-- One row per sign-in, so that admins can see and end sessions.
CREATE TABLE user_session (
    id              text PRIMARY KEY,
    user_id         text NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL,
    remote_address  text,
    user_agent      text,
    ended_at        timestamptz
);
CREATE INDEX ix_user_session_user ON user_session(user_id);

CREATE TABLE kiosk_token (
    id              text PRIMARY KEY,
    name            text NOT NULL,
    playlist_code   text NOT NULL,
    token_hash      text NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_seen_at    timestamptz
);

CREATE TABLE api_key (
    id              text PRIMARY KEY,
    name            text NOT NULL,
    prefix          text NOT NULL,
    key_hash        text NOT NULL UNIQUE,
    unit_code       text NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    revoked_at      timestamptz,
    last_used_at    timestamptz
);

CREATE INDEX ix_audit_log_actor ON audit_log(actor);

-- ASP.NET Core's data-protection keys (they sign the sign-in and kiosk cookies and antiforgery tokens), kept in the
-- database so that every node of a cluster reads the others' cookies and a restart does not sign everyone out.
CREATE TABLE data_protection_key (
    friendly_name   text PRIMARY KEY,
    xml             text NOT NULL
);
