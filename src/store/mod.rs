//! Storage: the one trait of domain-level queries the core asks inside a transaction, and the
//! closed set of stores that implement it. All SQL lives below this module.

pub mod check;
mod copy;
pub mod postgres;
mod sql;
pub mod sqlite;

#[cfg(test)]
mod conformance;

pub use copy::{CopyProgress, CopySummary};

use std::fmt;
use std::path::PathBuf;

use crate::audit::AuditStore;
use crate::auth::{AuthCommandStore, AuthStore};
use crate::case::{CaseCommandStore, CaseStore};
use crate::error::{Error, ErrorKind, Result};
use crate::idempotency::IdempotencyStore;
use crate::org::OrgStore;
use crate::server_url::ServerUrl;
use crate::settings::SettingsStore;
use crate::ticket::{TicketCommandStore, TicketStore};
use crate::user::{UserCommandStore, UserStore};
use crate::work::{WorkCommandStore, WorkImportStore, WorkStore, WorkTagStore};

/// Every question the core may ask storage, within one transaction. Each domain module
/// declares its own part (and the combination its commands need, which `&dyn Tx` upcasts
/// to); a store implements them all. (Sized stores only: `work` answers `user`'s question
/// about timers for each store, through `&dyn WorkCommandStore`.)
pub trait Tx:
    OrgStore
    + IdempotencyStore
    + SettingsStore
    + AuditStore
    + UserStore
    + AuthStore
    + WorkStore
    + WorkTagStore
    + WorkImportStore
    + TicketStore
    + CaseStore
    + UserCommandStore
    + AuthCommandStore
    + WorkCommandStore
    + TicketCommandStore
    + CaseCommandStore
{
}
impl<
    T: OrgStore
        + IdempotencyStore
        + SettingsStore
        + AuditStore
        + UserStore
        + AuthStore
        + WorkStore
        + WorkTagStore
        + WorkImportStore
        + TicketStore
        + CaseStore,
> Tx for T
{
}

/// Options that apply to every store.
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    /// How long a write waits for another process's lock before giving up (exit 7).
    pub busy_timeout: std::time::Duration,
    /// The command writes a great deal at once (an import): let the store trade memory for
    /// speed. Other commands keep a small, flat footprint.
    pub bulk: bool,
    /// Bring an older schema up to date on open. Shell completion opens with `false`: it only
    /// reads, and a database must never change because someone pressed Tab.
    pub migrate: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self { busy_timeout: std::time::Duration::from_secs(5), bulk: false, migrate: true }
    }
}

/// The scheme of a text that starts like a URL (`letters://`), as RFC 3986 spells schemes.
fn url_scheme(text: &str) -> Option<&str> {
    let (scheme, _) = text.split_once("://")?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(scheme)
}

/// Where a database lives: a SQLite file, or a PostgreSQL server named by URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(String),
    /// A `stint serve` in front of the database: never opened here, only talked to.
    Server(ServerUrl),
}

impl Location {
    /// Reads `--db`/`STINT_DB`: a `postgres://` or `postgresql://` URL, else a file path. Any
    /// other `scheme://` is refused rather than taken for a file name: a misspelt scheme would
    /// otherwise be shown whole, password included, in every message about that "file".
    pub fn parse(text: &std::ffi::OsStr) -> Result<Self> {
        match text.to_str() {
            Some(url) if postgres::is_postgres_url(url) => Ok(Location::Postgres(url.to_owned())),
            Some(url) if url_scheme(url).is_some() => Err(Error::invalid(format!(
                "{} is not a database stint can open: use a postgres:// or postgresql:// URL, or a file path",
                postgres::redact(url)
            ))),
            _ => Ok(Location::File(PathBuf::from(text))),
        }
    }

    /// A stable text naming the database (no password), e.g. to key token files by.
    pub fn key(&self) -> String {
        match self {
            Location::File(path) => {
                std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()).display().to_string()
            }
            Location::Postgres(url) => postgres::redact(url),
            Location::Server(url) => url.to_string(),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(path) => write!(f, "{}", path.display()),
            Location::Postgres(url) => f.write_str(&postgres::redact(url)),
            Location::Server(url) => url.fmt(f),
        }
    }
}

/// Operator commands (`init`, `demo`, `db`) need the database itself, not a server in front of it.
fn not_a_database(url: &ServerUrl) -> Error {
    Error::denied(format!(
        "{url} is a stint server; this command needs direct access to the database (--db), \
         as the server's operator has"
    ))
}

/// An open database. One variant per backend; it owns the connection and the transaction
/// policy (writes take their locks up front and may be rerun; reads see one snapshot).
pub enum Store {
    Sqlite(sqlite::SqliteStore),
    Postgres(Box<postgres::PgStore>),
}

impl Store {
    /// Opens an existing database, refusing anything that is not a usable stint database.
    pub fn open(location: &Location, options: OpenOptions) -> Result<Self> {
        match location {
            Location::File(path) => sqlite::SqliteStore::open(path, options).map(Store::Sqlite),
            Location::Postgres(url) => {
                postgres::PgStore::open(url, options).map(|s| Store::Postgres(Box::new(s)))
            }
            Location::Server(url) => Err(not_a_database(url)),
        }
    }

    /// Refuses, without changing anything, a location `create` would refuse because a database
    /// (or any file) is already there.
    pub fn check_creatable(location: &Location, options: OpenOptions) -> Result<()> {
        match location {
            Location::File(path) => sqlite::SqliteStore::check_creatable(path),
            Location::Postgres(url) => postgres::PgStore::check_creatable(url, options),
            Location::Server(url) => Err(not_a_database(url)),
        }
    }

    /// Creates a new database and runs `setup` in it: a new file (which must not exist yet and
    /// appears only once complete), or the schema in an empty PostgreSQL database.
    pub fn create<T>(
        location: &Location,
        options: OpenOptions,
        setup: impl FnOnce(&dyn Tx) -> Result<T>,
    ) -> Result<(Self, T)> {
        match location {
            Location::File(path) => sqlite::SqliteStore::create(path, options, setup)
                .map(|(store, value)| (Store::Sqlite(store), value)),
            Location::Postgres(url) => {
                let mut store = postgres::PgStore::create(url, options)?;
                let mut setup = Some(setup);
                let value = store.write(|tx| match setup.take() {
                    Some(setup) => setup(tx),
                    None => {
                        Err(Error::busy("the database was busy while it was set up; run the command again"))
                    }
                })?;
                Ok((Store::Postgres(Box::new(store)), value))
            }
            Location::Server(url) => Err(not_a_database(url)),
        }
    }

    /// Writes a consistent snapshot of a SQLite database to `target` while others keep writing
    /// (see [`sqlite::SqliteStore::backup_to`]). PostgreSQL has its own tools for this.
    pub fn backup_to(&mut self, target: &std::path::Path, overwrite: sqlite::Overwrite) -> Result<()> {
        match self {
            Store::Sqlite(s) => s.backup_to(target, overwrite),
            Store::Postgres(_) => Err(Error::invalid(
                "stint db backup copies SQLite files; back up a PostgreSQL database with pg_dump",
            )),
        }
    }

    /// Changes how long writes wait for another writer's lock (a server applies each client's
    /// `STINT_BUSY_TIMEOUT_MS` to the pooled connection it lends that request).
    pub fn set_busy_timeout(&mut self, timeout: std::time::Duration) -> Result<()> {
        match self {
            Store::Sqlite(s) => s.set_busy_timeout(timeout),
            Store::Postgres(s) => s.set_busy_timeout(timeout),
        }
    }

    /// Runs `work` in a read transaction: one consistent snapshot, no lock held against writers.
    pub fn read<T>(&mut self, work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.read(work),
            Store::Postgres(s) => s.read(work),
        }
    }

    /// Runs `work` in a write transaction and rolls it back whatever happens: every rule is
    /// checked, nothing is kept. It runs once, even where `write` would rerun.
    pub fn dry_run<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.dry_run(work),
            Store::Postgres(s) => s.dry_run(work),
        }
    }

    /// Runs `work` in a write transaction; it commits only if `work` succeeds, so a command
    /// changes everything or nothing. `work` may run more than once (PostgreSQL reruns a
    /// transaction after a serialization failure or deadlock), so it must not have effects
    /// outside the transaction.
    pub fn write<T>(&mut self, work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.write(work),
            Store::Postgres(s) => s.write(work),
        }
    }
}

/// Constraint and trigger names both stores share, and the core error each becomes.
const KNOWN_CONSTRAINTS: &[(&str, ErrorKind, &str)] = &[
    (
        "work_sessions_no_overlap",
        ErrorKind::Conflict,
        "the work session would overlap another of the same user",
    ),
    ("work_sessions_one_running", ErrorKind::Conflict, "a timer is already running for this user"),
    ("work_sessions.user_id", ErrorKind::Conflict, "a timer is already running for this user"),
    ("users_username_unique", ErrorKind::Conflict, "a user with that name already exists"),
    ("users.org_id, users.username", ErrorKind::Conflict, "a user with that name already exists"),
    ("tickets_number_unique", ErrorKind::Conflict, "that ticket number is taken"),
    ("tickets.org_id, tickets.number", ErrorKind::Conflict, "that ticket number is taken"),
    ("audit_events_append_only", ErrorKind::Internal, "the audit log is append-only"),
];

/// The core error for a known constraint, found in a constraint name or error message.
pub(crate) fn constraint_error(text: &str) -> Option<Error> {
    KNOWN_CONSTRAINTS
        .iter()
        .find(|(name, _, _)| text.contains(name))
        .map(|(_, kind, message)| Error::new(*kind, *message))
}
