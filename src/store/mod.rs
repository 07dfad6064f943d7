//! Storage: the one trait of domain-level queries the core asks inside a transaction, and the
//! closed set of stores that implement it. All SQL lives below this module.

pub mod sqlite;

use std::path::{Path, PathBuf};

use crate::audit::AuditStore;
use crate::auth::{AuthCommandStore, AuthStore};
use crate::case::{CaseCommandStore, CaseStore};
use crate::error::Result;
use crate::org::OrgStore;
use crate::settings::SettingsStore;
use crate::ticket::{TicketCommandStore, TicketStore};
use crate::user::{UserCommandStore, UserStore};
use crate::work::{WorkCommandStore, WorkStore};

/// Every question the core may ask storage, within one transaction. Each domain module
/// declares its own part (and the combination its commands need, which `&dyn Tx` upcasts
/// to); a store implements them all.
pub trait Tx:
    OrgStore
    + SettingsStore
    + AuditStore
    + UserStore
    + AuthStore
    + WorkStore
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
        + SettingsStore
        + AuditStore
        + UserStore
        + AuthStore
        + WorkStore
        + TicketStore
        + CaseStore
        + ?Sized,
> Tx for T
{
}

/// Options that apply to every store.
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    /// How long a write waits for another process's lock before giving up (exit 7).
    pub busy_timeout: std::time::Duration,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self { busy_timeout: std::time::Duration::from_secs(5) }
    }
}

/// An open database. One variant per backend; it owns the connection and the transaction
/// policy (writes take the lock up front, reads see one snapshot).
pub enum Store {
    Sqlite(sqlite::SqliteStore),
}

impl Store {
    /// Opens an existing database, refusing anything that is not a usable stint database.
    pub fn open(path: &Path, options: OpenOptions) -> Result<Self> {
        sqlite::SqliteStore::open(path, options).map(Store::Sqlite)
    }

    /// Creates a new database file, which must not exist yet, and runs `setup` in it; the
    /// file appears only once complete.
    pub fn create<T>(
        path: &Path,
        options: OpenOptions,
        setup: impl FnOnce(&dyn Tx) -> Result<T>,
    ) -> Result<(Self, T)> {
        sqlite::SqliteStore::create(path, options, setup).map(|(store, value)| (Store::Sqlite(store), value))
    }

    /// Where the database lives, as the user named it.
    pub fn location(&self) -> PathBuf {
        match self {
            Store::Sqlite(s) => s.path().to_path_buf(),
        }
    }

    /// Runs `work` in a read transaction: one consistent snapshot, no lock held against writers.
    pub fn read<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.read(work),
        }
    }

    /// Runs `work` in a write transaction and rolls it back whatever happens: every rule is
    /// checked, nothing is kept.
    pub fn dry_run<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.dry_run(work),
        }
    }

    /// Runs `work` in a write transaction that takes the write lock first; it commits only if
    /// `work` succeeds, so a command changes everything or nothing.
    pub fn write<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.write(work),
        }
    }
}
