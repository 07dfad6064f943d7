//! The ordered list of schema migrations, tracked by `PRAGMA user_version`. A migration that
//! has shipped is never edited; changes arrive as new entries at the end.

/// `PRAGMA application_id` of every stint database: "STNT".
pub const APPLICATION_ID: i32 = 0x5354_4e54;

/// Migration `i` moves a database from `user_version` `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    V1_INITIAL,
    V2_LOGIN_FAILURES,
    V3_IDEMPOTENCY_KEYS,
    V4_LOGIN_ORIGIN,
    V5_WORK_SESSION_TAGS,
    V6_ORGANISATIONS,
];

/// The schema version this binary writes and understands.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The tables migration 1 creates: a file claiming version 1 or later must have them before
/// any later migration writes to it.
pub const V1_TABLES: &[&str] = &[
    "organizations",
    "settings",
    "users",
    "login_sessions",
    "superseded_tokens",
    "tickets",
    "cases",
    "case_notes",
    "work_sessions",
    "audit_events",
];

/// Constraint names here are stable: the store maps them to core errors by name, and the
/// PostgreSQL store uses the same ones.
const V1_INITIAL: &str = r#"
CREATE TABLE organizations (
    org_id              TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    next_ticket_number  INTEGER NOT NULL DEFAULT 1,
    created_at          INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
    org_id      TEXT NOT NULL REFERENCES organizations (org_id),
    key         TEXT NOT NULL,
    value       INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, key)
) STRICT;

CREATE TABLE users (
    user_id               TEXT PRIMARY KEY,
    org_id                TEXT NOT NULL REFERENCES organizations (org_id),
    username              TEXT NOT NULL,
    display_name          TEXT NOT NULL DEFAULT '',
    email                 TEXT,
    role                  TEXT NOT NULL,
    status                TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    last_login_at         INTEGER,
    failed_logins         INTEGER NOT NULL DEFAULT 0,
    last_failed_login_at  INTEGER,
    CONSTRAINT users_username_format CHECK (
        length(username) BETWEEN 1 AND 64 AND username NOT GLOB '*[^a-z0-9._-]*'),
    CONSTRAINT users_role_valid CHECK (role IN ('admin', 'supervisor', 'technician', 'viewer')),
    CONSTRAINT users_status_valid CHECK (status IN ('active', 'suspended', 'deactivated'))
) STRICT;
CREATE UNIQUE INDEX users_username_unique ON users (org_id, username);

CREATE TABLE login_sessions (
    session_id     TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES organizations (org_id),
    user_id        TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    client_id      TEXT NOT NULL,
    client_label   TEXT NOT NULL,
    kind           TEXT NOT NULL,
    token_hash     BLOB NOT NULL,
    created_at     INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    revoked_at     INTEGER,
    revoke_reason  TEXT,
    CONSTRAINT login_sessions_kind_valid CHECK (kind IN ('device', 'bearer')),
    CONSTRAINT login_sessions_token_hash_size CHECK (length(token_hash) = 32)
) STRICT;
CREATE UNIQUE INDEX login_sessions_token_unique ON login_sessions (token_hash);
CREATE INDEX login_sessions_by_user ON login_sessions (user_id, client_id);

CREATE TABLE superseded_tokens (
    token_hash     BLOB PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES login_sessions (session_id) ON DELETE CASCADE,
    superseded_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX superseded_tokens_by_session ON superseded_tokens (session_id);

CREATE TABLE tickets (
    ticket_id    INTEGER PRIMARY KEY,
    org_id       TEXT NOT NULL REFERENCES organizations (org_id),
    number       INTEGER NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    requester    TEXT NOT NULL DEFAULT '',
    assignee_id  TEXT REFERENCES users (user_id),
    creator_id   TEXT NOT NULL REFERENCES users (user_id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CONSTRAINT tickets_title_length CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT tickets_status_valid CHECK (
        status IN ('open', 'in_progress', 'on_hold', 'resolved', 'closed')),
    CONSTRAINT tickets_priority_valid CHECK (priority IN ('low', 'normal', 'high', 'urgent'))
) STRICT;
CREATE UNIQUE INDEX tickets_number_unique ON tickets (org_id, number);
-- `ticket list` filters and orders: each filter seeks its index, already in number order.
CREATE INDEX tickets_by_assignee ON tickets (assignee_id, number);
CREATE INDEX tickets_by_status ON tickets (org_id, status, number);
CREATE INDEX tickets_by_priority ON tickets (org_id, priority, number);
CREATE INDEX tickets_by_updated ON tickets (org_id, updated_at, number);
CREATE INDEX tickets_by_creator ON tickets (creator_id);

CREATE TABLE cases (
    case_id      TEXT PRIMARY KEY,
    org_id       TEXT NOT NULL REFERENCES organizations (org_id),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL,
    priority     TEXT NOT NULL,
    owner_id     TEXT NOT NULL REFERENCES users (user_id),
    ticket_id    INTEGER REFERENCES tickets (ticket_id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CONSTRAINT cases_title_length CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT cases_status_valid CHECK (
        status IN ('open', 'investigating', 'resolved', 'closed', 'archived')),
    CONSTRAINT cases_priority_valid CHECK (priority IN ('low', 'normal', 'high', 'urgent'))
) STRICT;
-- `case list` orders by (created_at, case_id) so ties are predictable; these indexes deliver that
-- order for one owner, for everyone, and for everyone in one status.
CREATE INDEX cases_by_owner ON cases (owner_id, created_at, case_id);
CREATE INDEX cases_by_org ON cases (org_id, created_at, case_id);
CREATE INDEX cases_by_status ON cases (org_id, status, created_at, case_id);
CREATE INDEX cases_by_updated ON cases (org_id, updated_at, case_id);
CREATE INDEX cases_by_ticket ON cases (ticket_id);

CREATE TABLE case_notes (
    note_id     INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (case_id),
    author_id   TEXT NOT NULL REFERENCES users (user_id),
    created_at  INTEGER NOT NULL,
    body        TEXT NOT NULL,
    CONSTRAINT case_notes_body_length CHECK (length(body) BETWEEN 1 AND 20000)
) STRICT;
CREATE INDEX case_notes_by_case ON case_notes (case_id, note_id);
CREATE INDEX case_notes_by_author ON case_notes (author_id);

CREATE TABLE work_sessions (
    work_session_id  TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES organizations (org_id),
    user_id          TEXT NOT NULL REFERENCES users (user_id),
    ticket_id        INTEGER REFERENCES tickets (ticket_id),
    case_id          TEXT REFERENCES cases (case_id),
    start_at         INTEGER NOT NULL,
    end_at           INTEGER,
    duration         INTEGER,
    utc_offset       INTEGER NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    CONSTRAINT work_sessions_target_required CHECK (ticket_id IS NOT NULL OR case_id IS NOT NULL),
    CONSTRAINT work_sessions_end_after_start CHECK (end_at IS NULL OR end_at >= start_at),
    CONSTRAINT work_sessions_duration_matches CHECK (
        (end_at IS NULL AND duration IS NULL) OR duration = end_at - start_at),
    CONSTRAINT work_sessions_source_valid CHECK (source IN ('timer', 'manual', 'import')),
    CONSTRAINT work_sessions_offset_range CHECK (utc_offset BETWEEN -86399 AND 86399)
) STRICT;
-- At most one running work session per user.
CREATE UNIQUE INDEX work_sessions_one_running ON work_sessions (user_id) WHERE end_at IS NULL;
-- The overlap check seeks here: non-empty sessions of one user, ordered by start.
CREATE INDEX work_sessions_user_start ON work_sessions (user_id, start_at)
    WHERE end_at IS NULL OR end_at > start_at;
CREATE INDEX work_sessions_by_user ON work_sessions (user_id, start_at, end_at);
CREATE INDEX work_sessions_by_start ON work_sessions (org_id, start_at);
-- Covering for a ticket's or case's total time (start and end give every duration).
CREATE INDEX work_sessions_by_ticket ON work_sessions (ticket_id, start_at, end_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX work_sessions_by_case ON work_sessions (case_id, start_at, end_at) WHERE case_id IS NOT NULL;

-- One user's non-empty sessions never overlap as half-open intervals [start, end), a running
-- one counting as [start, infinity). Because they never overlap, the only candidate is the
-- latest session starting before the new end: two index seeks, not a scan.
CREATE TRIGGER work_sessions_no_overlap_insert
BEFORE INSERT ON work_sessions
WHEN (NEW.end_at IS NULL OR NEW.end_at > NEW.start_at) AND EXISTS (
    SELECT 1 FROM (
        SELECT end_at FROM work_sessions INDEXED BY work_sessions_user_start
        WHERE user_id = NEW.user_id
          AND (end_at IS NULL OR end_at > start_at)
          AND start_at < coalesce(NEW.end_at, 9223372036854775807)
        ORDER BY start_at DESC LIMIT 1
    ) WHERE end_at IS NULL OR end_at > NEW.start_at)
BEGIN
    SELECT RAISE(ABORT, 'work_sessions_no_overlap');
END;

CREATE TRIGGER work_sessions_no_overlap_update
BEFORE UPDATE OF user_id, start_at, end_at ON work_sessions
WHEN (NEW.end_at IS NULL OR NEW.end_at > NEW.start_at) AND EXISTS (
    SELECT 1 FROM (
        SELECT end_at FROM work_sessions INDEXED BY work_sessions_user_start
        WHERE user_id = NEW.user_id
          AND (end_at IS NULL OR end_at > start_at)
          AND start_at < coalesce(NEW.end_at, 9223372036854775807)
          AND work_session_id <> OLD.work_session_id
        ORDER BY start_at DESC LIMIT 1
    ) WHERE end_at IS NULL OR end_at > NEW.start_at)
BEGIN
    SELECT RAISE(ABORT, 'work_sessions_no_overlap');
END;

CREATE TABLE audit_events (
    event_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id       TEXT NOT NULL REFERENCES organizations (org_id),
    at           INTEGER NOT NULL,
    actor_id     TEXT,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    before       TEXT,
    after        TEXT
) STRICT;
CREATE INDEX audit_events_by_time ON audit_events (org_id, at);
CREATE INDEX audit_events_by_object ON audit_events (object_type, object_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events_append_only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events_append_only');
END;
"#;

/// Failed logins for usernames that match no user, so the throttle treats unknown and known
/// names alike. The name is kept only as the SHA-256 of its normalised form.
const V2_LOGIN_FAILURES: &str = r#"
CREATE TABLE login_failures (
    org_id          TEXT NOT NULL REFERENCES organizations (org_id),
    name_key        BLOB NOT NULL,
    failed_logins   INTEGER NOT NULL,
    last_failed_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, name_key),
    CONSTRAINT login_failures_name_key_size CHECK (length(name_key) = 32)
) STRICT;
CREATE INDEX login_failures_by_time ON login_failures (org_id, last_failed_at);
"#;

/// Replies to writes a server may be asked to repeat (`Idempotency-Key`), kept for a day.
const V3_IDEMPOTENCY_KEYS: &str = r#"
CREATE TABLE idempotency_keys (
    org_id          TEXT NOT NULL REFERENCES organizations (org_id),
    user_id         TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    request_digest  TEXT NOT NULL,
    value           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id, key)
) STRICT;
CREATE INDEX idempotency_keys_by_time ON idempotency_keys (org_id, user_id, created_at);
"#;

/// Where a login through a server came from: the address and user agent the server saw.
const V4_LOGIN_ORIGIN: &str = r#"
ALTER TABLE login_sessions ADD COLUMN client_address TEXT;
ALTER TABLE login_sessions ADD COLUMN user_agent TEXT;
"#;

/// Tags on work sessions: each name once per organisation, linked to any number of sessions.
/// A deleted session takes its links with it; names stay, so filters by them keep working.
const V5_WORK_SESSION_TAGS: &str = r#"
CREATE TABLE tags (
    tag_id  INTEGER PRIMARY KEY,
    org_id  TEXT NOT NULL REFERENCES organizations (org_id),
    name    TEXT NOT NULL,
    CONSTRAINT tags_name_unique UNIQUE (org_id, name),
    CONSTRAINT tags_name_length CHECK (length(name) BETWEEN 1 AND 64)
) STRICT;

CREATE TABLE work_session_tags (
    org_id           TEXT NOT NULL REFERENCES organizations (org_id),
    work_session_id  TEXT NOT NULL REFERENCES work_sessions (work_session_id) ON DELETE CASCADE,
    tag_id           INTEGER NOT NULL REFERENCES tags (tag_id),
    PRIMARY KEY (work_session_id, tag_id)
) STRICT;
CREATE INDEX work_session_tags_by_tag ON work_session_tags (tag_id, work_session_id);
"#;

/// Organisations become real tenants: a status (a suspended one's users can neither log in nor
/// act), an operator's limit on users, and a name that is unique and written like a username.
/// Names from before fold to lower case; one that still breaks the rule becomes `default` (the
/// first organisation) or `org-` and the start of its id. `deleting` exists only inside the
/// transaction of `stint org delete`: it is what lets that transaction remove the organisation's
/// audit events, which nothing else may.
const V6_ORGANISATIONS: &str = r#"
ALTER TABLE organizations ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CONSTRAINT organizations_status_valid CHECK (status IN ('active', 'suspended', 'deleting'));
ALTER TABLE organizations ADD COLUMN max_users INTEGER
    CONSTRAINT organizations_max_users_positive CHECK (max_users IS NULL OR max_users >= 1);

UPDATE organizations SET name = lower(name);
UPDATE organizations
SET name = CASE
    WHEN org_id = (SELECT org_id FROM organizations ORDER BY created_at, org_id LIMIT 1) THEN 'default'
    ELSE 'org-' || substr(org_id, 1, 8) END
WHERE length(name) NOT BETWEEN 1 AND 64 OR name GLOB '*[^a-z0-9._-]*';
CREATE UNIQUE INDEX organizations_name_unique ON organizations (name);

-- SQLite cannot add a CHECK to an existing column: triggers keep the name rule instead.
CREATE TRIGGER organizations_name_format_insert BEFORE INSERT ON organizations
WHEN length(NEW.name) NOT BETWEEN 1 AND 64 OR NEW.name GLOB '*[^a-z0-9._-]*'
BEGIN
    SELECT RAISE(ABORT, 'organizations_name_format');
END;
CREATE TRIGGER organizations_name_format_update BEFORE UPDATE OF name ON organizations
WHEN length(NEW.name) NOT BETWEEN 1 AND 64 OR NEW.name GLOB '*[^a-z0-9._-]*'
BEGIN
    SELECT RAISE(ABORT, 'organizations_name_format');
END;

DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN NOT EXISTS (SELECT 1 FROM organizations WHERE org_id = OLD.org_id AND status = 'deleting')
BEGIN
    SELECT RAISE(ABORT, 'audit_events_append_only');
END;
"#;
