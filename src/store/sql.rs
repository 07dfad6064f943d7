//! SQL text both stores run as it stands: each statement written once with SQLite's `?N`
//! placeholders and turned into PostgreSQL's `$N` at compile time by [`pg_sql!`]. Statements
//! whose dialects differ (casts of nullable parameters, `max` and `greatest`, index hints) stay
//! with their driver; the column lists they share are here, as `concat!`-able macros and as
//! consts. Beside each statement that binds a whole record stand the values it binds, in
//! placeholder order, as `&dyn Param` both drivers take, and the reader of each record from its
//! columns, over [`ReadRow`]. The `list` filters of tickets and cases are assembled here too,
//! through [`Bind`].

use crate::audit::AuditEvent;
use crate::auth::{LoginSession, Origin, TokenHash};
use crate::case::{Case, CaseNote, CaseQuery, CaseRow, CaseSort, NoteRow};
use crate::error::{Error, Result};
use crate::ticket::{Ticket, TicketQuery, TicketRow, TicketSort};
use crate::time::Timestamp;
use crate::user::User;
use crate::work::{PickTarget, TicketRef, WorkFilter, WorkSession};

/// Copies `sql` with every `?` made a `$`: SQLite's `?N` placeholders become PostgreSQL's `$N`.
/// Shared text has no other `?`, and a byte for a byte keeps the length and the UTF-8.
pub(crate) const fn dollar_placeholders<const N: usize>(sql: &str) -> [u8; N] {
    let bytes = sql.as_bytes();
    assert!(bytes.len() == N, "the buffer must be as long as the SQL");
    let mut out = [0; N];
    let mut at = 0;
    while at < N {
        out[at] = if bytes[at] == b'?' { b'$' } else { bytes[at] };
        at += 1;
    }
    out
}

/// A shared statement as PostgreSQL reads it, computed at compile time: `pg_sql!(sql::X)`.
macro_rules! pg_sql {
    ($sql:expr) => {{
        const SQLITE: &str = $sql;
        const BYTES: [u8; SQLITE.len()] = $crate::store::sql::dollar_placeholders(SQLITE);
        const POSTGRES: &str = match ::std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("replacing one ASCII byte by another keeps UTF-8"),
        };
        POSTGRES
    }};
}
pub(crate) use pg_sql;

/// The ids in `$table` whose `$id` starts with the prefix `?2` in organisation `?1`, of owner
/// `?3` unless that is NULL, in id order: at most 11, enough to tell one match from several.
/// `$no_owner` is the NULL test of `?3` as the driver's dialect spells it.
macro_rules! id_prefix_query {
    ($table:literal, $id:literal, $owner:literal, $no_owner:literal) => {
        concat!(
            "SELECT ",
            $id,
            " FROM ",
            $table,
            " WHERE org_id = ?1 AND ",
            $id,
            " >= ?2 AND ",
            $id,
            " < ?2 || 'g' AND (",
            $no_owner,
            " OR ",
            $owner,
            " = ?3) ORDER BY ",
            $id,
            " LIMIT 11"
        )
    };
}
pub(crate) use id_prefix_query;

// Login sessions and superseded tokens.

macro_rules! login_session_columns {
    () => {
        "session_id, org_id, user_id, client_id, client_label, kind, token_hash, \
         created_at, last_seen_at, expires_at, revoked_at, revoke_reason, client_address, user_agent"
    };
}

/// A login session's columns, in the order [`login_session_from`] reads them.
pub(crate) const LOGIN_SESSION_COLUMNS: &str = login_session_columns!();

pub(crate) const INSERT_LOGIN_SESSION: &str = concat!(
    "INSERT INTO login_sessions (",
    login_session_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
);

/// The values of `INSERT_LOGIN_SESSION`; the token hash comes as a slice, which both drivers
/// bind as bytes.
pub(crate) fn insert_login_session_values<'a>(
    s: &'a LoginSession,
    token_hash: &'a &'a [u8],
) -> [&'a dyn Param; 14] {
    [
        &s.session_id,
        &s.org_id,
        &s.user_id,
        &s.client_id,
        &s.client_label,
        &s.kind,
        token_hash,
        &s.created_at,
        &s.last_seen_at,
        &s.expires_at,
        &s.revoked_at,
        &s.revoke_reason,
        &s.origin.address,
        &s.origin.user_agent,
    ]
}

pub(crate) const LOGIN_SESSION_BY_TOKEN: &str =
    concat!("SELECT ", login_session_columns!(), " FROM login_sessions WHERE token_hash = ?1");

pub(crate) const LOGIN_SESSION_BY_ID: &str = concat!(
    "SELECT ",
    login_session_columns!(),
    " FROM login_sessions WHERE org_id = ?1 AND session_id = ?2"
);

/// The session a superseded token belonged to, with column 14 the moment it was superseded.
pub(crate) const LOGIN_SESSION_BY_SUPERSEDED_TOKEN: &str = concat!(
    "SELECT ",
    login_session_columns!(),
    ", t.superseded_at
     FROM (SELECT session_id AS old_session, superseded_at FROM superseded_tokens WHERE token_hash = ?1) t
     JOIN login_sessions ON session_id = t.old_session"
);

pub(crate) const OPEN_DEVICE_SESSIONS_ON_CLIENT: &str = concat!(
    "SELECT ",
    login_session_columns!(),
    " FROM login_sessions
     WHERE org_id = ?1 AND client_id = ?2 AND kind = 'device' AND revoked_at IS NULL AND expires_at > ?3
     ORDER BY created_at, session_id"
);

pub(crate) const OPEN_DEVICE_SESSION: &str = concat!(
    "SELECT ",
    login_session_columns!(),
    " FROM login_sessions
     WHERE user_id = ?1 AND client_id = ?2 AND kind = 'device' AND revoked_at IS NULL AND expires_at > ?3
     ORDER BY created_at DESC LIMIT 1"
);

pub(crate) const COUNT_ACTIVE_LOGIN_SESSIONS_IDLE: &str = "SELECT count(*) FROM login_sessions
     WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2 AND last_seen_at > ?2 - ?3";

/// Keeps a rotated-away token (`?1`) of session `?2`; a token kept already stays as it was.
pub(crate) const SUPERSEDE_TOKEN: &str =
    "INSERT INTO superseded_tokens (token_hash, session_id, superseded_at) VALUES (?1, ?2, ?3)
     ON CONFLICT DO NOTHING";

pub(crate) const ROTATE_LOGIN_TOKEN: &str =
    "UPDATE login_sessions SET token_hash = ?2, last_seen_at = ?3, client_address = ?4, user_agent = ?5
     WHERE session_id = ?1";

pub(crate) const REVOKE_LOGIN_SESSION: &str = "UPDATE login_sessions SET revoked_at = ?2, revoke_reason = ?3 WHERE session_id = ?1 AND revoked_at IS NULL";

pub(crate) const REVOKE_USER_LOGIN_SESSIONS: &str =
    "UPDATE login_sessions SET revoked_at = ?2, revoke_reason = ?3 WHERE user_id = ?1 AND revoked_at IS NULL";

pub(crate) const LOGIN_FAILURES: &str =
    "SELECT failed_logins, last_failed_at FROM login_failures WHERE org_id = ?1 AND name_key = ?2";

pub(crate) const RECORD_LOGIN_FAILURES: &str =
    "INSERT INTO login_failures (org_id, name_key, failed_logins, last_failed_at) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (org_id, name_key) DO UPDATE
     SET failed_logins = excluded.failed_logins, last_failed_at = excluded.last_failed_at";

pub(crate) const FORGET_LOGIN_FAILURES_BEFORE: &str =
    "DELETE FROM login_failures WHERE org_id = ?1 AND last_failed_at < ?2";

pub(crate) const DELETE_DEAD_LOGIN_SESSIONS: &str = "DELETE FROM login_sessions
     WHERE org_id = ?1 AND (revoked_at IS NOT NULL OR expires_at <= ?2 OR last_seen_at <= ?2 - ?3)";

// Users.

macro_rules! user_columns {
    () => {
        "user_id, org_id, username, display_name, email, role, status, password_hash, \
         created_at, updated_at, last_login_at, failed_logins, last_failed_login_at"
    };
}

/// A user's columns, in the order [`user_from`] reads them.
pub(crate) const USER_COLUMNS: &str = user_columns!();

pub(crate) const INSERT_USER: &str = concat!(
    "INSERT INTO users (",
    user_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
);

pub(crate) const USER_BY_NAME: &str =
    concat!("SELECT ", user_columns!(), " FROM users WHERE org_id = ?1 AND username = ?2");

pub(crate) const USER_BY_ID: &str =
    concat!("SELECT ", user_columns!(), " FROM users WHERE org_id = ?1 AND user_id = ?2");

/// The values of `INSERT_USER`.
pub(crate) fn insert_user_values(u: &User) -> [&dyn Param; 13] {
    [
        &u.user_id,
        &u.org_id,
        &u.username,
        &u.display_name,
        &u.email,
        &u.role,
        &u.status,
        &u.password_hash,
        &u.created_at,
        &u.updated_at,
        &u.last_login_at,
        &u.failed_logins,
        &u.last_failed_login_at,
    ]
}

pub(crate) const UPDATE_USER: &str =
    "UPDATE users SET username = ?3, display_name = ?4, email = ?5, role = ?6, status = ?7,
         password_hash = ?8, updated_at = ?9, last_login_at = ?10, failed_logins = ?11,
         last_failed_login_at = ?12
     WHERE org_id = ?1 AND user_id = ?2";

/// The values of `UPDATE_USER`.
pub(crate) fn update_user_values(u: &User) -> [&dyn Param; 12] {
    [
        &u.org_id,
        &u.user_id,
        &u.username,
        &u.display_name,
        &u.email,
        &u.role,
        &u.status,
        &u.password_hash,
        &u.updated_at,
        &u.last_login_at,
        &u.failed_logins,
        &u.last_failed_login_at,
    ]
}

pub(crate) const DELETE_USER: &str = "DELETE FROM users WHERE org_id = ?1 AND user_id = ?2";

pub(crate) const COUNT_ACTIVE_ADMINS: &str =
    "SELECT count(*) FROM users WHERE org_id = ?1 AND role = 'admin' AND status = 'active'";

/// Whether user `?2` created, is assigned, owns or wrote anything, or has worked at all.
pub(crate) const USER_OWNS_DATA: &str =
    "SELECT EXISTS (SELECT 1 FROM tickets WHERE org_id = ?1 AND (creator_id = ?2 OR assignee_id = ?2))
         OR EXISTS (SELECT 1 FROM cases WHERE org_id = ?1 AND owner_id = ?2)
         OR EXISTS (SELECT 1 FROM case_notes WHERE author_id = ?2)
         OR EXISTS (SELECT 1 FROM work_sessions WHERE user_id = ?2)";

// Organisations, settings and idempotency keys.

pub(crate) const INSERT_ORG: &str =
    "INSERT INTO organizations (org_id, name, status, max_users, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";

macro_rules! org_columns {
    () => {
        "org_id, name, status, max_users, created_at"
    };
}

pub(crate) const SOLE_ORG: &str =
    concat!("SELECT ", org_columns!(), " FROM organizations ORDER BY created_at, org_id LIMIT 1");

pub(crate) const ORG_BY_NAME: &str =
    concat!("SELECT ", org_columns!(), " FROM organizations WHERE name = ?1");

pub(crate) const ORG_BY_ID: &str =
    concat!("SELECT ", org_columns!(), " FROM organizations WHERE org_id = ?1");

pub(crate) const LIST_ORGS: &str = concat!("SELECT ", org_columns!(), " FROM organizations ORDER BY name");

pub(crate) const UPDATE_ORG: &str =
    "UPDATE organizations SET name = ?2, status = ?3, max_users = ?4 WHERE org_id = ?1";

pub(crate) const ORG_USAGE: &str = "SELECT (SELECT count(*) FROM users WHERE org_id = ?1),
        (SELECT count(*) FROM tickets WHERE org_id = ?1),
        (SELECT count(*) FROM work_sessions WHERE org_id = ?1)";

pub(crate) const COUNT_ORG_USERS: &str = "SELECT count(*) FROM users WHERE org_id = ?1";

/// `stint org delete`, children before parents. Marking the organisation `deleting` first is
/// what lets its audit events go (the append-only trigger allows nothing else).
pub(crate) const DELETE_ORG: &[&str] = &[
    "UPDATE organizations SET status = 'deleting' WHERE org_id = ?1",
    "DELETE FROM work_session_tags WHERE org_id = ?1",
    "DELETE FROM tags WHERE org_id = ?1",
    "DELETE FROM work_sessions WHERE org_id = ?1",
    "DELETE FROM case_notes WHERE case_id IN (SELECT case_id FROM cases WHERE org_id = ?1)",
    "DELETE FROM cases WHERE org_id = ?1",
    "DELETE FROM tickets WHERE org_id = ?1",
    "DELETE FROM idempotency_keys WHERE org_id = ?1",
    "DELETE FROM superseded_tokens WHERE session_id IN (SELECT session_id FROM login_sessions WHERE org_id = ?1)",
    "DELETE FROM login_sessions WHERE org_id = ?1",
    "DELETE FROM login_failures WHERE org_id = ?1",
    "DELETE FROM users WHERE org_id = ?1",
    "DELETE FROM settings WHERE org_id = ?1",
    "DELETE FROM audit_events WHERE org_id = ?1",
    "DELETE FROM organizations WHERE org_id = ?1",
];

pub(crate) const SETTING_OVERRIDES: &str = "SELECT key, value FROM settings WHERE org_id = ?1 ORDER BY key";

pub(crate) const PUT_SETTING: &str =
    "INSERT INTO settings (org_id, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (org_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";

pub(crate) const STORED_REPLY: &str =
    "SELECT request_digest, value FROM idempotency_keys WHERE org_id = ?1 AND user_id = ?2 AND key = ?3";

pub(crate) const FORGET_REPLIES_BEFORE: &str =
    "DELETE FROM idempotency_keys WHERE org_id = ?1 AND user_id = ?2 AND created_at < ?3";

pub(crate) const STORE_REPLY: &str =
    "INSERT INTO idempotency_keys (org_id, user_id, key, request_digest, value, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

// The audit log.

/// Appends one event and returns its id.
pub(crate) const APPEND_AUDIT: &str =
    "INSERT INTO audit_events (org_id, at, actor_id, actor, action, object_type, object_id, before, after)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING event_id";

// Tickets.

macro_rules! ticket_columns {
    () => {
        "t.ticket_id, t.org_id, t.number, t.title, t.description, t.status, \
         t.priority, t.requester, t.assignee_id, t.creator_id, t.created_at, t.updated_at, \
         a.username, c.username"
    };
}

macro_rules! ticket_joins {
    () => {
        "JOIN users c ON c.user_id = t.creator_id LEFT JOIN users a ON a.user_id = t.assignee_id"
    };
}

/// Columns of `tickets t` joined with its creator `c` and assignee `a`, in [`ticket_row_from`] order.
pub(crate) const TICKET_COLUMNS: &str = ticket_columns!();

/// What `tickets t` is joined with for `TICKET_COLUMNS`.
pub(crate) const TICKET_JOINS: &str = ticket_joins!();

/// Takes the organisation's next ticket number (on PostgreSQL the update also locks the row,
/// so concurrent creators take turns).
pub(crate) const ALLOCATE_TICKET_NUMBER: &str =
    "UPDATE organizations SET next_ticket_number = next_ticket_number + 1 WHERE org_id = ?1
     RETURNING next_ticket_number - 1";

pub(crate) const INSERT_TICKET: &str =
    "INSERT INTO tickets (org_id, number, title, description, status, priority, requester,
         assignee_id, creator_id, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
     RETURNING ticket_id";

/// The values of `INSERT_TICKET`.
pub(crate) fn insert_ticket_values(t: &Ticket) -> [&dyn Param; 11] {
    [
        &t.org_id,
        &t.number,
        &t.title,
        &t.description,
        &t.status,
        &t.priority,
        &t.requester,
        &t.assignee_id,
        &t.creator_id,
        &t.created_at,
        &t.updated_at,
    ]
}

/// The newest tickets whose number starts with the digits `?2` (empty: any), for completion:
/// numbers and titles only, so no session is read.
pub(crate) const TICKET_TITLES: &str = "SELECT number, title FROM tickets
     WHERE org_id = ?1 AND CAST(number AS TEXT) LIKE CAST(?2 AS TEXT) || '%'
     ORDER BY number DESC LIMIT ?3";

pub(crate) const TICKET_BY_NUMBER: &str = concat!(
    "SELECT ",
    ticket_columns!(),
    " FROM tickets t ",
    ticket_joins!(),
    " WHERE t.org_id = ?1 AND t.number = ?2"
);

pub(crate) const UPDATE_TICKET: &str =
    "UPDATE tickets SET title = ?3, description = ?4, status = ?5, priority = ?6, requester = ?7,
         assignee_id = ?8, updated_at = ?9
     WHERE org_id = ?1 AND ticket_id = ?2";

/// The values of `UPDATE_TICKET`.
pub(crate) fn update_ticket_values(t: &Ticket) -> [&dyn Param; 9] {
    [
        &t.org_id,
        &t.ticket_id,
        &t.title,
        &t.description,
        &t.status,
        &t.priority,
        &t.requester,
        &t.assignee_id,
        &t.updated_at,
    ]
}

// Cases and their notes.

macro_rules! case_columns {
    () => {
        "c.case_id, c.org_id, c.title, c.description, c.status, c.priority, c.owner_id, \
         c.ticket_id, c.created_at, c.updated_at, o.username, t.number, \
         (SELECT count(*) FROM case_notes n WHERE n.case_id = c.case_id)"
    };
}

macro_rules! case_joins {
    () => {
        "JOIN users o ON o.user_id = c.owner_id LEFT JOIN tickets t ON t.ticket_id = c.ticket_id"
    };
}

/// Columns of `cases c` joined with its owner `o` and linked ticket `t`, in [`case_row_from`] order.
pub(crate) const CASE_COLUMNS: &str = case_columns!();

/// What `cases c` is joined with for `CASE_COLUMNS`.
pub(crate) const CASE_JOINS: &str = case_joins!();

pub(crate) const INSERT_CASE: &str =
    "INSERT INTO cases (case_id, org_id, title, description, status, priority, owner_id, ticket_id,
         created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

/// The values of `INSERT_CASE`.
pub(crate) fn insert_case_values(c: &Case) -> [&dyn Param; 10] {
    [
        &c.case_id,
        &c.org_id,
        &c.title,
        &c.description,
        &c.status,
        &c.priority,
        &c.owner_id,
        &c.ticket_id,
        &c.created_at,
        &c.updated_at,
    ]
}

pub(crate) const CASE_BY_ID: &str = concat!(
    "SELECT ",
    case_columns!(),
    " FROM cases c ",
    case_joins!(),
    " WHERE c.org_id = ?1 AND c.case_id = ?2"
);

pub(crate) const UPDATE_CASE: &str =
    "UPDATE cases SET title = ?3, description = ?4, status = ?5, priority = ?6, owner_id = ?7,
         ticket_id = ?8, updated_at = ?9
     WHERE org_id = ?1 AND case_id = ?2";

/// The values of `UPDATE_CASE`.
pub(crate) fn update_case_values(c: &Case) -> [&dyn Param; 9] {
    [
        &c.org_id,
        &c.case_id,
        &c.title,
        &c.description,
        &c.status,
        &c.priority,
        &c.owner_id,
        &c.ticket_id,
        &c.updated_at,
    ]
}

/// A case's notes, oldest first, each with its author's username.
pub(crate) const CASE_NOTES: &str =
    "SELECT n.note_id, n.case_id, n.author_id, n.created_at, n.body, u.username
     FROM case_notes n JOIN users u ON u.user_id = n.author_id
     WHERE n.case_id = ?1 ORDER BY n.note_id";

// Work sessions.

macro_rules! work_session_columns {
    () => {
        "w.work_session_id, w.org_id, w.user_id, w.ticket_id, \
         (SELECT number FROM tickets WHERE ticket_id = w.ticket_id), w.case_id, w.start_at, w.end_at, \
         w.duration, w.utc_offset, w.note, w.source, w.created_at, w.updated_at"
    };
}

/// A stored session of `work_sessions AS w`, with its ticket's number, in the order
/// [`work_session_from`] reads them.
pub(crate) const WORK_SESSION_COLUMNS: &str = work_session_columns!();

pub(crate) const RUNNING_WORK_SESSION: &str = concat!(
    "SELECT ",
    work_session_columns!(),
    " FROM work_sessions AS w
     WHERE w.user_id = ?1 AND w.end_at IS NULL AND w.org_id = ?2"
);

pub(crate) const INSERT_WORK_SESSION: &str =
    "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, case_id, start_at,
         end_at, duration, utc_offset, note, source, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

/// The values of `INSERT_WORK_SESSION`; `ticket_id` is the ticket's internal id.
pub(crate) fn insert_work_session_values<'a>(
    s: &'a WorkSession,
    ticket_id: &'a Option<i64>,
) -> [&'a dyn Param; 13] {
    [
        &s.work_session_id,
        &s.org_id,
        &s.user_id,
        ticket_id,
        &s.case_id,
        &s.start,
        &s.end,
        &s.duration,
        &s.utc_offset,
        &s.note,
        &s.source,
        &s.created_at,
        &s.updated_at,
    ]
}

pub(crate) const UPDATE_WORK_SESSION: &str =
    "UPDATE work_sessions SET ticket_id = ?3, case_id = ?4, start_at = ?5, end_at = ?6,
         duration = ?7, utc_offset = ?8, note = ?9, updated_at = ?10
     WHERE org_id = ?1 AND work_session_id = ?2";

/// The values of `UPDATE_WORK_SESSION`; `ticket_id` is the ticket's internal id.
pub(crate) fn update_work_session_values<'a>(
    s: &'a WorkSession,
    ticket_id: &'a Option<i64>,
) -> [&'a dyn Param; 10] {
    [
        &s.org_id,
        &s.work_session_id,
        ticket_id,
        &s.case_id,
        &s.start,
        &s.end,
        &s.duration,
        &s.utc_offset,
        &s.note,
        &s.updated_at,
    ]
}

pub(crate) const DELETE_WORK_SESSION: &str =
    "DELETE FROM work_sessions WHERE org_id = ?1 AND work_session_id = ?2";

pub(crate) const WORK_SESSION_BY_ID: &str = concat!(
    "SELECT ",
    work_session_columns!(),
    " FROM work_sessions AS w
     WHERE w.org_id = ?1 AND w.work_session_id = ?2"
);

/// The range a work-session listing binds, as seconds from and to; an open end is the far end
/// of the line, so one statement serves a bounded range and an unbounded one.
pub(crate) fn listing_range(filter: &WorkFilter) -> (i64, i64) {
    (filter.from.map_or(i64::MIN, Timestamp::unix), filter.to.map_or(i64::MAX, Timestamp::unix))
}

// Reading rows.

/// A column value both drivers can read.
pub(crate) trait Column: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a> {}
impl<T: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>> Column for T {}

/// A result row of either driver.
pub(crate) trait ReadRow {
    /// Column `index` as `T`; a stored value that is not what stint writes is an internal
    /// error naming it, never a panic.
    fn column<T: Column>(&self, index: usize) -> Result<T>;
}

/// A login session from `LOGIN_SESSION_COLUMNS`.
pub(crate) fn login_session_from(r: &impl ReadRow) -> Result<LoginSession> {
    let hash: Vec<u8> = r.column(6)?;
    let token_hash: TokenHash =
        hash.try_into().map_err(|_| Error::internal("stored token hash has the wrong size"))?;
    Ok(LoginSession {
        session_id: r.column(0)?,
        org_id: r.column(1)?,
        user_id: r.column(2)?,
        client_id: r.column(3)?,
        client_label: r.column(4)?,
        kind: r.column(5)?,
        token_hash,
        created_at: r.column(7)?,
        last_seen_at: r.column(8)?,
        expires_at: r.column(9)?,
        revoked_at: r.column(10)?,
        revoke_reason: r.column(11)?,
        origin: Origin { address: r.column(12)?, user_agent: r.column(13)? },
    })
}

/// A user from `USER_COLUMNS`.
pub(crate) fn user_from(r: &impl ReadRow) -> Result<User> {
    Ok(User {
        user_id: r.column(0)?,
        org_id: r.column(1)?,
        username: r.column(2)?,
        display_name: r.column(3)?,
        email: r.column(4)?,
        role: r.column(5)?,
        status: r.column(6)?,
        password_hash: r.column(7)?,
        created_at: r.column(8)?,
        updated_at: r.column(9)?,
        last_login_at: r.column(10)?,
        failed_logins: r.column(11)?,
        last_failed_login_at: r.column(12)?,
    })
}

/// A ticket and the names its ids stand for, from `TICKET_COLUMNS`.
pub(crate) fn ticket_row_from(r: &impl ReadRow) -> Result<TicketRow> {
    Ok(TicketRow {
        ticket: Ticket {
            ticket_id: r.column(0)?,
            org_id: r.column(1)?,
            number: r.column(2)?,
            title: r.column(3)?,
            description: r.column(4)?,
            status: r.column(5)?,
            priority: r.column(6)?,
            requester: r.column(7)?,
            assignee_id: r.column(8)?,
            creator_id: r.column(9)?,
            created_at: r.column(10)?,
            updated_at: r.column(11)?,
        },
        assignee: r.column(12)?,
        creator: r.column(13)?,
    })
}

/// A case, its owner's name, its ticket's number and its note count, from `CASE_COLUMNS`.
pub(crate) fn case_row_from(r: &impl ReadRow) -> Result<CaseRow> {
    Ok(CaseRow {
        case: Case {
            case_id: r.column(0)?,
            org_id: r.column(1)?,
            title: r.column(2)?,
            description: r.column(3)?,
            status: r.column(4)?,
            priority: r.column(5)?,
            owner_id: r.column(6)?,
            ticket_id: r.column(7)?,
            created_at: r.column(8)?,
            updated_at: r.column(9)?,
        },
        owner: r.column(10)?,
        ticket_number: r.column(11)?,
        message_count: r.column(12)?,
    })
}

/// A note and its author's name, from `CASE_NOTES`.
pub(crate) fn note_row_from(r: &impl ReadRow) -> Result<NoteRow> {
    Ok(NoteRow {
        note: CaseNote {
            note_id: r.column(0)?,
            case_id: r.column(1)?,
            author_id: r.column(2)?,
            created_at: r.column(3)?,
            body: r.column(4)?,
        },
        author: r.column(5)?,
    })
}

/// A stored work session, with its ticket's number, from `WORK_SESSION_COLUMNS`.
pub(crate) fn work_session_from(r: &impl ReadRow) -> Result<WorkSession> {
    let ticket = match (r.column::<Option<i64>>(3)?, r.column::<Option<i64>>(4)?) {
        (Some(ticket_id), Some(number)) => Some(TicketRef { ticket_id, number }),
        _ => None,
    };
    Ok(WorkSession {
        work_session_id: r.column(0)?,
        org_id: r.column(1)?,
        user_id: r.column(2)?,
        ticket,
        case_id: r.column(5)?,
        start: r.column(6)?,
        end: r.column(7)?,
        duration: r.column(8)?,
        utc_offset: r.column(9)?,
        note: r.column(10)?,
        source: r.column(11)?,
        created_at: r.column(12)?,
        updated_at: r.column(13)?,
    })
}

/// An audit event from `event_id, org_id, at, actor_id, actor, action, object_type, object_id,
/// before, after`; a snapshot that is not JSON reads as none.
pub(crate) fn audit_event_from(r: &impl ReadRow) -> Result<AuditEvent> {
    let json = |text: Option<String>| text.and_then(|t| serde_json::from_str(&t).ok());
    Ok(AuditEvent {
        event_id: r.column(0)?,
        org_id: r.column(1)?,
        at: r.column(2)?,
        actor_id: r.column(3)?,
        actor: r.column(4)?,
        action: r.column(5)?,
        object_type: r.column(6)?,
        object_id: r.column(7)?,
        before: json(r.column(8)?),
        after: json(r.column(9)?),
    })
}

/// A ticket or case the picker offers, from `number, case_id, title, last`.
pub(crate) fn pick_target_from(r: &impl ReadRow) -> Result<PickTarget> {
    Ok(PickTarget {
        ticket: r.column(0)?,
        case_id: r.column(1)?,
        title: r.column(2)?,
        last_worked: r.column(3)?,
    })
}

// Statements assembled from filters.

/// A value both drivers can bind.
pub(crate) trait Param: rusqlite::types::ToSql + postgres::types::ToSql + Sync {}
impl<T: rusqlite::types::ToSql + postgres::types::ToSql + Sync> Param for T {}

/// The values of a statement assembled from fixed fragments, as one driver holds them. Values
/// are only ever bound, never spliced into the text.
pub(crate) trait Bind {
    /// Binds `value` as the next parameter and returns its placeholder, `?N` or `$N`.
    fn bind(&mut self, value: impl Param + 'static) -> String;

    /// Binds each of `items` in turn and returns their placeholders as an `IN` list.
    fn bind_each<T: Param + Copy + 'static>(&mut self, items: &[T]) -> String {
        items.iter().map(|item| self.bind(*item)).collect::<Vec<_>>().join(", ")
    }

    /// Appends ` LIMIT <placeholder>` when the listing asks for one.
    fn push_limit(&mut self, sql: &mut String, limit: Option<u32>) {
        if let Some(limit) = limit {
            let p = self.bind(i64::from(limit));
            sql.push_str(&format!(" LIMIT {p}"));
        }
    }
}

/// What follows `WHERE t.org_id = …` in `ticket list`: one fixed fragment per filter, so each
/// combination gets SQL the planner can serve from an index. `search` binds the search text
/// and returns its condition, which the dialects spell differently.
pub(crate) fn ticket_filters<B: Bind>(
    values: &mut B,
    query: &TicketQuery,
    search: impl FnOnce(&mut B, &str) -> String,
) -> String {
    let mut sql = String::new();
    if !query.statuses.is_empty() {
        let placeholders = values.bind_each(&query.statuses);
        sql.push_str(&format!(" AND t.status IN ({placeholders})"));
    }
    match query.assignee {
        None => {}
        Some(None) => sql.push_str(" AND t.assignee_id IS NULL"),
        Some(Some(user)) => {
            let p = values.bind(user);
            sql.push_str(&format!(" AND t.assignee_id = {p}"));
        }
    }
    if let Some(priority) = query.priority {
        let p = values.bind(priority);
        sql.push_str(&format!(" AND t.priority = {p}"));
    }
    if let Some(text) = &query.search {
        sql.push_str(&search(values, text));
    }
    sql.push_str(match query.sort {
        TicketSort::Newest => " ORDER BY t.number DESC",
        TicketSort::Oldest => " ORDER BY t.number ASC",
        TicketSort::Updated => " ORDER BY t.updated_at DESC, t.number DESC",
        TicketSort::Priority => {
            " ORDER BY CASE t.priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END DESC, \
             t.number DESC"
        }
    });
    values.push_limit(&mut sql, query.limit);
    sql
}

/// What follows `WHERE c.org_id = …` in `case list`, as [`ticket_filters`] does for tickets.
pub(crate) fn case_filters(values: &mut impl Bind, query: &CaseQuery) -> String {
    let mut sql = String::new();
    if let Some(owner) = query.owner {
        let p = values.bind(owner);
        sql.push_str(&format!(" AND c.owner_id = {p}"));
    }
    if !query.statuses.is_empty() {
        let placeholders = values.bind_each(&query.statuses);
        sql.push_str(&format!(" AND c.status IN ({placeholders})"));
    }
    sql.push_str(match query.sort {
        CaseSort::Newest => " ORDER BY c.created_at DESC, c.case_id DESC",
        CaseSort::Oldest => " ORDER BY c.created_at ASC, c.case_id ASC",
        CaseSort::Updated => " ORDER BY c.updated_at DESC, c.case_id DESC",
    });
    values.push_limit(&mut sql, query.limit);
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_and_nothing_else_changes() {
        assert_eq!(pg_sql!("SELECT ?1, ?12"), "SELECT $1, $12");
        assert_eq!(pg_sql!(DELETE_USER), "DELETE FROM users WHERE org_id = $1 AND user_id = $2");
        assert_eq!(pg_sql!(LOGIN_SESSION_COLUMNS), LOGIN_SESSION_COLUMNS, "no placeholder, no change");
        assert_eq!(
            pg_sql!(id_prefix_query!("cases", "case_id", "owner_id", "?3::TEXT IS NULL")),
            "SELECT case_id FROM cases WHERE org_id = $1 AND case_id >= $2 AND case_id < $2 || 'g' \
             AND ($3::TEXT IS NULL OR owner_id = $3) ORDER BY case_id LIMIT 11"
        );
    }
}
