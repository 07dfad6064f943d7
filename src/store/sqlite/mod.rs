//! The SQLite store: opening and refusing files, pragmas, migrations, transactions, and the
//! mapping of SQLite errors to core errors. Queries and the online backup live in the sibling
//! modules.

mod audit;
mod auth;
mod backup;
mod cases;
mod check;
pub(crate) mod copy;
mod migrations;
mod org;
mod tags;
mod tickets;
mod types;
mod users;
mod work;

use std::fs;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::{OpenOptions, Tx};
use crate::error::{Error, ErrorKind, Result};
pub use backup::Overwrite;
pub use migrations::{APPLICATION_ID, latest_version};

/// SQLite releases before this have the WAL-reset corruption bug that concurrent writers hit.
const MIN_SQLITE_VERSION: i32 = 3_051_003;

/// An open SQLite database.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

/// One transaction; every storage trait is implemented on it.
pub struct SqliteTx<'c> {
    tx: rusqlite::Transaction<'c>,
}

impl std::ops::Deref for SqliteTx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl SqliteTx<'_> {
    /// The one row `sql` returns for `params`, if there is one, read by `read`.
    fn optional_row<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        read: impl FnOnce(&rusqlite::Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        use rusqlite::OptionalExtension;
        self.prepare_cached(sql)?.query_row(params, |r| Ok(read(r))).optional()?.transpose()
    }

    /// Every row `sql` returns for `params`, each read by `read`.
    fn rows<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        mut read: impl FnMut(&rusqlite::Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        let mut read_all = Vec::new();
        while let Some(row) = rows.next()? {
            read_all.push(read(row)?);
        }
        Ok(read_all)
    }

    /// The ids a prefix lookup `sql` returns; it binds `?1` organisation, `?2` prefix, `?3` the
    /// optional owner, and reads the id from its one column.
    fn ids_by_prefix<T: rusqlite::types::FromSql>(
        &self,
        sql: &str,
        org: crate::id::OrgId,
        prefix: &crate::id::IdPrefix,
        owner: Option<crate::id::UserId>,
    ) -> Result<Vec<T>> {
        self.rows(sql, rusqlite::params![org, prefix.as_str(), owner], |r| Ok(r.get(0)?))
    }
}

/// Removes a database file that never became real, and whatever SQLite made beside it.
fn remove_with_journals(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn shown(path: &Path) -> String {
    crate::text::escape_for_terminal(&path.display().to_string())
}

fn already_exists(path: &Path) -> Error {
    Error::conflict(format!("{} already exists; stint init never overwrites a database", shown(path)))
}

/// The parts of the 100-byte SQLite header stint checks before SQLite touches the file.
struct Header {
    user_version: i64,
    application_id: i32,
}

/// Checks a path without writing to it: it must be a non-empty regular file whose SQLite header
/// carries stint's application id and a schema version this binary knows.
fn preflight(path: &Path) -> Result<Header> {
    let p = shown(path);
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::unusable(format!(
                "no database at {p}; create one with `stint init` or choose another with --db"
            )));
        }
        Err(e) => return Err(Error::unusable(format!("cannot read database {p}: {e}"))),
    };
    if meta.is_dir() {
        return Err(Error::unusable(format!("database path {p} is a directory, not a file")));
    }
    if !meta.is_file() {
        return Err(Error::unusable(format!("database path {p} is not a regular file")));
    }
    if meta.len() == 0 {
        return Err(Error::unusable(format!("database {p} is an empty file, not a stint database")));
    }
    let mut header = [0_u8; 100];
    let mut file =
        fs::File::open(path).map_err(|e| Error::unusable(format!("cannot read database {p}: {e}")))?;
    let read = read_up_to(&mut file, &mut header)
        .map_err(|e| Error::unusable(format!("cannot read database {p}: {e}")))?;
    drop(file);
    if read < header.len() || &header[..16] != b"SQLite format 3\0" {
        return Err(Error::unusable(format!("{p} is not a stint database (not an SQLite file)")));
    }
    // SQLite writes whole pages, so a file that ends mid-page was cut short, whichever page
    // that is (a command may never read it, and so never notice).
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        size => u64::from(size),
    };
    if page_size < 512 || meta.len() % page_size != 0 {
        return Err(Error::unusable(format!(
            "the database {p} is corrupt: it ends part-way through a page (was it cut short?)"
        )));
    }
    let be = |at: usize| i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let found = Header { user_version: i64::from(be(60)), application_id: be(68) };
    check_identity(path, found.application_id, found.user_version)?;
    check_writable(path)?;
    Ok(found)
}

/// SQLite creates `-wal` and `-shm` files beside a database even to read it. For a file or
/// directory this user cannot write, they would be left behind read-only and refuse every
/// later write, even once the modes are fixed; so such a database is refused up front.
fn check_writable(path: &Path) -> Result<()> {
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = match real.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    for (target, what) in [(&real, "the file"), (&dir, "its directory")] {
        if let Err(e) = rustix::fs::access(target.as_path(), rustix::fs::Access::WRITE_OK) {
            return Err(Error::unusable(format!(
                "database {} is read-only for this user ({what}: {}); stint needs to write it and \
                 create its -wal and -shm files beside it",
                shown(path),
                std::io::Error::from(e)
            )));
        }
    }
    Ok(())
}

fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut total = 0;
    while total < buf.len() {
        match file.read(&mut buf[total..])? {
            0 => break,
            n => total += n,
        }
    }
    Ok(total)
}

fn check_identity(path: &Path, application_id: i32, user_version: i64) -> Result<()> {
    let p = shown(path);
    if application_id != APPLICATION_ID {
        return Err(Error::unusable(format!("{p} is an SQLite database but not a stint database")));
    }
    if user_version < 0 {
        return Err(Error::unusable(format!(
            "database {p} has schema version {user_version}, which no stint writes; it is damaged"
        )));
    }
    if user_version > latest_version() {
        return Err(Error::unusable(format!(
            "database {p} has schema version {user_version}, newer than this stint understands ({}); upgrade stint",
            latest_version()
        )));
    }
    Ok(())
}

impl SqliteStore {
    /// Opens an existing stint database, applying pending migrations.
    pub fn open(path: &Path, options: OpenOptions) -> Result<Self> {
        preflight(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_EXRESCODE;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| unusable(path, &e))?;
        let mut store = Self { conn, path: path.to_path_buf() };
        let refused = |e: Error| match e.kind() {
            ErrorKind::Busy => e,
            _ => Error::unusable(format!("database {} is unusable: {}", shown(path), e.message())),
        };
        store.configure(options).map_err(|e| match e.kind() {
            ErrorKind::Busy => e,
            kind => Error::new(kind, format!("cannot use database {}: {}", shown(path), e.message())),
        })?;
        // The header may lag behind the write-ahead log; ask SQLite for the current values.
        let identity = store.identity().map_err(refused).and_then(|(application_id, version)| {
            check_identity(path, application_id, version).map(|_| version)
        });
        let version = match identity {
            Ok(version) => version,
            Err(e) => {
                // Refusing must not write a byte: closing would checkpoint the log into the file.
                let _ = store.conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
                return Err(e);
            }
        };
        if version < latest_version() && !options.migrate {
            let _ = store.conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
            return Err(Error::unusable(format!("database {} needs migrating first", shown(path))));
        }
        if version < latest_version() {
            // Never migrate (write to) a file whose claimed version its tables do not back up.
            if let Err(e) = store.check_migrated_tables(version) {
                let _ = store.conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
                return Err(refused(e));
            }
            store.migrate(version)?;
        }
        Ok(store)
    }

    /// Creates a new database (mode 0600) with the current schema and runs `setup` in its first
    /// write transaction. The file must not exist. The database is built under a temporary name
    /// beside `path` and linked into place only once complete, so a crash at any point leaves
    /// either nothing at `path` or a whole database, and an existing file is never replaced.
    pub fn create<T>(
        path: &Path,
        options: OpenOptions,
        setup: impl FnOnce(&dyn Tx) -> Result<T>,
    ) -> Result<(Self, T)> {
        let p = shown(path);
        let exists = || already_exists(path);
        Self::check_creatable(path)?;
        let name = path.file_name().ok_or_else(|| Error::invalid(format!("{p} names no file")))?;
        let mut temporary = path.to_path_buf();
        temporary.set_file_name(format!(".{}.init-{}", name.to_string_lossy(), std::process::id()));
        match fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&temporary) {
            Ok(file) => drop(file),
            Err(e) => return Err(Error::internal(format!("cannot create database {p}: {e}"))),
        }
        let built = Self::initialise(&temporary, options).and_then(|mut store| {
            let value = store.write_once(setup)?;
            store.close_complete()?;
            match fs::hard_link(&temporary, path) {
                Ok(()) => Ok(value),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
                Err(e) => Err(Error::internal(format!("cannot create database {p}: {e}"))),
            }
        });
        // Nothing of a half-made database may stay behind.
        remove_with_journals(&temporary);
        let value = built?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // The new name must survive a power cut as well.
            let _ = fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok((Self::open(path, options)?, value))
    }

    /// Refuses a path where something already is, as `create` would, without touching it.
    pub fn check_creatable(path: &Path) -> Result<()> {
        match fs::symlink_metadata(path) {
            Ok(_) => Err(already_exists(path)),
            Err(_) => Ok(()),
        }
    }

    /// Closes a database only this connection uses, with its log checkpointed into the file,
    /// so the file alone holds everything.
    fn close_complete(self) -> Result<()> {
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(Error::internal("cannot checkpoint the new database"));
        }
        self.conn.close().map_err(|(_, e)| Error::from(e))
    }

    fn initialise(path: &Path, options: OpenOptions) -> Result<Self> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_EXRESCODE;
        let conn = Connection::open_with_flags(path, flags).map_err(Error::from)?;
        let mut store = Self { conn, path: path.to_path_buf() };
        store.conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        store.conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        store.configure(options)?;
        store.migrate(0)?;
        Ok(store)
    }

    /// An in-memory database with the current schema, for unit tests.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        let mut store = Self { conn, path: PathBuf::from(":memory:") };
        store.configure(OpenOptions::default())?;
        store.migrate(0)?;
        Ok(store)
    }

    pub fn set_busy_timeout(&mut self, timeout: std::time::Duration) -> Result<()> {
        Ok(self.conn.busy_timeout(timeout)?)
    }

    fn configure(&mut self, options: OpenOptions) -> Result<()> {
        let version = rusqlite::version_number();
        if version < MIN_SQLITE_VERSION {
            return Err(Error::unusable(format!(
                "SQLite {} is too old (3.51.3 or newer is needed: older releases can corrupt a WAL database under concurrent writers)",
                rusqlite::version()
            )));
        }
        self.conn.busy_timeout(options.busy_timeout)?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        // Statement journals (every insert that a trigger may abort keeps one) stay in memory
        // instead of a temporary file: half of an import's time went to writing them.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        if options.bulk {
            // A big transaction otherwise spills pages to the log again and again.
            self.conn.pragma_update(None, "cache_size", -262_144)?;
        }
        self.conn.set_prepared_statement_cache_capacity(64);
        // Plans must not depend on bound values: otherwise every reuse of a cached statement
        // whose parameters the planner looked at is parsed and planned again (measured: 10x
        // slower imports). The queries that need a particular index name it.
        self.conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        Ok(())
    }

    fn identity(&self) -> Result<(i32, i64)> {
        let application_id: i32 = self.conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok((application_id, version))
    }

    /// Checks, reading only, that the tables the first `version` migrations create are there.
    fn check_migrated_tables(&self, version: i64) -> Result<()> {
        if version < 1 {
            return Ok(());
        }
        for table in migrations::V1_TABLES {
            let found: i64 = self.conn.query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )?;
            if found == 0 {
                return Err(Error::unusable(format!(
                    "the database lacks part of stint's schema (damaged, or not made by stint): no table {table}"
                )));
            }
        }
        Ok(())
    }

    /// Applies migrations after `from`, each in its own write transaction, re-reading the
    /// version under the lock so concurrent openers never apply one twice.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let mut version = from;
        while version < latest_version() {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if current > version {
                version = current;
                continue;
            }
            let index = usize::try_from(current).map_err(|_| Error::unusable("negative schema version"))?;
            tx.execute_batch(migrations::MIGRATIONS[index])?;
            tx.pragma_update(None, "user_version", current + 1)?;
            tx.commit()?;
            version = current + 1;
        }
        // Put the new header into the main file, so the pre-open check reads current values.
        if self.path != Path::new(":memory:") {
            let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Ok(())
    }

    pub fn read<T>(&mut self, mut work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Deferred, Ending::Commit, |tx| work(tx))
    }

    pub fn dry_run<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, Ending::Rollback, work)
    }

    pub fn write<T>(&mut self, mut work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        // SQLite never asks for a rerun: the lock is taken first.
        self.write_once(|tx| work(tx))
    }

    fn write_once<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, Ending::Commit, work)
    }

    /// Runs `work` in one transaction begun as `behavior` (deferred reads, immediate writes,
    /// which take the lock first) and, when `work` succeeds, ended as `ending` says; a failure
    /// rolls back. Refusals name the database.
    fn transaction<T>(
        &mut self,
        behavior: TransactionBehavior,
        ending: Ending,
        work: impl FnOnce(&dyn Tx) -> Result<T>,
    ) -> Result<T> {
        let result = (|| {
            let tx = SqliteTx { tx: self.conn.transaction_with_behavior(behavior)? };
            let value = work(&tx)?;
            match ending {
                Ending::Commit => tx.tx.commit()?,
                Ending::Rollback => tx.tx.rollback()?,
            }
            Ok(value)
        })();
        result.map_err(|e| locate(&self.path, e))
    }
}

/// How a transaction whose work succeeded ends: kept, or undone (a dry run).
#[derive(Clone, Copy)]
enum Ending {
    Commit,
    Rollback,
}

/// Names the database in refusals SQLite reports mid-command (corruption, a read-only file).
fn locate(path: &Path, e: Error) -> Error {
    let p = shown(path);
    if e.kind() == ErrorKind::Unusable && !e.message().contains(&p) {
        Error::unusable(format!("{} (database {p})", e.message()))
    } else {
        e
    }
}

fn unusable(path: &Path, e: &rusqlite::Error) -> Error {
    Error::unusable(format!("cannot open database {}: {e}", shown(path)))
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        let code = e.sqlite_error_code();
        let text = e.to_string();
        if let Some(known) = super::constraint_error(&text) {
            return known;
        }
        if let rusqlite::Error::SqliteFailure(failure, _) = &e
            && matches!(
                failure.extended_code,
                rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            )
        {
            // A duplicate of an existing row: a conflict, as on PostgreSQL.
            return Error::conflict(format!("refused by the database: {text}"));
        }
        if text.contains("no such table") || text.contains("no such column") {
            return Error::unusable(format!(
                "the database lacks part of stint's schema (damaged, or not made by stint): {text}"
            ));
        }
        match code {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::busy(
                "the database is busy: another stint process held its lock past the timeout; try again",
            ),
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                Error::unusable(format!("the database is corrupt or not a database: {text}"))
            }
            Some(ErrorCode::ReadOnly) => Error::unusable(format!("the database is read-only: {text}")),
            Some(ErrorCode::CannotOpen) => Error::unusable(format!("the database cannot be opened: {text}")),
            Some(ErrorCode::DiskFull) => Error::internal("the disk is full; nothing was changed"),
            Some(ErrorCode::ConstraintViolation) => {
                Error::invalid(format!("refused by the database: {text}"))
            }
            _ => Error::internal(format!("database error: {text}")),
        }
    }
}

/// Escapes `%`, `_` and backslashes so LIKE matches them literally (with `ESCAPE '\\'`).
fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::org::Organization;
    use crate::time::Timestamp;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix(secs).expect("in range")
    }

    #[test]
    fn fresh_database_is_at_latest_version() {
        let store = SqliteStore::open_in_memory().expect("memory store");
        let (_, version) = store.identity().expect("identity");
        assert_eq!(version, latest_version());
    }

    #[test]
    fn a_version_1_database_is_migrated_to_the_latest_version() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("v1.db");
        {
            let conn = Connection::open(&path).expect("create");
            conn.pragma_update(None, "application_id", APPLICATION_ID).expect("application id");
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).expect("wal");
            conn.execute_batch(migrations::MIGRATIONS[0]).expect("v1");
            conn.pragma_update(None, "user_version", 1).expect("version");
        }
        let store = SqliteStore::open(&path, OpenOptions::default()).expect("open and migrate");
        assert_eq!(store.identity().expect("identity").1, latest_version());
        let tables: i64 = store
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'login_failures'", [], |r| r.get(0))
            .expect("schema");
        assert_eq!(tables, 1);
    }

    #[test]
    fn organisations_from_before_version_6_get_a_status_and_a_name_by_the_rule() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("v5.db");
        {
            let conn = Connection::open(&path).expect("create");
            conn.pragma_update(None, "application_id", APPLICATION_ID).expect("application id");
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).expect("wal");
            for migration in &migrations::MIGRATIONS[..5] {
                conn.execute_batch(migration).expect("v1-v5");
            }
            conn.pragma_update(None, "user_version", 5).expect("version");
            conn.execute_batch(
                "INSERT INTO organizations (org_id, name, created_at) VALUES
                     ('a', 'Service desk', 1), ('b', 'Acme', 2), ('c', 'Über IT', 3)",
            )
            .expect("old organisations");
        }
        let store = SqliteStore::open(&path, OpenOptions::default()).expect("open and migrate");
        let rows: Vec<(String, String)> = store
            .conn
            .prepare("SELECT name, status FROM organizations ORDER BY org_id")
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .expect("organisations");
        let active = |name: &str| (name.to_owned(), "active".to_owned());
        assert_eq!(rows, [active("default"), active("acme"), active("org-c")]);
        // The name rule holds from now on.
        let refused = store.conn.execute("UPDATE organizations SET name = 'Bad Name' WHERE org_id = 'b'", []);
        assert!(refused.is_err_and(|e| e.to_string().contains("organizations_name_format")));
    }

    #[test]
    fn audit_log_refuses_update_and_delete() {
        let mut store = SqliteStore::open_in_memory().expect("memory store");
        store
            .write(|tx| {
                let org = Organization::new("desk".into(), at(0));
                tx.insert_org(&org)?;
                let actor = crate::actor::Actor {
                    user_id: crate::id::UserId::random(),
                    org_id: org.org_id,
                    username: "a".into(),
                    role: crate::permission::Role::Admin,
                    session_id: None,
                };
                crate::audit::record(tx, &actor, at(1), crate::audit::Change::new("x.y", "thing", 1))
            })
            .expect("append");
        let conn = &store.conn;
        for sql in ["UPDATE audit_events SET actor = 'b'", "DELETE FROM audit_events"] {
            let err = Error::from(conn.execute(sql, []).expect_err("refused"));
            assert_eq!(err.kind(), ErrorKind::Internal, "{sql}");
            assert!(err.message().contains("append-only"), "{}", err.message());
        }
    }

    #[test]
    fn database_refuses_overlapping_work_sessions_of_one_user() {
        let store = SqliteStore::open_in_memory().expect("memory store");
        let conn = &store.conn;
        conn.execute_batch(
            "INSERT INTO organizations (org_id, name, created_at) VALUES ('o', 'desk', 0);
             INSERT INTO users (user_id, org_id, username, role, status, password_hash, created_at, updated_at)
                 VALUES ('u', 'o', 'u', 'technician', 'active', 'x', 0, 0),
                        ('v', 'o', 'v', 'technician', 'active', 'x', 0, 0);
             INSERT INTO tickets (org_id, number, title, status, priority, creator_id, created_at, updated_at)
                 VALUES ('o', 1, 't', 'open', 'normal', 'u', 0, 0);",
        )
        .expect("fixtures");
        let insert = |id: &str, user: &str, start: i64, end: Option<i64>| {
            conn.execute(
                "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration,
                     utc_offset, source, created_at, updated_at)
                 VALUES (?1, 'o', ?2, 1, ?3, ?4, ?4 - ?3, 0, 'manual', 0, 0)",
                rusqlite::params![id, user, start, end],
            )
            .map_err(Error::from)
        };
        insert("a", "u", 100, Some(200)).expect("first");
        insert("b", "u", 200, Some(300)).expect("touching is fine");
        insert("c", "v", 100, Some(200)).expect("another user may overlap");
        insert("z", "u", 150, Some(150)).expect("an empty interval overlaps nothing");
        for (id, start, end) in
            [("d", 150, Some(160)), ("e", 50, Some(101)), ("f", 299, Some(400)), ("g", 250, None)]
        {
            let err = insert(id, "u", start, end).expect_err("overlap");
            assert_eq!(err.kind(), ErrorKind::Conflict, "{id}");
        }
        insert("h", "u", 300, None).expect("running after the last");
        assert_eq!(insert("i", "u", 500, None).expect_err("second running").kind(), ErrorKind::Conflict);
        let err = conn
            .execute("UPDATE work_sessions SET end_at = 250, duration = 150 WHERE work_session_id = 'a'", [])
            .map_err(Error::from)
            .expect_err("edit into the next session");
        assert_eq!(err.kind(), ErrorKind::Conflict);
        let err = conn
            .execute("UPDATE work_sessions SET duration = 5 WHERE work_session_id = 'a'", [])
            .map_err(Error::from)
            .expect_err("duration must match");
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }
}

/// Helpers for unit tests of the core on an in-memory database.
#[cfg(test)]
pub(crate) mod test_support {
    use std::sync::OnceLock;

    use super::*;
    use crate::actor::Actor;
    use crate::id::OrgId;
    use crate::org::Organization;
    use crate::permission::Role;
    use crate::time::Timestamp;
    use crate::user::{self, NewUser};

    pub use super::work::testing::*;

    /// A migrated in-memory store.
    pub fn memory_store() -> SqliteStore {
        SqliteStore::open_in_memory().expect("in-memory database")
    }

    /// One Argon2 hash shared by every test user (hashing is slow in debug builds).
    pub fn password_hash() -> String {
        static HASH: OnceLock<String> = OnceLock::new();
        HASH.get_or_init(|| crate::password::hash("correct horse").expect("hash")).clone()
    }

    /// A fixed instant for tests: 2023-11-14T22:13:20Z.
    pub fn t0() -> Timestamp {
        Timestamp::from_unix(1_700_000_000).expect("in range")
    }

    /// An organisation with one user of each role (and a second technician), as actors.
    pub struct Team {
        pub store: SqliteStore,
        pub org: OrgId,
        pub admin: Actor,
        pub supervisor: Actor,
        pub technician: Actor,
        pub technician2: Actor,
        pub viewer: Actor,
    }

    impl Team {
        /// The actor of each role, admin first.
        pub fn by_role(&self) -> [(&Actor, Role); 4] {
            [
                (&self.admin, Role::Admin),
                (&self.supervisor, Role::Supervisor),
                (&self.technician, Role::Technician),
                (&self.viewer, Role::Viewer),
            ]
        }
    }

    pub fn team() -> Team {
        let mut store = memory_store();
        let hash = password_hash();
        let now = t0();
        let (org, admin, supervisor, technician, technician2, viewer) = store
            .write(|tx| {
                let org = Organization::new("desk".into(), now);
                tx.insert_org(&org)?;
                let admin = user::create_first_admin(tx, org.org_id, "alice", hash.clone(), now)?;
                let admin = admin.actor(None);
                let add = |name: &str, role: Role| -> crate::Result<Actor> {
                    let new = NewUser {
                        username: name.into(),
                        role,
                        display_name: None,
                        email: None,
                        password_hash: hash.clone(),
                    };
                    user::add(tx, &admin, new, false, now)?;
                    let user = tx.user_by_name(org.org_id, name)?.expect("just added");
                    Ok(user.actor(None))
                };
                let supervisor = add("sam", Role::Supervisor)?;
                let technician = add("tom", Role::Technician)?;
                let technician2 = add("tina", Role::Technician)?;
                let viewer = add("vic", Role::Viewer)?;
                Ok((org.org_id, admin, supervisor, technician, technician2, viewer))
            })
            .expect("team");
        Team { store, org, admin, supervisor, technician, technician2, viewer }
    }
}
