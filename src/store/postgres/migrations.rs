//! The PostgreSQL schema as an ordered list of migrations, tracked in `stint_schema`. It mirrors
//! the SQLite schema under the same constraint names, and adds what only PostgreSQL can do:
//! an exclusion constraint for overlaps and composite `(org_id, id)` foreign keys, so no row
//! can point into another organisation.

/// Migration `i` moves a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    V1_INITIAL,
    V2_LOGIN_FAILURES,
    V3_IDEMPOTENCY_KEYS,
    V4_LOGIN_ORIGIN,
    V5_WORK_SESSION_TAGS,
    V6_ORGANISATIONS,
];

pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Creates the version table; run before anything else, idempotently.
pub const BOOTSTRAP: &str = "
CREATE TABLE IF NOT EXISTS stint_schema (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version    BIGINT NOT NULL
);
INSERT INTO stint_schema (singleton, version) VALUES (TRUE, 0) ON CONFLICT DO NOTHING;
";

const V1_INITIAL: &str = r#"
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Ids, usernames and setting keys compare byte by byte (COLLATE "C"), as SQLite's BINARY does,
-- whatever the server's locale: id-prefix ranges, tie-breaks and name order stay the same.

CREATE TABLE organizations (
    org_id              TEXT COLLATE "C" PRIMARY KEY,
    name                TEXT NOT NULL,
    next_ticket_number  BIGINT NOT NULL DEFAULT 1,
    created_at          BIGINT NOT NULL
);

CREATE TABLE settings (
    org_id      TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    key         TEXT COLLATE "C" NOT NULL,
    value       BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, key)
);

CREATE TABLE users (
    user_id               TEXT COLLATE "C" PRIMARY KEY,
    org_id                TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    username              TEXT COLLATE "C" NOT NULL,
    display_name          TEXT NOT NULL DEFAULT '',
    email                 TEXT,
    role                  TEXT NOT NULL,
    status                TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    created_at            BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL,
    last_login_at         BIGINT,
    failed_logins         BIGINT NOT NULL DEFAULT 0,
    last_failed_login_at  BIGINT,
    CONSTRAINT users_org_key UNIQUE (org_id, user_id),
    CONSTRAINT users_username_format CHECK (
        length(username) BETWEEN 1 AND 64 AND username ~ '^[a-z0-9._-]+$'),
    CONSTRAINT users_role_valid CHECK (role IN ('admin', 'supervisor', 'technician', 'viewer')),
    CONSTRAINT users_status_valid CHECK (status IN ('active', 'suspended', 'deactivated'))
);
CREATE UNIQUE INDEX users_username_unique ON users (org_id, username);

CREATE TABLE login_sessions (
    session_id     TEXT COLLATE "C" PRIMARY KEY,
    org_id         TEXT COLLATE "C" NOT NULL,
    user_id        TEXT COLLATE "C" NOT NULL,
    client_id      TEXT COLLATE "C" NOT NULL,
    client_label   TEXT NOT NULL,
    kind           TEXT NOT NULL,
    token_hash     BYTEA NOT NULL,
    created_at     BIGINT NOT NULL,
    last_seen_at   BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    revoked_at     BIGINT,
    revoke_reason  TEXT,
    CONSTRAINT login_sessions_user_fk FOREIGN KEY (org_id, user_id)
        REFERENCES users (org_id, user_id) ON DELETE CASCADE,
    CONSTRAINT login_sessions_kind_valid CHECK (kind IN ('device', 'bearer')),
    CONSTRAINT login_sessions_token_hash_size CHECK (length(token_hash) = 32)
);
CREATE UNIQUE INDEX login_sessions_token_unique ON login_sessions (token_hash);
CREATE INDEX login_sessions_by_user ON login_sessions (user_id, client_id);

CREATE TABLE superseded_tokens (
    token_hash     BYTEA PRIMARY KEY,
    session_id     TEXT COLLATE "C" NOT NULL REFERENCES login_sessions (session_id) ON DELETE CASCADE,
    superseded_at  BIGINT NOT NULL
);
CREATE INDEX superseded_tokens_by_session ON superseded_tokens (session_id);

CREATE TABLE tickets (
    ticket_id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    number       BIGINT NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    requester    TEXT NOT NULL DEFAULT '',
    assignee_id  TEXT COLLATE "C",
    creator_id   TEXT COLLATE "C" NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    CONSTRAINT tickets_org_key UNIQUE (org_id, ticket_id),
    CONSTRAINT tickets_assignee_fk FOREIGN KEY (org_id, assignee_id) REFERENCES users (org_id, user_id),
    CONSTRAINT tickets_creator_fk FOREIGN KEY (org_id, creator_id) REFERENCES users (org_id, user_id),
    CONSTRAINT tickets_title_length CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT tickets_status_valid CHECK (
        status IN ('open', 'in_progress', 'on_hold', 'resolved', 'closed')),
    CONSTRAINT tickets_priority_valid CHECK (priority IN ('low', 'normal', 'high', 'urgent'))
);
CREATE UNIQUE INDEX tickets_number_unique ON tickets (org_id, number);
CREATE INDEX tickets_by_assignee ON tickets (assignee_id, number);
CREATE INDEX tickets_by_status ON tickets (org_id, status, number);
CREATE INDEX tickets_by_priority ON tickets (org_id, priority, number);
CREATE INDEX tickets_by_updated ON tickets (org_id, updated_at, number);
CREATE INDEX tickets_by_creator ON tickets (creator_id);

CREATE TABLE cases (
    case_id      TEXT COLLATE "C" PRIMARY KEY,
    org_id       TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    owner_id     TEXT COLLATE "C" NOT NULL,
    ticket_id    BIGINT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    CONSTRAINT cases_org_key UNIQUE (org_id, case_id),
    CONSTRAINT cases_owner_fk FOREIGN KEY (org_id, owner_id) REFERENCES users (org_id, user_id),
    CONSTRAINT cases_ticket_fk FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, ticket_id),
    CONSTRAINT cases_title_length CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT cases_status_valid CHECK (
        status IN ('open', 'investigating', 'resolved', 'closed', 'archived')),
    CONSTRAINT cases_priority_valid CHECK (priority IN ('low', 'normal', 'high', 'urgent'))
);
CREATE INDEX cases_by_owner ON cases (owner_id, created_at, case_id);
CREATE INDEX cases_by_org ON cases (org_id, created_at, case_id);
CREATE INDEX cases_by_status ON cases (org_id, status, created_at, case_id);
CREATE INDEX cases_by_updated ON cases (org_id, updated_at, case_id);
CREATE INDEX cases_by_ticket ON cases (ticket_id);

CREATE TABLE case_notes (
    note_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      TEXT COLLATE "C" NOT NULL,
    case_id     TEXT COLLATE "C" NOT NULL,
    author_id   TEXT COLLATE "C" NOT NULL,
    created_at  BIGINT NOT NULL,
    body        TEXT NOT NULL,
    CONSTRAINT case_notes_case_fk FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, case_id),
    CONSTRAINT case_notes_author_fk FOREIGN KEY (org_id, author_id) REFERENCES users (org_id, user_id),
    CONSTRAINT case_notes_body_length CHECK (length(body) BETWEEN 1 AND 20000)
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, note_id);
CREATE INDEX case_notes_by_author ON case_notes (author_id);

CREATE TABLE work_sessions (
    work_session_id  TEXT COLLATE "C" PRIMARY KEY,
    org_id           TEXT COLLATE "C" NOT NULL,
    user_id          TEXT COLLATE "C" NOT NULL,
    ticket_id        BIGINT,
    case_id          TEXT COLLATE "C",
    start_at         BIGINT NOT NULL,
    end_at           BIGINT,
    duration         BIGINT,
    utc_offset       INTEGER NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    CONSTRAINT work_sessions_user_fk FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, user_id),
    CONSTRAINT work_sessions_ticket_fk FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, ticket_id),
    CONSTRAINT work_sessions_case_fk FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, case_id),
    CONSTRAINT work_sessions_target_required CHECK (ticket_id IS NOT NULL OR case_id IS NOT NULL),
    CONSTRAINT work_sessions_end_after_start CHECK (end_at IS NULL OR end_at >= start_at),
    CONSTRAINT work_sessions_duration_matches CHECK (
        (end_at IS NULL AND duration IS NULL) OR duration = end_at - start_at),
    CONSTRAINT work_sessions_source_valid CHECK (source IN ('timer', 'manual', 'import')),
    CONSTRAINT work_sessions_offset_range CHECK (utc_offset BETWEEN -86399 AND 86399),
    -- A NULL end makes the range unbounded: a running session occupies [start, infinity).
    -- An empty range (zero-length session) overlaps nothing, as in the core.
    CONSTRAINT work_sessions_no_overlap EXCLUDE USING gist (
        user_id WITH =, int8range(start_at, end_at, '[)') WITH &&)
);
CREATE UNIQUE INDEX work_sessions_one_running ON work_sessions (user_id) WHERE end_at IS NULL;
CREATE INDEX work_sessions_user_start ON work_sessions (user_id, start_at)
    WHERE end_at IS NULL OR end_at > start_at;
CREATE INDEX work_sessions_by_user ON work_sessions (user_id, start_at, end_at);
CREATE INDEX work_sessions_by_start ON work_sessions (org_id, start_at);
-- Covering for a ticket's or case's total time (start and end give every duration).
CREATE INDEX work_sessions_by_ticket ON work_sessions (ticket_id, start_at, end_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX work_sessions_by_case ON work_sessions (case_id, start_at, end_at) WHERE case_id IS NOT NULL;

CREATE TABLE audit_events (
    event_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    at           BIGINT NOT NULL,
    actor_id     TEXT COLLATE "C",
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT COLLATE "C" NOT NULL,
    before       TEXT,
    after        TEXT
);
CREATE INDEX audit_events_by_time ON audit_events (org_id, at);
CREATE INDEX audit_events_by_object ON audit_events (object_type, object_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events_append_only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
"#;

/// Failed logins for usernames that match no user, so the throttle treats unknown and known
/// names alike. The name is kept only as the SHA-256 of its normalised form.
const V2_LOGIN_FAILURES: &str = r#"
CREATE TABLE login_failures (
    org_id          TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    name_key        BYTEA NOT NULL,
    failed_logins   BIGINT NOT NULL,
    last_failed_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, name_key),
    CONSTRAINT login_failures_name_key_size CHECK (length(name_key) = 32)
);
CREATE INDEX login_failures_by_time ON login_failures (org_id, last_failed_at);
"#;

/// Replies to writes a server may be asked to repeat (`Idempotency-Key`), kept for a day.
const V3_IDEMPOTENCY_KEYS: &str = r#"
CREATE TABLE idempotency_keys (
    org_id          TEXT COLLATE "C" NOT NULL,
    user_id         TEXT COLLATE "C" NOT NULL,
    key             TEXT COLLATE "C" NOT NULL,
    request_digest  TEXT NOT NULL,
    value           TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id, key),
    CONSTRAINT idempotency_keys_user_fk FOREIGN KEY (org_id, user_id)
        REFERENCES users (org_id, user_id) ON DELETE CASCADE
);
CREATE INDEX idempotency_keys_by_time ON idempotency_keys (org_id, user_id, created_at);
"#;

/// Where a login through a server came from: the address and user agent the server saw.
const V4_LOGIN_ORIGIN: &str = r#"
ALTER TABLE login_sessions ADD COLUMN client_address TEXT, ADD COLUMN user_agent TEXT;
"#;

/// Tags on work sessions: each name once per organisation, linked to any number of sessions
/// of the same organisation (composite keys). A deleted session takes its links with it.
const V5_WORK_SESSION_TAGS: &str = r#"
CREATE TABLE tags (
    tag_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id  TEXT COLLATE "C" NOT NULL REFERENCES organizations (org_id),
    name    TEXT COLLATE "C" NOT NULL,
    CONSTRAINT tags_org_key UNIQUE (org_id, tag_id),
    CONSTRAINT tags_name_unique UNIQUE (org_id, name),
    CONSTRAINT tags_name_length CHECK (length(name) BETWEEN 1 AND 64)
);

ALTER TABLE work_sessions ADD CONSTRAINT work_sessions_org_key UNIQUE (org_id, work_session_id);

CREATE TABLE work_session_tags (
    org_id           TEXT COLLATE "C" NOT NULL,
    work_session_id  TEXT COLLATE "C" NOT NULL,
    tag_id           BIGINT NOT NULL,
    PRIMARY KEY (work_session_id, tag_id),
    CONSTRAINT work_session_tags_session_fk FOREIGN KEY (org_id, work_session_id)
        REFERENCES work_sessions (org_id, work_session_id) ON DELETE CASCADE,
    CONSTRAINT work_session_tags_tag_fk FOREIGN KEY (org_id, tag_id) REFERENCES tags (org_id, tag_id)
);
CREATE INDEX work_session_tags_by_tag ON work_session_tags (tag_id, work_session_id);
"#;

/// Organisations become real tenants, as in SQLite's V6: status, an operator's user limit, and a
/// unique name written like a username (a CHECK here). `deleting` exists only inside the
/// transaction of `stint org delete`, and is what lets it remove that organisation's audit events.
const V6_ORGANISATIONS: &str = r#"
ALTER TABLE organizations
    ADD COLUMN status TEXT NOT NULL DEFAULT 'active',
    ADD COLUMN max_users BIGINT,
    ADD CONSTRAINT organizations_status_valid CHECK (status IN ('active', 'suspended', 'deleting')),
    ADD CONSTRAINT organizations_max_users_positive CHECK (max_users IS NULL OR max_users >= 1);

UPDATE organizations SET name = lower(name);
UPDATE organizations
SET name = CASE
    WHEN org_id = (SELECT org_id FROM organizations ORDER BY created_at, org_id LIMIT 1) THEN 'default'
    ELSE 'org-' || substr(org_id, 1, 8) END
WHERE NOT (length(name) BETWEEN 1 AND 64 AND name ~ '^[a-z0-9._-]+$');
ALTER TABLE organizations ALTER COLUMN name TYPE TEXT COLLATE "C",
    ADD CONSTRAINT organizations_name_format CHECK (
        length(name) BETWEEN 1 AND 64 AND name ~ '^[a-z0-9._-]+$');
CREATE UNIQUE INDEX organizations_name_unique ON organizations (name);

CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM organizations WHERE org_id = OLD.org_id AND status = 'deleting') THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events_append_only' USING ERRCODE = 'restrict_violation';
END;
$$;
"#;
