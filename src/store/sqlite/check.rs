//! `stint db check` on SQLite: the file opened read-only (and `query_only`), never migrated,
//! `PRAGMA integrity_check` and the shared checks in one read transaction.

use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::{SqliteStore, check_identity, preflight, shown, unusable};
use crate::error::{Error, Result};
use crate::store::OpenOptions;
use crate::store::check::{CheckReader, Dialect, Object, Violation, run_checks};

/// At most this many lines of `integrity_check` are reported (SQLite's own default is 100).
const INTEGRITY_LINES: u32 = 100;

struct Reader<'c> {
    conn: &'c Connection,
}

impl CheckReader for Reader<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn version(&mut self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn exists(&mut self, object: Object, name: &str) -> Result<bool> {
        let kind = match object {
            Object::Table => "table",
            Object::Index => "index",
            Object::Trigger => "trigger",
            // SQLite names no constraints apart from their tables.
            Object::Constraint => return Ok(true),
        };
        let found: i64 = self.conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = ?1 AND name = ?2",
            [kind, name],
            |r| r.get(0),
        )?;
        Ok(found > 0)
    }

    fn rows(&mut self, sql: &str, each: &mut dyn FnMut(&[Option<String>]) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(sql)?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        let mut cells = Vec::with_capacity(columns);
        while let Some(row) = rows.next()? {
            cells.clear();
            for i in 0..columns {
                cells.push(row.get::<_, Option<String>>(i)?);
            }
            each(&cells)?;
        }
        Ok(())
    }
}

impl SqliteStore {
    /// Checks the database at `path` without writing to it: the same refusals as opening
    /// (a missing, foreign, cut-short or newer file), then a read-only connection.
    pub(crate) fn check(
        path: &Path,
        options: OpenOptions,
        each: &mut dyn FnMut(Violation) -> Result<()>,
    ) -> Result<u64> {
        preflight(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_EXRESCODE;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| unusable(path, &e))?;
        // Belt and braces: no statement may write, and closing must not checkpoint the log.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.pragma_update(None, "query_only", true)?;
        conn.busy_timeout(options.busy_timeout)?;
        let located = |e: Error| super::locate(path, e);
        conn.execute_batch("BEGIN DEFERRED").map_err(|e| located(e.into()))?;
        let result = (|| {
            // The header may lag behind the log; the values inside the snapshot count.
            let application_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            check_identity(path, application_id, version)?;
            if version < 1 {
                return Err(Error::unusable(format!("database {} has no stint schema", shown(path))));
            }
            let mut integrity = Vec::new();
            // A bound argument would be read as a table name: the limit is written in.
            let mut stmt = conn.prepare(&format!("PRAGMA integrity_check({INTEGRITY_LINES})"))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let line: String = row.get(0)?;
                if line != "ok" {
                    integrity.push(line);
                }
            }
            drop(rows);
            drop(stmt);
            run_checks(&mut Reader { conn: &conn }, &integrity, each)
        })();
        let _ = conn.execute_batch("ROLLBACK");
        result.map_err(located)
    }
}
