//! `stint db copy` on SQLite: reading every table from one snapshot, and building a new file
//! under a temporary name beside its target, linked into place only once written and checked.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, SqliteStore, SqliteTx, latest_version, read_up_to, remove_with_journals, shown};
use crate::error::{Error, Result};
use crate::store::copy::{Fill, Source, Table, Target, Value};
use crate::store::{OpenOptions, Tx};

/// The new file's page cache, in KiB as `PRAGMA cache_size` takes it (negative).
const COPY_CACHE_KIB: i64 = -32_768;

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Text(text) => ValueRef::Text(text.as_bytes()),
        }))
    }
}

fn value(cell: ValueRef<'_>, table: &Table) -> Result<Value> {
    match cell {
        ValueRef::Null => Ok(Value::Null),
        ValueRef::Integer(n) => Ok(Value::Int(n)),
        ValueRef::Text(bytes) => String::from_utf8(bytes.to_vec())
            .map(Value::Text)
            .map_err(|_| Error::unusable(format!("the table {} holds text that is not UTF-8", table.name))),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            Err(Error::unusable(format!("the table {} holds a value stint never writes", table.name)))
        }
    }
}

/// Rows read through one connection (inside the transaction that holds its snapshot).
struct Rows<'a>(&'a Connection);

impl Source for Rows<'_> {
    fn for_each_row(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        let sql = table.sqlite_select.map_or_else(|| table.select(), str::to_owned);
        let mut stmt = self.0.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut values = Vec::with_capacity(table.columns.len());
        while let Some(row) = rows.next()? {
            values.clear();
            for i in 0..table.columns.len() {
                values.push(value(row.get_ref(i)?, table)?);
            }
            each(&values)?;
        }
        Ok(())
    }
}

/// The new file's one write transaction.
struct NewFile<'c> {
    tx: SqliteTx<'c>,
}

impl Source for NewFile<'_> {
    fn for_each_row(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        Rows(&self.tx).for_each_row(table, each)
    }
}

impl Target for NewFile<'_> {
    fn write_table(&mut self, table: &Table, fill: &mut Fill<'_>) -> Result<()> {
        let kept: Vec<usize> =
            (0..table.columns.len()).filter(|&i| !table.pg_only.contains(&table.columns[i])).collect();
        let names: Vec<&str> = kept.iter().map(|&i| table.columns[i]).collect();
        let slots: Vec<String> = (1..=kept.len()).map(|n| format!("?{n}")).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES ({})", table.name, names.join(", "), slots.join(", "));
        // AUTOINCREMENT and rowid keys move past explicit ids by themselves.
        let mut stmt = self.tx.prepare(&sql)?;
        fill(&mut |row| {
            stmt.execute(rusqlite::params_from_iter(kept.iter().map(|&i| &row[i])))?;
            Ok(())
        })
    }

    fn tx(&self) -> &dyn Tx {
        &self.tx
    }
}

impl SqliteStore {
    /// Runs `work` over this database as one read snapshot.
    pub(crate) fn with_copy_source<T>(
        &mut self,
        work: &mut dyn FnMut(&mut dyn Source) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let outcome = work(&mut Rows(&tx));
        // Nothing was written; ending the snapshot is all that is left.
        let _ = tx.rollback();
        outcome
    }

    /// Builds a new database at `path` (which must not exist) with the current schema, runs
    /// `work` in its one write transaction, and links the file into place only if `work`
    /// succeeded. A failure leaves nothing at `path`; a killed process leaves at most the
    /// temporary `.NAME.copy-PID` beside it, never a partial database at `path`.
    pub(crate) fn copy_into_new<T>(
        path: &Path,
        options: OpenOptions,
        work: &mut dyn FnMut(&mut dyn Target) -> Result<T>,
    ) -> Result<T> {
        let p = shown(path);
        refuse_existing(path)?;
        let name = path.file_name().ok_or_else(|| Error::invalid(format!("{p} names no file")))?;
        let mut temporary = path.to_path_buf();
        temporary.set_file_name(format!(".{}.copy-{}", name.to_string_lossy(), std::process::id()));
        if let Err(e) = fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&temporary) {
            return Err(Error::invalid(format!("cannot create {p}: {e}")));
        }
        let built =
            Self::initialise(&temporary, OpenOptions { bulk: false, ..options }).and_then(|mut store| {
                // The copy promises flat memory (64 MiB at a million sessions): a bulk import's
                // 256 MiB page cache would fill with the new file, so pages spill beyond 32 MiB.
                store.conn.pragma_update(None, "cache_size", COPY_CACHE_KIB)?;
                let value = {
                    let tx = store.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                    let mut target = NewFile { tx: SqliteTx { tx } };
                    let value = work(&mut target)?;
                    target.tx.tx.commit()?;
                    value
                };
                store.close_complete()?;
                match fs::hard_link(&temporary, path) {
                    Ok(()) => Ok(value),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(already_there(path)),
                    Err(e) => Err(Error::internal(format!("cannot create {p}: {e}"))),
                }
            });
        remove_with_journals(&temporary);
        let value = built?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // The new name must survive a power cut as well.
            let _ = fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(value)
    }

    /// The tables of the schema, for the test that every one is copied or left out on purpose.
    #[cfg(test)]
    pub(crate) fn table_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?;
        let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(names)
    }
}

fn already_there(path: &Path) -> Error {
    Error::conflict(format!(
        "{} already exists; stint db copy writes only a new file or into an empty PostgreSQL database",
        shown(path)
    ))
}

/// Refuses, reading only, any file at `path`: a stint database of a newer schema as unusable
/// (exit 8, upgrade stint), anything else as a conflict.
fn refuse_existing(path: &Path) -> Result<()> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    let mut header = [0_u8; 100];
    let read = fs::File::open(path).and_then(|mut f| read_up_to(&mut f, &mut header)).unwrap_or(0);
    let be = |at: usize| i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let version = i64::from(be(60));
    if read == header.len()
        && &header[..16] == b"SQLite format 3\0"
        && be(68) == APPLICATION_ID
        && version > latest_version()
    {
        return Err(Error::unusable(format!(
            "database {} has schema version {version}, newer than this stint understands ({}); upgrade stint",
            shown(path),
            latest_version()
        )));
    }
    Err(already_there(path))
}
