//! `stint db copy`: the whole database, table by table in primary-key order, streamed from one
//! store into a new, empty one in a single transaction, and checked (row counts and a SHA-256 over
//! every row as read back through the target's driver) before it commits.

use sha2::{Digest, Sha256};

use super::{Location, OpenOptions, Store, Tx, not_a_database, postgres, sqlite};
use crate::audit::{self, Change};
use crate::error::{Error, Result};
use crate::time::Timestamp;

/// One copied table: its columns in a fixed order, the key rows are read in, and what differs
/// between the two schemas.
pub(crate) struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    /// The primary key: both sides read in this order (text keys compare byte by byte on both).
    pub key: &'static str,
    /// An identity column whose sequence PostgreSQL must be moved past the copied ids.
    pub identity: Option<&'static str>,
    /// Columns only PostgreSQL stores (SQLite derives them): left out of SQLite's inserts.
    pub pg_only: &'static [&'static str],
    /// SQLite's reading when it differs from the plain one (it must yield `columns` in order).
    pub sqlite_select: Option<&'static str>,
}

/// What is copied, parents before children. Login sessions, superseded tokens, failed-login
/// counters for unknown names and idempotency replies are not: they belong to the old database's
/// logins, and everyone logs in again on the copy.
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "organizations",
        columns: &["org_id", "name", "next_ticket_number", "created_at", "status", "max_users"],
        key: "org_id",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "settings",
        columns: &["org_id", "key", "value", "updated_at"],
        key: "org_id, key",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "users",
        columns: &[
            "user_id",
            "org_id",
            "username",
            "display_name",
            "email",
            "role",
            "status",
            "password_hash",
            "created_at",
            "updated_at",
            "last_login_at",
            "failed_logins",
            "last_failed_login_at",
        ],
        key: "user_id",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "tickets",
        columns: &[
            "ticket_id",
            "org_id",
            "number",
            "title",
            "description",
            "status",
            "priority",
            "requester",
            "assignee_id",
            "creator_id",
            "created_at",
            "updated_at",
        ],
        key: "ticket_id",
        identity: Some("ticket_id"),
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "cases",
        columns: &[
            "case_id",
            "org_id",
            "title",
            "description",
            "status",
            "priority",
            "owner_id",
            "ticket_id",
            "created_at",
            "updated_at",
        ],
        key: "case_id",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "case_notes",
        columns: &["note_id", "org_id", "case_id", "author_id", "created_at", "body"],
        key: "note_id",
        identity: Some("note_id"),
        pg_only: &["org_id"],
        // SQLite keeps a note's organisation only through its case.
        sqlite_select: Some(
            "SELECT n.note_id, c.org_id, n.case_id, n.author_id, n.created_at, n.body \
             FROM case_notes n JOIN cases c ON c.case_id = n.case_id ORDER BY n.note_id",
        ),
    },
    Table {
        name: "work_sessions",
        columns: &[
            "work_session_id",
            "org_id",
            "user_id",
            "ticket_id",
            "case_id",
            "start_at",
            "end_at",
            "duration",
            "utc_offset",
            "note",
            "source",
            "created_at",
            "updated_at",
        ],
        key: "work_session_id",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "tags",
        columns: &["tag_id", "org_id", "name"],
        key: "tag_id",
        identity: Some("tag_id"),
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "work_session_tags",
        columns: &["org_id", "work_session_id", "tag_id"],
        key: "work_session_id, tag_id",
        identity: None,
        pg_only: &[],
        sqlite_select: None,
    },
    Table {
        name: "audit_events",
        columns: &[
            "event_id",
            "org_id",
            "at",
            "actor_id",
            "actor",
            "action",
            "object_type",
            "object_id",
            "before",
            "after",
        ],
        key: "event_id",
        identity: Some("event_id"),
        pg_only: &[],
        sqlite_select: None,
    },
];

impl Table {
    /// The plain reading, in key order. Only the constant names above reach this text.
    pub(crate) fn select(&self) -> String {
        format!("SELECT {} FROM {} ORDER BY {}", self.columns.join(", "), self.name, self.key)
    }
}

/// One cell as both drivers give it: stint stores only integers, text and NULLs in these tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
}

/// A store rows are read from, in one consistent snapshot.
pub(crate) trait Source {
    /// Hands every row of `table`, in key order, to `each`, as it arrives.
    fn for_each_row(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()>;
}

/// Rows for one table, handed to a sink one at a time.
pub(crate) type Fill<'a> = dyn FnMut(&mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> + 'a;

/// The new database, inside the one transaction the copy is written in.
pub(crate) trait Target: Source {
    /// Writes the rows `fill` produces into `table` (prepared statements or COPY, never
    /// holding more than a batch), then moves any id sequence past them.
    fn write_table(&mut self, table: &Table, fill: &mut Fill<'_>) -> Result<()>;
    /// The transaction as the core sees it, for the `db.copy` audit event.
    fn tx(&self) -> &dyn Tx;
}

/// How far a copy has come: the table being written and its rows so far.
#[derive(Debug, Clone, Copy)]
pub struct CopyProgress {
    pub table: &'static str,
    pub rows: u64,
}

/// What a finished copy wrote: each table and its row count.
#[derive(Debug, Clone, Default)]
pub struct CopySummary {
    pub tables: Vec<(&'static str, u64)>,
}

impl CopySummary {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

/// Row count and SHA-256 over a canonical serialisation of every cell: a tag byte, then the
/// integer (8 bytes, big-endian) or the text's length (8 bytes) and bytes. Computed the same way
/// from rows read through either driver.
struct Checksum {
    rows: u64,
    hash: Sha256,
}

impl Checksum {
    fn new() -> Self {
        Self { rows: 0, hash: Sha256::new() }
    }

    fn add(&mut self, row: &[Value]) {
        self.rows += 1;
        for value in row {
            match value {
                Value::Null => self.hash.update([0]),
                Value::Int(n) => {
                    self.hash.update([1]);
                    self.hash.update(n.to_be_bytes());
                }
                Value::Text(text) => {
                    self.hash.update([2]);
                    self.hash.update((text.len() as u64).to_be_bytes());
                    self.hash.update(text.as_bytes());
                }
            }
        }
    }

    fn finish(self) -> (u64, [u8; 32]) {
        (self.rows, self.hash.finalize().into())
    }
}

/// Copies every table from `source` into `target`, checking each as read back before the next,
/// and appends the `db.copy` event. Any difference is an error, so the caller rolls back.
fn fill_target(
    source: &mut dyn Source,
    target: &mut dyn Target,
    shown: (&str, &str),
    now: Timestamp,
    progress: &mut dyn FnMut(CopyProgress),
) -> Result<CopySummary> {
    let mut summary = CopySummary::default();
    for table in TABLES {
        let mut read = Checksum::new();
        target.write_table(table, &mut |sink| {
            source.for_each_row(table, &mut |row| {
                read.add(row);
                progress(CopyProgress { table: table.name, rows: read.rows });
                sink(row)
            })
        })?;
        let mut written = Checksum::new();
        target.for_each_row(table, &mut |row| {
            written.add(row);
            Ok(())
        })?;
        let ((read_rows, read_sum), (written_rows, written_sum)) = (read.finish(), written.finish());
        if read_rows != written_rows {
            return Err(Error::internal(format!(
                "the copy of {} holds {written_rows} rows, the source {read_rows}; nothing was kept",
                table.name
            )));
        }
        if read_sum != written_sum {
            return Err(Error::internal(format!(
                "the copy of {} differs from the source (checksums disagree); nothing was kept",
                table.name
            )));
        }
        summary.tables.push((table.name, read_rows));
    }
    let tx = target.tx();
    // Every organisation's audit log records the copy of its data.
    for org in tx.list_orgs()? {
        let counts: serde_json::Map<String, serde_json::Value> =
            summary.tables.iter().map(|(name, rows)| ((*name).to_owned(), (*rows).into())).collect();
        let change = Change::new("db.copy", "database", shown.1)
            .after(&serde_json::json!({ "from": shown.0, "to": shown.1, "rows": counts }));
        audit::record_as(tx, org.org_id, None, "stint db copy", now, change)?;
    }
    Ok(summary)
}

impl Store {
    /// Copies this whole database into a new one at `target` (a SQLite file that must not exist
    /// yet, or an empty PostgreSQL database), in one transaction there, read from one snapshot
    /// here. The target gets the current schema and every table but the login state, is checked
    /// against this database before it commits, and is left as it was on any failure.
    pub fn copy_to(
        &mut self,
        target: &Location,
        options: OpenOptions,
        now: Timestamp,
        progress: &mut dyn FnMut(CopyProgress),
    ) -> Result<CopySummary> {
        if let Location::Server(url) = target {
            return Err(not_a_database(url));
        }
        match self {
            Store::Sqlite(s) => {
                s.with_copy_source(&mut |source| copy_into(source, target, options, now, progress))
            }
            Store::Postgres(s) => {
                s.with_copy_source(&mut |source| copy_into(source, target, options, now, progress))
            }
        }
    }
}

fn copy_into(
    source: &mut dyn Source,
    target: &Location,
    options: OpenOptions,
    now: Timestamp,
    progress: &mut dyn FnMut(CopyProgress),
) -> Result<CopySummary> {
    let to = target.to_string();
    match target {
        Location::File(path) => sqlite::SqliteStore::copy_into_new(path, options, &mut |t| {
            fill_target(source, t, ("source", &to), now, progress)
        }),
        Location::Postgres(url) => postgres::PgStore::copy_into_empty(url, options, &mut |t| {
            fill_target(source, t, ("source", &to), now, progress)
        }),
        Location::Server(url) => Err(not_a_database(url)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_tells_apart_what_a_careless_serialisation_would_not() {
        let sum = |rows: &[&[Value]]| {
            let mut c = Checksum::new();
            rows.iter().for_each(|r| c.add(r));
            c.finish()
        };
        let t = |s: &str| Value::Text(s.to_owned());
        assert_ne!(sum(&[&[t("ab"), t("c")]]), sum(&[&[t("a"), t("bc")]]));
        assert_ne!(sum(&[&[Value::Null]]), sum(&[&[t("")]]));
        assert_ne!(sum(&[&[Value::Int(0)]]), sum(&[&[Value::Null]]));
        assert_ne!(sum(&[&[Value::Int(1)], &[Value::Int(2)]]), sum(&[&[Value::Int(2)], &[Value::Int(1)]]));
        assert_eq!(sum(&[&[t("x"), Value::Int(7)]]), sum(&[&[t("x"), Value::Int(7)]]));
    }

    #[test]
    fn every_table_of_the_schema_is_copied_or_deliberately_left_out() {
        let left_out = ["login_sessions", "superseded_tokens", "login_failures", "idempotency_keys"];
        let store = sqlite::SqliteStore::open_in_memory().expect("store");
        let tables = store.table_names().expect("tables");
        for name in tables {
            assert!(
                TABLES.iter().any(|t| t.name == name) || left_out.contains(&name.as_str()),
                "table {name} is neither copied nor left out on purpose"
            );
        }
    }
}
