//! The PostgreSQL store: connecting (TLS verified over TCP, or a Unix socket), migrations kept
//! in `stint_schema`, transactions with bounded retries on serialization failures and deadlocks,
//! and the mapping of PostgreSQL errors to core errors. Queries live in the sibling modules.

mod audit;
mod auth;
mod cases;
mod check;
pub(crate) mod copy;
mod migrations;
mod org;
mod tags;
mod tickets;
mod types;
mod url;
mod users;
mod work;

use std::cell::{Cell, RefCell, RefMut};
use std::time::Duration;

use postgres::config::{Host, SslMode};
use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, IsolationLevel, NoTls, Row};

use super::{OpenOptions, Tx, constraint_error};
use crate::error::{Error, Result};
pub use migrations::latest_version;
pub use url::redact;

/// How often a transaction is rerun after a serialization failure or deadlock.
const MAX_ATTEMPTS: u32 = 5;
/// Serialises concurrent migrators (an arbitrary, fixed advisory-lock key: "STNT").
const MIGRATION_LOCK: i64 = 0x5354_4e54;

/// An open PostgreSQL database.
pub struct PgStore {
    client: Client,
    shown: String,
}

/// One transaction; every storage trait is implemented on it. PostgreSQL's client needs
/// `&mut` for each statement while the ports take `&self`, hence the `RefCell`.
pub struct PgTx<'c> {
    tx: RefCell<postgres::Transaction<'c>>,
    /// Set when a statement failed in a way that rerunning the transaction can fix.
    retryable: Cell<bool>,
}

/// Whether a database location names PostgreSQL rather than a file.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

fn connect(url: &str, options: OpenOptions) -> Result<Client> {
    let shown = redact(url);
    let mut config: postgres::Config = url::normalise(url)
        .parse()
        .map_err(|e| Error::invalid(format!("cannot read database URL {shown}: {e}")))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(DEFAULT_CONNECT_TIMEOUT);
    }
    let over_tcp = config.get_hosts().iter().any(|h| matches!(h, Host::Tcp(_)));
    let client = if over_tcp {
        // The driver's default `prefer` falls back to plaintext; stint never does.
        if config.get_ssl_mode() != SslMode::Require {
            return Err(Error::invalid(format!(
                "{shown}: connections over TCP need sslmode=require (stint verifies the server's certificate); use a Unix socket for local access"
            )));
        }
        let tls = tls_connector()?;
        within_deadline(&config, &shown, move |config| config.connect(tls))?
    } else {
        within_deadline(&config, &shown, |config| config.connect(NoTls))?
    }
    .map_err(|e| connect_error(&e, &shown))?;
    let mut client = client;
    let timeout_ms = lock_timeout_ms(options.busy_timeout);
    client.batch_execute(&format!("SET lock_timeout = {timeout_ms}; SET TIME ZONE 'UTC'")).map_err(|e| {
        Error::unusable(format!("cannot configure the connection to {shown}: {}", one_line(&e)))
    })?;
    Ok(client)
}

/// `lock_timeout = 0` would wait forever; a zero busy timeout means "do not wait", as on SQLite.
fn lock_timeout_ms(busy_timeout: Duration) -> u128 {
    busy_timeout.as_millis().clamp(1, i32::MAX as u128)
}

/// How long one socket-level connection attempt may take when the URL sets no `connect_timeout`.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The driver bounds only the socket connect; a peer that accepts and then stays silent (a
/// firewall, a wrong port) would hang the TLS handshake or the startup forever. The whole
/// connection therefore runs on a helper thread and is given up, as busy and safe to retry,
/// after three times the connect timeout. An abandoned attempt ends with the process.
fn within_deadline<T: Send + 'static>(
    config: &postgres::Config,
    shown: &str,
    connect: impl FnOnce(postgres::Config) -> T + Send + 'static,
) -> Result<T> {
    let timeout = config.get_connect_timeout().copied().unwrap_or(DEFAULT_CONNECT_TIMEOUT);
    let deadline = timeout.saturating_mul(3);
    let (sender, receiver) = std::sync::mpsc::channel();
    let config = config.clone();
    std::thread::Builder::new()
        .name("stint-pg-connect".into())
        .spawn(move || {
            let _ = sender.send(connect(config));
        })
        .map_err(|e| Error::internal(format!("cannot start the connection thread: {e}")))?;
    receiver.recv_timeout(deadline).map_err(|_| {
        Error::busy(format!(
            "cannot connect to {shown}: no answer within {} s (safe to retry)",
            deadline.as_secs_f64().ceil()
        ))
    })
}

/// A server that cannot be reached (refused, no socket, unknown host, timed out) may be back
/// in a moment: busy, safe to retry. A server that answered and refused is unusable as named.
fn connect_error(e: &postgres::Error, shown: &str) -> Error {
    let unreachable = e.as_db_error().is_none()
        && std::iter::successors(std::error::Error::source(e), |s| s.source())
            .any(|s| s.is::<std::io::Error>());
    let message = format!("cannot connect to {shown}: {}", one_line(e));
    if unreachable { Error::busy(format!("{message} (safe to retry)")) } else { Error::unusable(message) }
}

/// A rustls connector that verifies the server against the system's trusted roots.
fn tls_connector() -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let mut roots = rustls::RootCertStore::empty();
    let found = rustls_native_certs::load_native_certs();
    for cert in found.certs {
        let _ = roots.add(cert);
    }
    if roots.is_empty() {
        return Err(Error::unusable("no trusted root certificates found to verify the database server"));
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

fn one_line(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_owned(),
        None => {
            // The driver's own text names only the step ("error connecting to server"); the
            // cause (refused, no such file, unknown host) is in its sources.
            let mut text = e.to_string();
            for cause in std::iter::successors(std::error::Error::source(e), |s| s.source()) {
                let cause = cause.to_string();
                if !text.contains(&cause) {
                    text = format!("{text}: {cause}");
                }
            }
            text.replace('\n', " ")
        }
    }
}

/// Maps a PostgreSQL error to a core error, naming known constraints.
fn map_error(e: &postgres::Error) -> Error {
    if let Some(db) = e.as_db_error() {
        let named = db.constraint().and_then(constraint_error).or_else(|| constraint_error(db.message()));
        if let Some(mapped) = named {
            return mapped;
        }
        let code = db.code();
        return if *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
            || *code == SqlState::LOCK_NOT_AVAILABLE
        {
            Error::busy("the database is busy: other writers held the rows past the timeout; try again")
        } else if *code == SqlState::UNIQUE_VIOLATION || *code == SqlState::EXCLUSION_VIOLATION {
            // A duplicate or a clash with an existing row, as SQLite's UNIQUE: a conflict.
            Error::conflict(format!("refused by the database: {}", db.message()))
        } else if code.code().starts_with("23") {
            // CHECK, foreign key, NOT NULL: data the rules do not allow.
            Error::invalid(format!("refused by the database: {}", db.message()))
        } else {
            Error::internal(format!("database error: {}", db.message()))
        };
    }
    if e.is_closed() {
        return Error::unusable("the connection to the database was lost");
    }
    Error::internal(format!("database error: {}", one_line(e)))
}

/// Waits a little, a random amount growing with each attempt, before a transaction is rerun:
/// two transactions that deadlocked would otherwise restart in step and meet again.
fn back_off(attempt: u32) {
    let mut jitter = [0_u8; 1];
    let _ = getrandom::fill(&mut jitter);
    let millis = u64::from(attempt) * (5 + u64::from(jitter[0] % 20));
    std::thread::sleep(std::time::Duration::from_millis(millis));
}

fn is_retryable(e: &postgres::Error) -> bool {
    e.code()
        .is_some_and(|c| *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED)
}

impl PgStore {
    /// Connects to an initialised stint database, applying pending migrations.
    pub fn open(url: &str, options: OpenOptions) -> Result<Self> {
        let mut store = Self { client: connect(url, options)?, shown: redact(url) };
        let version = store.version()?.ok_or_else(|| {
            Error::unusable(format!("{} is not a stint database; create one with `stint init`", store.shown))
        })?;
        if version > latest_version() {
            return Err(Error::unusable(format!(
                "database {} has schema version {version}, newer than this stint understands ({}); upgrade stint",
                store.shown,
                latest_version()
            )));
        }
        if version < latest_version() && !options.migrate {
            return Err(Error::unusable(format!("database {} needs migrating first", store.shown)));
        }
        if version < latest_version() {
            store.migrate()?;
        }
        Ok(store)
    }

    /// Prepares an empty database for `stint init`; an initialised one is a conflict.
    pub fn create(url: &str, options: OpenOptions) -> Result<Self> {
        let mut store = Self { client: connect(url, options)?, shown: redact(url) };
        store.refuse_initialised()?;
        store.migrate()?;
        Ok(store)
    }

    /// Refuses, as `create` would, a database that cannot be created, and changes nothing:
    /// `init` asks this before it prompts for a password.
    pub fn check_creatable(url: &str, options: OpenOptions) -> Result<()> {
        Self { client: connect(url, options)?, shown: redact(url) }.refuse_initialised()
    }

    fn refuse_initialised(&mut self) -> Result<()> {
        if let Some(version) = self.version()?
            && version > 0
        {
            let has_org: bool = self
                .client
                .query_one("SELECT EXISTS (SELECT 1 FROM organizations)", &[])
                .map_err(|e| map_error(&e))?
                .get(0);
            if has_org {
                return Err(Error::conflict(format!(
                    "a stint database already exists in {}; stint init never overwrites one",
                    self.shown
                )));
            }
        }
        Ok(())
    }

    /// The schema version, or `None` when the database has no stint schema.
    fn version(&mut self) -> Result<Option<i64>> {
        let exists: bool = self
            .client
            .query_one("SELECT to_regclass('stint_schema') IS NOT NULL", &[])
            .map_err(|e| map_error(&e))?
            .get(0);
        if !exists {
            return Ok(None);
        }
        let row =
            self.client.query_one("SELECT version FROM stint_schema", &[]).map_err(|e| map_error(&e))?;
        Ok(Some(row.get(0)))
    }

    fn migrate(&mut self) -> Result<()> {
        loop {
            let mut tx = self.client.transaction().map_err(|e| map_error(&e))?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).map_err(|e| map_error(&e))?;
            tx.batch_execute(migrations::BOOTSTRAP).map_err(|e| map_error(&e))?;
            let current: i64 =
                tx.query_one("SELECT version FROM stint_schema", &[]).map_err(|e| map_error(&e))?.get(0);
            if current >= latest_version() {
                tx.commit().map_err(|e| map_error(&e))?;
                return Ok(());
            }
            let index = usize::try_from(current).map_err(|_| Error::unusable("negative schema version"))?;
            tx.batch_execute(migrations::MIGRATIONS[index]).map_err(|e| map_error(&e))?;
            tx.execute("UPDATE stint_schema SET version = $1", &[&(current + 1)])
                .map_err(|e| map_error(&e))?;
            tx.commit().map_err(|e| map_error(&e))?;
        }
    }

    /// A read-only snapshot: every statement sees the same committed state.
    pub fn read<T>(&mut self, mut work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        self.run(true, &mut work)
    }

    /// A read-write transaction, rerun a bounded number of times on serialization failures and
    /// deadlocks; it commits only if `work` succeeds.
    pub fn write<T>(&mut self, mut work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        self.run(false, &mut work)
    }

    fn run<T>(&mut self, read_only: bool, work: &mut dyn FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let isolation =
                if read_only { IsolationLevel::RepeatableRead } else { IsolationLevel::ReadCommitted };
            let tx = self
                .client
                .build_transaction()
                .isolation_level(isolation)
                .read_only(read_only)
                .start()
                .map_err(|e| map_error(&e))?;
            let pg = PgTx { tx: RefCell::new(tx), retryable: Cell::new(false) };
            let outcome = work(&pg);
            let retryable = pg.retryable.get();
            let tx = pg.tx.into_inner();
            match outcome {
                Ok(value) => match tx.commit() {
                    Ok(()) => return Ok(value),
                    Err(e) if is_retryable(&e) && attempt < MAX_ATTEMPTS => back_off(attempt),
                    Err(e) => return Err(map_error(&e)),
                },
                Err(e) => {
                    let _ = tx.rollback();
                    if retryable && attempt < MAX_ATTEMPTS {
                        back_off(attempt);
                        continue;
                    }
                    return Err(e);
                }
            }
        }
    }
}

impl PgStore {
    pub fn set_busy_timeout(&mut self, timeout: Duration) -> Result<()> {
        let timeout_ms = lock_timeout_ms(timeout);
        self.client.batch_execute(&format!("SET lock_timeout = {timeout_ms}")).map_err(|e| {
            Error::unusable(format!("cannot configure the connection to {}: {}", self.shown, one_line(&e)))
        })
    }
}

impl PgStore {
    /// A write transaction that is always rolled back (`--dry-run`).
    pub fn dry_run<T>(&mut self, work: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        let tx = self.client.transaction().map_err(|e| map_error(&e))?;
        let pg = PgTx { tx: RefCell::new(tx), retryable: Cell::new(false) };
        let outcome = work(&pg);
        let _ = pg.tx.into_inner().rollback();
        outcome
    }
}

impl<'c> PgTx<'c> {
    fn fail(&self, e: postgres::Error) -> Error {
        if is_retryable(&e) {
            self.retryable.set(true);
        }
        map_error(&e)
    }

    /// The transaction, for one statement. A listing that streams rows holds it until the
    /// last row, so a statement run from inside its callback is a bug, reported as such.
    fn tx(&self) -> Result<RefMut<'_, postgres::Transaction<'c>>> {
        self.tx
            .try_borrow_mut()
            .map_err(|_| Error::internal("a statement ran while a listing was streaming its rows"))
    }

    fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        self.tx()?.query(sql, params).map_err(|e| self.fail(e))
    }

    fn query_opt(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>> {
        self.tx()?.query_opt(sql, params).map_err(|e| self.fail(e))
    }

    fn query_one(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        self.tx()?.query_one(sql, params).map_err(|e| self.fail(e))
    }

    fn execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.tx()?.execute(sql, params).map_err(|e| self.fail(e))
    }

    /// The one row `sql` returns, if there is one, read by `read`.
    fn optional_row<T>(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        read: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        self.query_opt(sql, params)?.as_ref().map(read).transpose()
    }

    /// Every row `sql` returns, each read by `read`.
    fn rows<T>(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        read: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.query(sql, params)?.iter().map(read).collect()
    }

    /// The ids a prefix lookup `sql` returns; it binds `$1` organisation, `$2` prefix, `$3`
    /// the optional owner, and reads the id from its one column.
    fn ids_by_prefix<T: for<'a> postgres::types::FromSql<'a>>(
        &self,
        sql: &str,
        org: crate::id::OrgId,
        prefix: &crate::id::IdPrefix,
        owner: Option<crate::id::UserId>,
    ) -> Result<Vec<T>> {
        self.rows(sql, &[&org, &prefix.as_str(), &owner], |r| types::get(r, 0))
    }

    /// Runs one statement inside a savepoint: when the database refuses it (a constraint), only
    /// the statement is undone and the transaction stays usable, as it does on SQLite. The
    /// core relies on that to name what stood in the way, and an import to go on collecting
    /// problems.
    fn execute_guarded(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.guarded(|savepoint| savepoint.execute(sql, params))
    }

    /// Runs `work`'s statements inside one savepoint, as [`Self::execute_guarded`] runs one:
    /// when the database refuses any of them, all of them are undone and the transaction
    /// stays usable.
    fn guarded<T>(
        &self,
        work: impl FnOnce(&mut postgres::Transaction<'_>) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let mut tx = self.tx()?;
        let mut savepoint = tx.savepoint("stint_statement").map_err(|e| self.fail(e))?;
        match work(&mut savepoint) {
            Ok(value) => {
                savepoint.commit().map_err(|e| self.fail(e))?;
                Ok(value)
            }
            Err(e) => {
                let refused = self.fail(e);
                savepoint.rollback().map_err(|e| self.fail(e))?;
                Err(refused)
            }
        }
    }

    /// Runs a query and hands each row to `each` as it arrives from the server, so a listing of
    /// any length never sits in memory. `each` must not run statements of its own.
    fn for_each_row(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        each: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let mut tx = self.tx()?;
        let mut rows = tx.query_raw(sql, params.iter().copied()).map_err(|e| self.fail(e))?;
        while let Some(row) = rows.next().map_err(|e| self.fail(e))? {
            each(&row)?;
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod cluster;

/// A unit test that needs a PostgreSQL server, ignored when the build found none (see
/// `build.rs`): `pg_test! { fn name() { ... } }`.
#[cfg(test)]
macro_rules! pg_test {
    (fn $name:ident() $body:block) => {
        #[test]
        #[cfg_attr(
            not(any(stint_pg, stint_ci)),
            ignore = "no PostgreSQL server binaries at build time (see build.rs)"
        )]
        fn $name() $body
    };
}
#[cfg(test)]
pub(crate) use pg_test;

/// A new database with the current schema on the test cluster.
#[cfg(test)]
pub(crate) fn fresh_test_store() -> PgStore {
    PgStore::create(&cluster::shared().fresh_database(), OpenOptions::default()).expect("store")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    /// Two organisations with a user each, and one row in every table of the first.
    const FIXTURE: &str = "
        INSERT INTO organizations (org_id, name, created_at) VALUES ('o', 'desk', 0), ('o2', 'other', 0);
        INSERT INTO settings (org_id, key, value, updated_at) VALUES ('o', 'k', 1, 0);
        INSERT INTO users (user_id, org_id, username, role, status, password_hash, created_at, updated_at)
            VALUES ('u', 'o', 'u', 'technician', 'active', 'x', 0, 0),
                   ('v', 'o2', 'v', 'technician', 'active', 'x', 0, 0);
        INSERT INTO login_sessions (session_id, org_id, user_id, client_id, client_label, kind, token_hash,
                created_at, last_seen_at, expires_at)
            VALUES ('s', 'o', 'u', 'c', 'l', 'device', decode(repeat('ab', 32), 'hex'), 0, 0, 9);
        INSERT INTO superseded_tokens (token_hash, session_id, superseded_at)
            VALUES (decode(repeat('cd', 32), 'hex'), 's', 0);
        INSERT INTO login_failures (org_id, name_key, failed_logins, last_failed_at)
            VALUES ('o', decode(repeat('ab', 32), 'hex'), 1, 0);
        INSERT INTO tickets (ticket_id, org_id, number, title, status, priority, creator_id, created_at, updated_at)
            OVERRIDING SYSTEM VALUE VALUES (100, 'o', 1, 't', 'open', 'normal', 'u', 0, 0);
        INSERT INTO cases (case_id, org_id, title, status, priority, owner_id, created_at, updated_at)
            VALUES ('c', 'o', 't', 'open', 'normal', 'u', 0, 0);
        INSERT INTO case_notes (note_id, org_id, case_id, author_id, created_at, body)
            OVERRIDING SYSTEM VALUE VALUES (100, 'o', 'c', 'u', 0, 'b');
        INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration,
                utc_offset, source, created_at, updated_at)
            VALUES ('w', 'o', 'u', 100, 100, 200, 100, 0, 'manual', 0, 0),
                   ('r', 'o', 'u', 100, 1000, NULL, NULL, 0, 'timer', 0, 0);
        INSERT INTO audit_events (event_id, org_id, at, actor, action, object_type, object_id)
            OVERRIDING SYSTEM VALUE VALUES (100, 'o', 0, 'a', 'x', 'y', 'z');
        INSERT INTO idempotency_keys (org_id, user_id, key, request_digest, value, created_at)
            VALUES ('o', 'u', 'k', 'd', 'v', 0);
        INSERT INTO tags (tag_id, org_id, name) OVERRIDING SYSTEM VALUE VALUES (100, 'o', 't');
        INSERT INTO work_session_tags (org_id, work_session_id, tag_id) VALUES ('o', 'w', 100);";

    fn user(id: &str, org: &str, name: &str, role: &str, status: &str) -> String {
        format!(
            "INSERT INTO users (user_id, org_id, username, role, status, password_hash, created_at, updated_at)
             VALUES ('{id}', '{org}', '{name}', '{role}', '{status}', 'x', 0, 0)"
        )
    }

    fn login(id: &str, user: &str, kind: &str, hash: &str) -> String {
        format!(
            "INSERT INTO login_sessions (session_id, org_id, user_id, client_id, client_label, kind, token_hash,
                 created_at, last_seen_at, expires_at)
             VALUES ('{id}', 'o', '{user}', 'c', 'l', '{kind}', decode('{hash}', 'hex'), 0, 0, 9)"
        )
    }

    fn ticket(
        org: &str,
        number: i64,
        title: &str,
        status: &str,
        priority: &str,
        people: (&str, &str),
    ) -> String {
        let (creator, assignee) = people;
        format!(
            "INSERT INTO tickets (org_id, number, title, status, priority, creator_id, assignee_id, created_at, updated_at)
             VALUES ('{org}', {number}, '{title}', '{status}', '{priority}', '{creator}', {assignee}, 0, 0)"
        )
    }

    fn case(
        id: &str,
        org: &str,
        title: &str,
        status: &str,
        priority: &str,
        owner: &str,
        ticket: &str,
    ) -> String {
        format!(
            "INSERT INTO cases (case_id, org_id, title, status, priority, owner_id, ticket_id, created_at, updated_at)
             VALUES ('{id}', '{org}', '{title}', '{status}', '{priority}', '{owner}', {ticket}, 0, 0)"
        )
    }

    fn note(case: &str, author: &str, body: &str) -> String {
        format!(
            "INSERT INTO case_notes (org_id, case_id, author_id, created_at, body)
             VALUES ('o', '{case}', '{author}', 0, '{body}')"
        )
    }

    /// `(id, user, ticket, case, start, end, duration, offset, source)`, unquoted SQL values.
    fn session(values: [&str; 9]) -> String {
        let [id, user, ticket, case, start, end, duration, offset, source] = values;
        format!(
            "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, case_id, start_at, end_at,
                 duration, utc_offset, source, created_at, updated_at)
             VALUES ('{id}', 'o', '{user}', {ticket}, {case}, {start}, {end}, {duration}, {offset}, '{source}', 0, 0)"
        )
    }

    /// Every constraint of the schema, a statement that breaks it, and the core error kind it
    /// becomes. Where one statement cannot break a constraint alone (a composite foreign key
    /// implies the organisation's), each name it may report is listed.
    fn violations() -> Vec<(Vec<&'static str>, ErrorKind, String)> {
        use ErrorKind::{Conflict, Internal, Invalid};
        let ab = "ab".repeat(32);
        let ef = "ef".repeat(32);
        vec![
            (vec!["organizations_pkey"], Conflict, "INSERT INTO organizations VALUES ('o', 'x', 1, 0)".into()),
            (
                vec!["organizations_name_unique"],
                Conflict,
                "INSERT INTO organizations (org_id, name, created_at) VALUES ('o3', 'desk', 0)".into(),
            ),
            (vec!["organizations_name_format"], Invalid, "UPDATE organizations SET name = 'Bad Name'".into()),
            (vec!["organizations_status_valid"], Invalid, "UPDATE organizations SET status = 'gone'".into()),
            (vec!["organizations_max_users_positive"], Invalid, "UPDATE organizations SET max_users = 0".into()),
            (vec!["settings_pkey"], Conflict, "INSERT INTO settings VALUES ('o', 'k', 2, 0)".into()),
            (vec!["settings_org_id_fkey"], Invalid, "INSERT INTO settings VALUES ('nope', 'k', 2, 0)".into()),
            (vec!["users_pkey", "users_org_key"], Conflict, user("u", "o", "u2", "technician", "active")),
            (vec!["users_org_id_fkey"], Invalid, user("u3", "nope", "u3", "technician", "active")),
            (vec!["users_username_format"], Invalid, user("u3", "o", "Bad Name", "technician", "active")),
            (vec!["users_role_valid"], Invalid, user("u3", "o", "u3", "boss", "active")),
            (vec!["users_status_valid"], Invalid, user("u3", "o", "u3", "technician", "gone")),
            (vec!["users_username_unique"], Conflict, user("u3", "o", "u", "technician", "active")),
            (vec!["login_sessions_pkey"], Conflict, login("s", "u", "device", &ef)),
            (vec!["login_sessions_user_fk"], Invalid, login("s2", "v", "device", &ef)),
            (vec!["login_sessions_kind_valid"], Invalid, login("s2", "u", "cookie", &ef)),
            (vec!["login_sessions_token_hash_size"], Invalid, login("s2", "u", "device", "abcd")),
            (vec!["login_sessions_token_unique"], Conflict, login("s2", "u", "device", &ab)),
            (
                vec!["superseded_tokens_pkey"],
                Conflict,
                format!("INSERT INTO superseded_tokens VALUES (decode('{}', 'hex'), 's', 0)", "cd".repeat(32)),
            ),
            (
                vec!["superseded_tokens_session_id_fkey"],
                Invalid,
                format!("INSERT INTO superseded_tokens VALUES (decode('{ef}', 'hex'), 'nope', 0)"),
            ),
            (
                vec!["login_failures_pkey"],
                Conflict,
                format!("INSERT INTO login_failures VALUES ('o', decode('{ab}', 'hex'), 1, 0)"),
            ),
            (
                vec!["login_failures_org_id_fkey"],
                Invalid,
                format!("INSERT INTO login_failures VALUES ('nope', decode('{ef}', 'hex'), 1, 0)"),
            ),
            (
                vec!["login_failures_name_key_size"],
                Invalid,
                "INSERT INTO login_failures VALUES ('o', decode('abcd', 'hex'), 1, 0)".into(),
            ),
            (
                vec!["tickets_pkey", "tickets_org_key"],
                Conflict,
                "INSERT INTO tickets (ticket_id, org_id, number, title, status, priority, creator_id, created_at,
                     updated_at) OVERRIDING SYSTEM VALUE VALUES (100, 'o', 2, 't', 'open', 'normal', 'u', 0, 0)"
                    .into(),
            ),
            (
                vec!["tickets_org_id_fkey", "tickets_creator_fk"],
                Invalid,
                ticket("nope", 2, "t", "open", "normal", ("u", "NULL")),
            ),
            (vec!["tickets_assignee_fk"], Invalid, ticket("o", 2, "t", "open", "normal", ("u", "'v'"))),
            (vec!["tickets_creator_fk"], Invalid, ticket("o", 2, "t", "open", "normal", ("v", "NULL"))),
            (vec!["tickets_title_length"], Invalid, ticket("o", 2, "", "open", "normal", ("u", "NULL"))),
            (vec!["tickets_status_valid"], Invalid, ticket("o", 2, "t", "done", "normal", ("u", "NULL"))),
            (vec!["tickets_priority_valid"], Invalid, ticket("o", 2, "t", "open", "meh", ("u", "NULL"))),
            (vec!["tickets_number_unique"], Conflict, ticket("o", 1, "t", "open", "normal", ("u", "NULL"))),
            (vec!["cases_pkey", "cases_org_key"], Conflict, case("c", "o", "t", "open", "normal", "u", "NULL")),
            (
                vec!["cases_org_id_fkey", "cases_owner_fk"],
                Invalid,
                case("c2", "nope", "t", "open", "normal", "u", "NULL"),
            ),
            (vec!["cases_owner_fk"], Invalid, case("c2", "o", "t", "open", "normal", "v", "NULL")),
            (vec!["cases_ticket_fk"], Invalid, case("c2", "o", "t", "open", "normal", "u", "999")),
            (vec!["cases_title_length"], Invalid, case("c2", "o", "", "open", "normal", "u", "NULL")),
            (vec!["cases_status_valid"], Invalid, case("c2", "o", "t", "done", "normal", "u", "NULL")),
            (vec!["cases_priority_valid"], Invalid, case("c2", "o", "t", "open", "meh", "u", "NULL")),
            (
                vec!["case_notes_pkey"],
                Conflict,
                "INSERT INTO case_notes (note_id, org_id, case_id, author_id, created_at, body)
                     OVERRIDING SYSTEM VALUE VALUES (100, 'o', 'c', 'u', 0, 'b')"
                    .into(),
            ),
            (vec!["case_notes_case_fk"], Invalid, note("nope", "u", "b")),
            (vec!["case_notes_author_fk"], Invalid, note("c", "v", "b")),
            (vec!["case_notes_body_length"], Invalid, note("c", "u", "")),
            (
                vec!["work_sessions_pkey", "work_sessions_org_key"],
                Conflict,
                session(["w", "u", "100", "NULL", "300", "400", "100", "0", "manual"]),
            ),
            (
                vec!["work_sessions_user_fk"],
                Invalid,
                session(["w2", "v", "100", "NULL", "300", "400", "100", "0", "manual"]),
            ),
            (
                vec!["work_sessions_ticket_fk"],
                Invalid,
                session(["w2", "u", "999", "NULL", "300", "400", "100", "0", "manual"]),
            ),
            (
                vec!["work_sessions_case_fk"],
                Invalid,
                session(["w2", "u", "NULL", "'nope'", "300", "400", "100", "0", "manual"]),
            ),
            (
                vec!["work_sessions_target_required"],
                Invalid,
                session(["w2", "u", "NULL", "NULL", "300", "400", "100", "0", "manual"]),
            ),
            (
                vec!["work_sessions_end_after_start"],
                Invalid,
                session(["w2", "u", "100", "NULL", "300", "250", "-50", "0", "manual"]),
            ),
            (
                vec!["work_sessions_duration_matches"],
                Invalid,
                session(["w2", "u", "100", "NULL", "300", "400", "5", "0", "manual"]),
            ),
            (
                vec!["work_sessions_source_valid"],
                Invalid,
                session(["w2", "u", "100", "NULL", "300", "400", "100", "0", "magic"]),
            ),
            (
                vec!["work_sessions_offset_range"],
                Invalid,
                session(["w2", "u", "100", "NULL", "300", "400", "100", "90000", "manual"]),
            ),
            (
                vec!["work_sessions_no_overlap"],
                Conflict,
                session(["w2", "u", "100", "NULL", "150", "250", "100", "0", "manual"]),
            ),
            // Two running sessions always overlap as well; whichever index PostgreSQL checks
            // first reports it, and both are the same conflict.
            (
                vec!["work_sessions_one_running", "work_sessions_no_overlap"],
                Conflict,
                session(["w2", "u", "100", "NULL", "2000", "NULL", "NULL", "0", "timer"]),
            ),
            (
                vec!["audit_events_pkey"],
                Conflict,
                "INSERT INTO audit_events (event_id, org_id, at, actor, action, object_type, object_id)
                     OVERRIDING SYSTEM VALUE VALUES (100, 'o', 0, 'a', 'x', 'y', 'z')"
                    .into(),
            ),
            (
                vec!["audit_events_org_id_fkey"],
                Invalid,
                "INSERT INTO audit_events (org_id, at, actor, action, object_type, object_id)
                     VALUES ('nope', 0, 'a', 'x', 'y', 'z')"
                    .into(),
            ),
            (vec!["audit_events_append_only"], Internal, "UPDATE audit_events SET actor = 'b'".into()),
            (vec!["audit_events_append_only"], Internal, "DELETE FROM audit_events".into()),
            (vec!["audit_events_append_only"], Internal, "TRUNCATE audit_events".into()),
            (
                vec!["idempotency_keys_pkey"],
                Conflict,
                "INSERT INTO idempotency_keys (org_id, user_id, key, request_digest, value, created_at)
                     VALUES ('o', 'u', 'k', 'd', 'v', 0)"
                    .into(),
            ),
            (
                vec!["idempotency_keys_user_fk"],
                Invalid,
                "INSERT INTO idempotency_keys (org_id, user_id, key, request_digest, value, created_at)
                     VALUES ('o', 'v', 'k', 'd', 'v', 0)"
                    .into(),
            ),
            (
                vec!["tags_pkey", "tags_org_key"],
                Conflict,
                "INSERT INTO tags (tag_id, org_id, name) OVERRIDING SYSTEM VALUE VALUES (100, 'o', 'x')".into(),
            ),
            (vec!["tags_org_id_fkey"], Invalid, "INSERT INTO tags (org_id, name) VALUES ('nope', 'x')".into()),
            (vec!["tags_name_unique"], Conflict, "INSERT INTO tags (org_id, name) VALUES ('o', 't')".into()),
            (vec!["tags_name_length"], Invalid, "INSERT INTO tags (org_id, name) VALUES ('o', '')".into()),
            (
                vec!["work_session_tags_pkey"],
                Conflict,
                "INSERT INTO work_session_tags (org_id, work_session_id, tag_id) VALUES ('o', 'w', 100)".into(),
            ),
            (
                vec!["work_session_tags_session_fk"],
                Invalid,
                "INSERT INTO work_session_tags (org_id, work_session_id, tag_id) VALUES ('o', 'nope', 100)".into(),
            ),
            (
                vec!["work_session_tags_tag_fk"],
                Invalid,
                "INSERT INTO work_session_tags (org_id, work_session_id, tag_id) VALUES ('o', 'r', 999)".into(),
            ),
        ]
    }

    pg_test! {
        fn every_constraint_violation_becomes_the_right_core_error() {
            let mut store = fresh_test_store();
            store.client.batch_execute(FIXTURE).expect("fixture");
            let mut tested = std::collections::BTreeSet::new();
            for (names, kind, sql) in violations() {
                let mut tx = store.client.transaction().expect("transaction");
                let err = tx.execute(sql.as_str(), &[]).expect_err(&sql);
                drop(tx);
                let db = err.as_db_error().unwrap_or_else(|| panic!("{sql}: {err}"));
                let reported = db.constraint().unwrap_or(db.message());
                assert!(names.contains(&reported), "{sql}: reported {reported}, expected one of {names:?}");
                let mapped = map_error(&err);
                assert_eq!(mapped.kind(), kind, "{sql}: {}", mapped.message());
                tested.extend(names);
            }
            // A constraint added to the schema without a line above fails here.
            let declared: Vec<String> = store
                .client
                .query(
                    "SELECT c.conname::TEXT FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                     WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'stint_schema'
                     UNION
                     SELECT i.relname::TEXT FROM pg_index x
                     JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                     WHERE x.indisunique AND t.relnamespace = 'public'::regnamespace
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
                    &[],
                )
                .expect("catalog")
                .iter()
                .map(|r| r.get(0))
                .collect();
            let untested: Vec<&String> = declared.iter().filter(|n| !tested.contains(n.as_str())).collect();
            assert!(untested.is_empty(), "constraints without a violation test: {untested:?}");
        }
    }

    pg_test! {
        fn a_refused_work_session_write_leaves_the_transaction_usable() {
            let mut store = fresh_test_store();
            store.client.batch_execute(FIXTURE).expect("fixture");
            let tx = store.client.transaction().expect("transaction");
            let pg = PgTx { tx: RefCell::new(tx), retryable: Cell::new(false) };
            let clash = session(["w2", "u", "100", "NULL", "150", "250", "100", "0", "manual"]);
            let err = pg.execute_guarded(&clash, &[]).expect_err("overlap");
            assert_eq!(err.kind(), ErrorKind::Conflict);
            let fine = session(["w3", "u", "100", "NULL", "200", "300", "100", "0", "manual"]);
            assert_eq!(pg.execute_guarded(&fine, &[]).expect("touching"), 1);
            let count: i64 = pg.query_one("SELECT count(*) FROM work_sessions", &[]).expect("count").get(0);
            assert_eq!(count, 3);
        }
    }
}
