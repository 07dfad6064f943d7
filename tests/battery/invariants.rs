//! The invariant checker run after every battery case: it copies the database file (and its
//! write-ahead log, if one was left behind) to a private directory and opens the copy read-only,
//! so checking never changes, locks or leaves files next to the database under test.
//!
//! Invariants: `PRAGMA integrity_check` is ok, `foreign_key_check` is empty, at most one running
//! work session per user, no two of one user's non-empty sessions overlap (half-open, a running
//! one counting to infinity), every duration equals end − start, every tag link stays inside its
//! session's organisation, at least one active admin, and (across a case) the audit log only
//! grows: every event there before is there after, unchanged.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

/// stint's `PRAGMA application_id`, "STNT".
const APPLICATION_ID: [u8; 4] = *b"STNT";

/// What a case compares before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// `(event_id, hash of the whole row)` for every audit event, oldest first.
    pub audit: Vec<(i64, u64)>,
    /// A hash of every row of every table: equal digests mean logically the same database.
    pub digest: u64,
    pub work_sessions: i64,
}

/// Whether the file at `db` claims to be a stint database (SQLite header and application id).
pub fn is_stint_file(db: &Path) -> bool {
    let Ok(bytes) = std::fs::read(db) else { return false };
    bytes.len() >= 100 && bytes.starts_with(b"SQLite format 3\0") && bytes[68..72] == APPLICATION_ID
}

/// Runs `query` on a read-only copy of the database at `db` (and its write-ahead log), as
/// [`inspect`] does, so a database left behind by a killed process is read as the next
/// process would recover it, without touching it.
pub fn on_copy<T>(db: &Path, query: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> T {
    let scratch = tempfile::tempdir().expect("scratch dir");
    let copy = scratch.path().join("copy.db");
    std::fs::copy(db, &copy).expect("copy the database");
    let wal = Path::new(&format!("{}-wal", db.display())).to_path_buf();
    if std::fs::symlink_metadata(&wal).is_ok_and(|m| m.is_file()) {
        std::fs::copy(&wal, scratch.path().join("copy.db-wal")).expect("copy the wal");
    }
    let conn = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open the copy");
    query(&conn).expect("query the copy")
}

/// Checks every invariant of the database at `db`. `Ok(None)` when there is no stint database
/// there (no file, or a foreign one); `Err` lists what is broken.
pub fn inspect(db: &Path) -> Result<Option<Snapshot>, String> {
    if !is_stint_file(db) {
        return Ok(None);
    }
    let scratch = tempfile::tempdir().map_err(|e| format!("scratch dir: {e}"))?;
    let copy = scratch.path().join("copy.db");
    std::fs::copy(db, &copy).map_err(|e| format!("copying {}: {e}", db.display()))?;
    let wal = Path::new(&format!("{}-wal", db.display())).to_path_buf();
    if std::fs::symlink_metadata(&wal).is_ok_and(|m| m.is_file()) {
        std::fs::copy(&wal, scratch.path().join("copy.db-wal")).map_err(|e| format!("copying wal: {e}"))?;
    }
    let conn = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("opening a copy of {} read-only: {e}", db.display()))?;
    check(&conn).map(Some)
}

fn strings(conn: &Connection, sql: &str) -> Result<Vec<String>, String> {
    let mut stmt = conn.prepare(sql).map_err(|e| format!("{sql}: {e}"))?;
    let rows = stmt
        .query_map([], |r| {
            let n = r.as_ref().column_count();
            let mut cells = Vec::with_capacity(n);
            for i in 0..n {
                cells.push(cell(r.get_ref(i)?));
            }
            Ok(cells.join(" | "))
        })
        .map_err(|e| format!("{sql}: {e}"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| format!("{sql}: {e}"))
}

fn cell(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

fn hash_value(value: ValueRef<'_>, h: &mut DefaultHasher) {
    match value {
        ValueRef::Null => 0_u8.hash(h),
        ValueRef::Integer(i) => (1_u8, i).hash(h),
        ValueRef::Real(f) => (2_u8, f.to_bits()).hash(h),
        ValueRef::Text(t) => (3_u8, t).hash(h),
        ValueRef::Blob(b) => (4_u8, b).hash(h),
    }
}

/// Checks the invariants on an open connection and returns the snapshot.
fn check(conn: &Connection) -> Result<Snapshot, String> {
    let mut broken = Vec::new();
    let integrity = strings(conn, "PRAGMA integrity_check")?;
    if integrity != ["ok"] {
        broken.push(format!("integrity_check: {integrity:?}"));
    }
    let fk = strings(conn, "PRAGMA foreign_key_check")?;
    if !fk.is_empty() {
        broken.push(format!("foreign_key_check: {fk:?}"));
    }
    let running = strings(
        conn,
        "SELECT user_id, count(*) FROM work_sessions WHERE end_at IS NULL GROUP BY user_id HAVING count(*) > 1",
    )?;
    if !running.is_empty() {
        broken.push(format!("users with more than one running session: {running:?}"));
    }
    // Sorted by start, non-empty sessions of one user never overlap when each one ends (a
    // running one never does) by the time the next one starts.
    let overlaps = strings(
        conn,
        "SELECT user_id, prev_id, work_session_id FROM (
             SELECT user_id, work_session_id, start_at,
                    lag(work_session_id) OVER w AS prev_id, lag(end_at) OVER w AS prev_end
             FROM work_sessions WHERE end_at IS NULL OR end_at > start_at
             WINDOW w AS (PARTITION BY user_id ORDER BY start_at, work_session_id))
         WHERE prev_id IS NOT NULL AND (prev_end IS NULL OR prev_end > start_at)",
    )?;
    if !overlaps.is_empty() {
        broken.push(format!("overlapping work sessions (user, earlier, later): {overlaps:?}"));
    }
    let durations = strings(
        conn,
        "SELECT work_session_id, start_at, end_at, duration FROM work_sessions
         WHERE (end_at IS NULL) <> (duration IS NULL) OR end_at < start_at OR duration <> end_at - start_at",
    )?;
    if !durations.is_empty() {
        broken.push(format!("durations that are not end - start: {durations:?}"));
    }
    // Tags arrived with schema version 5; a database caught before that migration has none.
    let has_tags =
        !strings(conn, "SELECT name FROM sqlite_schema WHERE name = 'work_session_tags'")?.is_empty();
    let stray_tags = if has_tags {
        strings(
            conn,
            "SELECT st.work_session_id, st.tag_id FROM work_session_tags AS st
             JOIN work_sessions AS w ON w.work_session_id = st.work_session_id
             JOIN tags AS t ON t.tag_id = st.tag_id
             WHERE st.org_id <> w.org_id OR st.org_id <> t.org_id",
        )?
    } else {
        Vec::new()
    };
    if !stray_tags.is_empty() {
        broken.push(format!("tag links across organisations (session, tag): {stray_tags:?}"));
    }
    let users: i64 =
        conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0)).map_err(|e| e.to_string())?;
    let admins: i64 = conn
        .query_row("SELECT count(*) FROM users WHERE role = 'admin' AND status = 'active'", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if users > 0 && admins == 0 {
        broken.push("no active admin is left".into());
    }
    if !broken.is_empty() {
        return Err(broken.join("\n"));
    }

    let mut audit = Vec::new();
    {
        let mut stmt =
            conn.prepare("SELECT * FROM audit_events ORDER BY event_id").map_err(|e| e.to_string())?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
        while let Some(row) = rows.next().map_err(|e| e.to_string())? {
            let mut h = DefaultHasher::new();
            for i in 0..columns {
                hash_value(row.get_ref(i).map_err(|e| e.to_string())?, &mut h);
            }
            audit.push((row.get::<_, i64>(0).map_err(|e| e.to_string())?, h.finish()));
        }
    }

    let mut digest = DefaultHasher::new();
    let tables = strings(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    for table in tables {
        table.hash(&mut digest);
        let sql = format!("SELECT * FROM \"{table}\" ORDER BY rowid");
        let mut stmt = conn.prepare(&sql).map_err(|e| format!("{sql}: {e}"))?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
        while let Some(row) = rows.next().map_err(|e| e.to_string())? {
            for i in 0..columns {
                hash_value(row.get_ref(i).map_err(|e| e.to_string())?, &mut digest);
            }
        }
    }
    let work_sessions =
        conn.query_row("SELECT count(*) FROM work_sessions", [], |r| r.get(0)).map_err(|e| e.to_string())?;
    Ok(Snapshot { audit, digest: digest.finish(), work_sessions })
}

/// The audit log only grows: `after` holds every event of `before`, unchanged and in order.
pub fn audit_only_grew(before: &Snapshot, after: &Snapshot) -> Result<(), String> {
    if after.audit.len() < before.audit.len() || after.audit[..before.audit.len()] != before.audit[..] {
        return Err(format!(
            "the audit log lost or changed events: {} before, {} after",
            before.audit.len(),
            after.audit.len()
        ));
    }
    if after.audit.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err("audit event ids are not increasing".into());
    }
    Ok(())
}
