//! The service layer: every command is one named operation with a serialisable request and
//! response, run in one transaction behind the authentication envelope, locally or on a server.
//!
//! An [`Op`] names its route, its transaction mode and its core call. [`LocalService`] runs an
//! operation against an open store — the binary does so for a local database, and `stint serve`
//! does so per HTTP request — so every rule, check and audit entry runs where the store is.

pub mod audit;
pub mod auth;
pub mod case;
pub mod config;
pub mod remote;
pub mod session;
pub mod ticket;
pub mod timer;
pub mod user;
pub mod wire;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::auth::{Authenticated, Credential};
use crate::error::{Error, ErrorKind, Result};
use crate::idempotency;
use crate::store::{Store, Tx};
use crate::time::{Timestamp, Zone};

/// How an operation's transaction runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// One consistent snapshot; warns about a forgotten timer.
    Read,
    /// A read made before the command's own transaction (a permission test before a password
    /// prompt): it warns about nothing, since the command itself will.
    Check,
    /// A write transaction, the acting user's lock taken first; it may be rerun.
    Write,
    /// A write transaction rolled back at the end: every rule checked, nothing kept.
    DryRun,
}

/// What an operation sees of the service besides its request: the service's clock and the
/// caller's zone (local times in requests are read, and shown, in it).
pub struct Call<'a> {
    pub now: Timestamp,
    pub zone: &'a dyn Zone,
}

/// An operation's result and the warning the envelope adds (a forgotten timer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Reply<T> {
    pub value: T,
    pub warning: Option<String>,
}

/// The request of an operation that takes none; it still refuses unknown fields.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// Where a command's operations run: against a store opened here, or on a `stint serve`.
pub enum Service {
    Local(LocalService),
    Remote(remote::RemoteService),
}

impl Service {
    /// Checks that operations can run: a local store is open already; a server must answer as
    /// a stint server of this API version.
    pub fn check_reachable(&mut self) -> Result<()> {
        match self {
            Service::Local(_) => Ok(()),
            Service::Remote(remote) => remote.check_version(),
        }
    }

    /// Presents `credential` from now on (`auth login --with-token` checking a given token).
    pub fn set_credential(&mut self, credential: Credential) {
        match self {
            Service::Local(local) => local.credential = Ok(credential),
            Service::Remote(remote) => remote.set_credential(credential),
        }
    }

    /// Runs one operation as the logged-in user.
    pub fn call<O: Op>(&mut self, request: O::Req) -> Result<Reply<O::Resp>> {
        match self {
            Service::Local(local) => local.call::<O>(request),
            Service::Remote(remote) => remote.call::<O>(request),
        }
    }
}

/// One command: one operation, one transaction, one route (`POST /v1/{PATH}`).
pub trait Op: 'static {
    /// `group/command`, as the route and the logs name it.
    const PATH: &'static str;
    const MODE: Mode;
    type Req: Serialize + DeserializeOwned + Send + 'static;
    type Resp: Serialize + DeserializeOwned + Send + 'static;

    /// Work done outside the transaction where the core runs, before it (hashing a new
    /// password), so no lock is held meanwhile.
    fn prepare(request: Self::Req) -> Result<Self::Req> {
        Ok(request)
    }

    /// The core call. It may run more than once (see `Store::write`).
    fn run(tx: &dyn Tx, auth: &Authenticated, request: &Self::Req, call: &Call) -> Result<Self::Resp>;
}

/// Runs operations against an open store as the holder of one credential.
pub struct LocalService {
    store: Store,
    /// The caller's credential; an error (not logged in, an unreadable token file) is reported
    /// only when an operation needs it, after the store has proved usable.
    credential: Result<Credential>,
    now: Timestamp,
    zone: Box<dyn Zone + Send + Sync>,
    /// Who the last operation ran as, for a server's log.
    user: Option<String>,
}

impl LocalService {
    pub fn new(
        store: Store,
        credential: Result<Credential>,
        now: Timestamp,
        zone: Box<dyn Zone + Send + Sync>,
    ) -> Self {
        Self { store, credential, now, zone, user: None }
    }

    /// Gives the store back (a server returns it to its pool).
    pub fn into_store(self) -> Store {
        self.store
    }

    /// The open store, for operations that run without a login session (`auth login`).
    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Runs one operation as the credential's holder.
    pub fn call<O: Op>(&mut self, request: O::Req) -> Result<Reply<O::Resp>> {
        let request = O::prepare(request)?;
        let call = Call { now: self.now, zone: self.zone.as_ref() };
        let credential = self.credential.clone()?;
        let (reply, user) = run_as(&mut self.store, &credential, O::MODE, self.now, |tx, auth| {
            O::run(tx, auth, &request, &call)
        })?;
        self.user = Some(user);
        Ok(reply)
    }

    /// Runs a write once per idempotency key: a request repeated with its key (and the same
    /// digest) gets the stored value of the first run instead of running again. The key and
    /// the value are stored in the write's own transaction; a failure stores nothing, so a
    /// retry after a failure runs again.
    pub fn call_keyed<O: Op>(
        &mut self,
        request: O::Req,
        key: &str,
        digest: &str,
    ) -> Result<Reply<serde_json::Value>> {
        idempotency::check_key(key)?;
        let request = O::prepare(request)?;
        let call = Call { now: self.now, zone: self.zone.as_ref() };
        let credential = self.credential.clone()?;
        let now = self.now;
        let (reply, user) = run_as(&mut self.store, &credential, O::MODE, now, |tx, auth| {
            let (org, user) = (auth.actor.org_id, auth.actor.user_id);
            if let Some(stored) = tx.stored_reply(org, user, key)? {
                if stored.request_digest != digest {
                    return Err(Error::invalid(
                        "this Idempotency-Key came with another request; a retry must repeat its request exactly",
                    ));
                }
                return serde_json::from_str(&stored.value)
                    .map_err(|e| Error::internal(format!("a stored reply cannot be read: {e}")));
            }
            let value = serde_json::to_value(O::run(tx, auth, &request, &call)?)
                .map_err(|e| Error::internal(format!("cannot encode the reply: {e}")))?;
            let stored =
                idempotency::StoredReply { request_digest: digest.to_owned(), value: value.to_string() };
            tx.store_reply(org, user, key, &stored, now, now.plus(-idempotency::KEEP_SECS)?)?;
            Ok(value)
        })?;
        self.user = Some(user);
        Ok(reply)
    }

    /// The username the last successful operation ran as.
    pub fn last_user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// Runs `work` as the credential's holder: for the operations that stream (a listing
    /// handed to a sink row by row, an import read from a body) and so are no plain [`Op`].
    pub fn run_as<T>(
        &mut self,
        mode: Mode,
        work: impl FnMut(&dyn Tx, &Authenticated, &Call) -> Result<T>,
    ) -> Result<Reply<T>> {
        let mut work = work;
        let call = Call { now: self.now, zone: self.zone.as_ref() };
        let credential = self.credential.clone()?;
        let (reply, user) =
            run_as(&mut self.store, &credential, mode, self.now, |tx, auth| work(tx, auth, &call))?;
        self.user = Some(user);
        Ok(reply)
    }
}

/// The envelope around every authenticated operation: authenticate (locking the actor first for
/// a write), touch the session when due, run the work, and look for a forgotten timer, all in
/// one transaction; after a refused credential, check it for a replayed old token.
fn run_as<T>(
    store: &mut Store,
    credential: &Credential,
    mode: Mode,
    now: Timestamp,
    mut work: impl FnMut(&dyn Tx, &Authenticated) -> Result<T>,
) -> Result<(Reply<T>, String)> {
    let write = matches!(mode, Mode::Write | Mode::DryRun);
    let body = |tx: &dyn Tx| {
        // A write locks the acting user first, so one user's commands take turns.
        let auth = if write {
            crate::auth::authenticate_for_write(tx, credential, now)?
        } else {
            crate::auth::authenticate(tx, credential, now)?
        };
        if mode == Mode::Write && auth.touch_due {
            crate::auth::touch(tx, auth.session.session_id, now)?;
        }
        let value = work(tx, &auth)?;
        // After the command, so a timer it just stopped is not warned about.
        let warning = match mode {
            Mode::Check => None,
            _ => crate::work::forgotten_timer_warning(tx, &auth.actor, now).ok().flatten(),
        };
        Ok((value, auth, warning))
    };
    let result = match mode {
        Mode::Read | Mode::Check => store.read(body),
        Mode::Write => store.write(body),
        Mode::DryRun => store.dry_run(body),
    };
    match result {
        Ok((value, auth, warning)) => {
            if mode != Mode::Write && auth.touch_due {
                // Best effort: a busy database must not fail a read.
                let _ = store.write(|tx| crate::auth::touch(tx, auth.session.session_id, now));
            }
            Ok((Reply { value, warning }, auth.actor.username))
        }
        Err(e) if e.kind() == ErrorKind::Unauthenticated => {
            let _ = store.write(|tx| crate::auth::detect_token_reuse(tx, credential, now));
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// Receives every operation a service offers, for routing them (`stint serve`) or listing them.
pub trait Registry {
    fn op<O: Op>(&mut self);
}

/// Hands every operation to `registry`, group by group.
pub fn register_all<R: Registry>(registry: &mut R) {
    ticket::register(registry);
    case::register(registry);
    timer::register(registry);
    session::register(registry);
    auth::register(registry);
    user::register(registry);
    config::register(registry);
    audit::register(registry);
}
