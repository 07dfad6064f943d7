//! Login sessions: passwords checked, tokens issued and rotated, sessions validated, expired,
//! revoked and pruned. Only SHA-256 hashes of tokens are ever stored.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::actor::Actor;
use crate::audit::{self, AuditStore, Change};
use crate::error::{Error, Result};
use crate::id::{ClientId, IdPrefix, LoginSessionId, OrgId, UserId};
use crate::org::{self, OrgStatus, OrgStore};
use crate::password::{self, Verified};
use crate::permission::{self, Capability};
use crate::settings::{self, SettingsStore};
use crate::time::Timestamp;
use crate::user::{self, Status, User, UserLoginSessions, UserStore};

/// SHA-256 of a token: the only form a token takes in the database.
pub type TokenHash = [u8; 32];

/// A login session's secret: 256 random bits, hex-encoded. Its `Debug` never shows it; it
/// travels as its text (a login's answer), read back through [`Token::parse`].
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Token(String);

impl From<Token> for String {
    fn from(token: Token) -> String {
        token.0
    }
}

impl TryFrom<String> for Token {
    type Error = Error;
    fn try_from(text: String) -> Result<Self> {
        Token::parse(&text)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

const TOKEN_PREFIX: &str = "stint_";

impl Token {
    /// A fresh token from the operating system's CSPRNG.
    pub fn generate() -> Result<Self> {
        let mut bytes = [0_u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::internal(format!("random source: {e}")))?;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Ok(Self(format!("{TOKEN_PREFIX}{hex}")))
    }

    /// Reads a token presented by a client; malformed text is simply not authenticated.
    pub fn parse(text: &str) -> Result<Self> {
        let text = text.trim();
        let well_formed = text
            .strip_prefix(TOKEN_PREFIX)
            .is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
        if well_formed {
            Ok(Self(text.to_ascii_lowercase()))
        } else {
            Err(Error::unauthenticated(
                "the session token is malformed; log in again with `stint auth login`",
            ))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> TokenHash {
        Sha256::digest(self.0.as_bytes()).into()
    }
}

/// Compares two hashes without an early exit, so timing reveals nothing about either.
pub fn hashes_equal(a: &TokenHash, b: &TokenHash) -> bool {
    a.iter().zip(b.iter()).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// How a session was issued: bound to the device's client id, or a bearer token printed for
/// scripts (`--print-token`) that works from any client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginSessionKind {
    Device,
    Bearer,
}

impl LoginSessionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LoginSessionKind::Device => "device",
            LoginSessionKind::Bearer => "bearer",
        }
    }
}

/// Where a login through a server came from, as the server saw it (never what the client
/// claims): the client's address and its `User-Agent`. Local logins have neither.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub address: Option<String>,
    pub user_agent: Option<String>,
}

/// A stored login session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginSession {
    pub session_id: LoginSessionId,
    pub org_id: OrgId,
    pub user_id: UserId,
    pub client_id: ClientId,
    pub client_label: String,
    pub kind: LoginSessionKind,
    pub token_hash: TokenHash,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub revoke_reason: Option<String>,
    pub origin: Origin,
}

/// A login session's state at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginSessionState {
    Active,
    /// Unused for longer than the idle timeout.
    Idle,
    Expired,
    Revoked,
}

impl LoginSessionState {
    pub fn as_str(self) -> &'static str {
        match self {
            LoginSessionState::Active => "active",
            LoginSessionState::Idle => "idle",
            LoginSessionState::Expired => "expired",
            LoginSessionState::Revoked => "revoked",
        }
    }
}

impl LoginSession {
    pub fn state(&self, now: Timestamp, idle_timeout: i64) -> LoginSessionState {
        if self.revoked_at.is_some() {
            LoginSessionState::Revoked
        } else if now >= self.expires_at {
            LoginSessionState::Expired
        } else if now.since(self.last_seen_at) >= idle_timeout {
            LoginSessionState::Idle
        } else {
            LoginSessionState::Active
        }
    }

    /// When the session ends unless used again: the earlier of absolute and idle expiry.
    pub fn effective_expiry(&self, idle_timeout: i64) -> Timestamp {
        let idle_end = self.last_seen_at.plus(idle_timeout).unwrap_or(self.expires_at);
        idle_end.min(self.expires_at)
    }
}

/// Storage questions about login sessions.
pub trait AuthStore {
    fn insert_login_session(&self, session: &LoginSession) -> Result<()>;
    fn login_session_by_token(&self, hash: &TokenHash) -> Result<Option<LoginSession>>;
    fn login_session_by_id(&self, org: OrgId, id: LoginSessionId) -> Result<Option<LoginSession>>;
    /// Ids starting with `prefix` (at most 11), of one user's sessions (`owner`) or everyone's.
    fn login_sessions_by_prefix(
        &self,
        org: OrgId,
        owner: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<LoginSessionId>>;
    /// The session a superseded (rotated-away) token belonged to, and when it was superseded.
    fn login_session_by_superseded_token(
        &self,
        hash: &TokenHash,
    ) -> Result<Option<(LoginSession, Timestamp)>>;
    /// Every user's unrevoked device sessions on `client` that have not passed their absolute
    /// expiry, oldest first.
    fn open_device_sessions_on_client(
        &self,
        org: OrgId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Vec<LoginSession>>;
    /// The newest unrevoked device session of `user` on `client` that has not passed its
    /// absolute expiry.
    fn open_device_session(
        &self,
        user: UserId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Option<LoginSession>>;
    /// `None` lists every user's sessions.
    fn list_login_sessions(&self, org: OrgId, user: Option<UserId>) -> Result<Vec<LoginSession>>;
    fn count_active_login_sessions_idle(
        &self,
        user: UserId,
        now: Timestamp,
        idle_timeout: i64,
    ) -> Result<i64>;
    /// Replaces a session's token, remembering the old hash for reuse detection, and records
    /// where it was resumed from.
    fn rotate_login_token(
        &self,
        id: LoginSessionId,
        old: &TokenHash,
        new: &TokenHash,
        origin: &Origin,
        now: Timestamp,
    ) -> Result<()>;
    fn touch_login_session(&self, id: LoginSessionId, now: Timestamp) -> Result<()>;
    /// Revokes one session; false when it was already revoked.
    fn revoke_login_session(&self, id: LoginSessionId, now: Timestamp, reason: &str) -> Result<bool>;
    /// Revokes every unrevoked session of a user; returns how many.
    fn revoke_user_login_sessions(&self, user: UserId, now: Timestamp, reason: &str) -> Result<u64>;
    /// Failed logins recorded for a username that matches no user: count and last failure.
    fn login_failures(&self, org: OrgId, name_key: &TokenHash) -> Result<Option<(i64, Timestamp)>>;
    /// Sets (inserts or replaces) the failures recorded for an unknown username.
    fn record_login_failures(
        &self,
        org: OrgId,
        name_key: &TokenHash,
        failed: i64,
        at: Timestamp,
    ) -> Result<()>;
    /// Forgets unknown-username failures whose last attempt was before `before`.
    fn forget_login_failures_before(&self, org: OrgId, before: Timestamp) -> Result<u64>;
    /// Deletes sessions that are revoked, expired or idle past `idle_timeout`.
    fn delete_dead_login_sessions(&self, org: OrgId, now: Timestamp, idle_timeout: i64) -> Result<u64>;
}

/// `user`'s questions about a user's login sessions and password checks, answered here for
/// every store that has login sessions.
impl<T: AuthStore + UserStore + AuditStore + ?Sized> UserLoginSessions for T {
    fn active_login_sessions_of(&self, user: UserId, now: Timestamp, idle_timeout: i64) -> Result<i64> {
        self.count_active_login_sessions_idle(user, now, idle_timeout)
    }

    fn revoke_all_login_sessions_of(&self, user: UserId, now: Timestamp, reason: &str) -> Result<u64> {
        self.revoke_user_login_sessions(user, now, reason)
    }

    fn revoke_other_login_sessions_of(
        &self,
        user: &User,
        keep: Option<LoginSessionId>,
        now: Timestamp,
        reason: &str,
    ) -> Result<u64> {
        let mut revoked = 0;
        for session in self.list_login_sessions(user.org_id, Some(user.user_id))? {
            if Some(session.session_id) != keep
                && session.revoked_at.is_none()
                && self.revoke_login_session(session.session_id, now, reason)?
            {
                revoked += 1;
            }
        }
        Ok(revoked)
    }

    fn password_check_wait(&self, user: &User, now: Timestamp) -> Option<i64> {
        throttle_wait_for(user, now)
    }

    fn record_failed_password_check(
        &self,
        user: &mut User,
        reason: &str,
        counted: bool,
        now: Timestamp,
    ) -> Result<()> {
        record_failed_login(self, user, reason, counted, now)
    }
}

/// The stores authentication touches.
pub trait AuthCommandStore: AuthStore + UserStore + AuditStore + SettingsStore + OrgStore {}
impl<T: AuthStore + UserStore + AuditStore + SettingsStore + OrgStore + ?Sized> AuthCommandStore for T {}

/// A presented credential: the token and, for token files, the client it was issued to.
#[derive(Debug, Clone)]
pub struct Credential {
    pub token: Token,
    /// The client presenting the token; `None` when it has no client id (a script's
    /// `STINT_TOKEN` on a machine stint never ran on), which only bearer tokens accept.
    pub client_id: Option<ClientId>,
}

/// `last_seen` is written at most this often, so reads stay reads.
pub const TOUCH_INTERVAL_SECS: i64 = 60;

/// A validated session and who it belongs to.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub actor: Actor,
    pub session: LoginSession,
    /// Whether `last_seen` is old enough to be written again.
    pub touch_due: bool,
}

const NOT_LOGGED_IN_HINT: &str = "log in with `stint auth login`";

/// Validates a credential against the database: session known, not revoked, not expired, not
/// idle, presented from the client it was issued to, and its user active.
pub fn authenticate(
    tx: &dyn AuthCommandStore,
    credential: &Credential,
    now: Timestamp,
) -> Result<Authenticated> {
    authenticate_inner(tx, credential, now, false)
}

/// Like [`authenticate`], for a command that changes data: the acting user is locked before
/// their account is read, so concurrent commands of one user (two `timer start`s) run one
/// after the other and each sees what the other did, and a suspension that commits first is
/// seen by the command that waited.
pub fn authenticate_for_write(
    tx: &dyn AuthCommandStore,
    credential: &Credential,
    now: Timestamp,
) -> Result<Authenticated> {
    authenticate_inner(tx, credential, now, true)
}

fn authenticate_inner(
    tx: &dyn AuthCommandStore,
    credential: &Credential,
    now: Timestamp,
    lock: bool,
) -> Result<Authenticated> {
    let hash = credential.token.hash();
    let find = || {
        if let Some(session) =
            tx.login_session_by_token(&hash)?.filter(|s| hashes_equal(&s.token_hash, &hash))
        {
            return Ok(session);
        }
        // A token its own client read just before `auth login` rotated it is still in flight.
        match tx.login_session_by_superseded_token(&hash)? {
            Some((session, superseded_at)) if in_rotation_grace(&session, superseded_at, credential, now) => {
                Ok(session)
            }
            _ => {
                Err(Error::unauthenticated(format!("not logged in (unknown session); {NOT_LOGGED_IN_HINT}")))
            }
        }
    };
    let mut session = find()?;
    if lock {
        tx.lock_user_for_write(session.org_id, session.user_id)?;
        // Read again under the lock: a revocation that committed while this waited counts.
        session = find()?;
    }
    let settings = settings::load(tx, session.org_id)?;
    if tx.org_by_id(session.org_id)?.is_none_or(|o| o.status != OrgStatus::Active) {
        return Err(Error::unauthenticated("your organisation is suspended; ask its operator"));
    }
    let state = session.state(now, settings.session_idle_timeout);
    if state != LoginSessionState::Active {
        let what = match state {
            LoginSessionState::Revoked => "was revoked",
            LoginSessionState::Expired => "has expired",
            _ => "expired after being idle",
        };
        return Err(Error::unauthenticated(format!("your login session {what}; {NOT_LOGGED_IN_HINT}")));
    }
    // A device token works only on its own client, also when passed in STINT_TOKEN.
    if session.kind == LoginSessionKind::Device && credential.client_id != Some(session.client_id) {
        return Err(Error::unauthenticated(format!(
            "this session token belongs to another client; {NOT_LOGGED_IN_HINT}"
        )));
    }
    let user = tx
        .user_by_id(session.org_id, session.user_id)?
        .ok_or_else(|| Error::unauthenticated(format!("your user no longer exists; {NOT_LOGGED_IN_HINT}")))?;
    if user.status != Status::Active {
        return Err(Error::unauthenticated(format!("your account is {}; ask an admin", user.status)));
    }
    let touch_due = now.since(session.last_seen_at) >= TOUCH_INTERVAL_SECS;
    Ok(Authenticated { actor: user.actor(Some(session.session_id)), session, touch_due })
}

/// Records that a session was used (see [`TOUCH_INTERVAL_SECS`]).
pub fn touch(tx: &dyn AuthStore, session: LoginSessionId, now: Timestamp) -> Result<()> {
    tx.touch_login_session(session, now)
}

/// How long a rotated-away token keeps working on its own client: a command that read the
/// token file just before `auth login` resumed the session presents it moments later.
pub const ROTATION_GRACE_SECS: i64 = 30;

/// Whether a superseded token is one its own client may still present (see
/// [`ROTATION_GRACE_SECS`]). A command's clock may read a little before the rotation's, so an
/// instant before it counts as within the window.
fn in_rotation_grace(
    session: &LoginSession,
    superseded_at: Timestamp,
    credential: &Credential,
    now: Timestamp,
) -> bool {
    session.kind == LoginSessionKind::Device
        && credential.client_id == Some(session.client_id)
        && now.since(superseded_at) < ROTATION_GRACE_SECS
}

/// Handles a token that was not authenticated: if it is a superseded token of a rotated
/// session, presented from another client or after the grace window, someone replayed it, so
/// that session is revoked. Returns the revoked session, if any.
pub fn detect_token_reuse(
    tx: &dyn AuthCommandStore,
    credential: &Credential,
    now: Timestamp,
) -> Result<Option<LoginSessionId>> {
    let Some((session, superseded_at)) = tx.login_session_by_superseded_token(&credential.token.hash())?
    else {
        return Ok(None);
    };
    if in_rotation_grace(&session, superseded_at, credential, now) {
        return Ok(None);
    }
    let id = session.session_id;
    if tx.revoke_login_session(id, now, "superseded token reused")? {
        let name = tx.user_by_id(session.org_id, session.user_id)?.map(|u| u.username).unwrap_or_default();
        audit::record_as(
            tx,
            session.org_id,
            Some(session.user_id),
            &name,
            now,
            Change::new("auth.token_reuse", "login_session", id),
        )?;
    }
    Ok(Some(id))
}

/// The username and organisation a login names: `--org` and/or `NAME@ORG` (which must agree).
fn login_names(username: &str, org: Option<&str>) -> Result<(String, Option<String>)> {
    match (username.rsplit_once('@'), org) {
        (None, org) => Ok((username.to_owned(), org.map(str::to_owned))),
        (Some((name, at)), None) => Ok((name.to_owned(), Some(at.to_owned()))),
        (Some((name, at)), Some(org)) if at.eq_ignore_ascii_case(org) => {
            Ok((name.to_owned(), Some(org.to_owned())))
        }
        (Some(_), Some(_)) => {
            Err(Error::invalid("NAME@ORG and --org name different organisations; give one"))
        }
    }
}

/// What `auth login` asks for.
#[derive(Debug, Clone)]
pub struct LoginRequest {
    /// The organisation (`--org`); may be left out when the database has only one, or given as
    /// `username@org`.
    pub org: Option<String>,
    pub username: String,
    pub password: String,
    pub client_id: ClientId,
    pub client_label: String,
    /// A shorter lifetime than `session.ttl`, in seconds.
    pub ttl: Option<i64>,
    /// Issue a bearer token for scripts instead of a device session.
    pub bearer: bool,
    /// At the session cap, revoke the user's least recently used session(s) to make room.
    pub replace_oldest: bool,
    pub origin: Origin,
}

/// A successful login.
#[derive(Debug, Clone)]
pub struct LoggedIn {
    pub actor: Actor,
    pub session: LoginSession,
    pub token: Token,
    /// True when an existing session of this client was resumed (its token rotated).
    pub resumed: bool,
    /// When the session ends unless used again (see [`LoginSessionView::idle_expires_at`]).
    pub idle_expires_at: Timestamp,
    /// Other users whose device sessions on this client this login ended: their token file is
    /// overwritten, so those sessions would otherwise live on with no token anywhere.
    pub logged_out: Vec<String>,
    /// The user's own sessions `--replace-oldest` ended to make room.
    pub replaced: Vec<LoginSessionId>,
}

/// The outcome of `auth login`. A failure is a value, not an error, so the failed attempt is
/// audited and committed; the caller then reports it as not authenticated.
#[derive(Debug)]
pub enum LoginOutcome {
    LoggedIn(Box<LoggedIn>),
    /// `retry_after`: the attempt was refused unchecked by the throttle, for this many more
    /// seconds. Known and unknown usernames are throttled alike, so it reveals nothing.
    Failed {
        retry_after: Option<i64>,
    },
}

/// What every refusal by the failed-login throttle adds to its message (`auth login`, and the
/// current password of `user passwd`): how long until attempts are checked again.
pub fn throttle_notice(retry_after: i64) -> String {
    format!("too many failed attempts; try again in {retry_after} s")
}

/// The one message every failed login prints, whatever the real reason.
pub const LOGIN_FAILED: &str = "login failed: unknown user, wrong password, or account not active";

/// After this many consecutive failures, attempts are refused for a growing pause.
const FAILURES_BEFORE_THROTTLE: i64 = 5;
const MAX_THROTTLE_SECS: i64 = 900;

/// Failures this long ago are forgotten, for known and unknown usernames alike.
const FAILURE_MEMORY_SECS: i64 = 24 * 3600;
const THROTTLED: &str = "throttled after repeated failures";

/// The consecutive failures that still count at `now`.
fn remembered_failures(failed: i64, last: Option<Timestamp>, now: Timestamp) -> i64 {
    match last {
        Some(last) if now.since(last) < FAILURE_MEMORY_SECS => failed,
        _ => 0,
    }
}

/// How many more seconds attempts are refused unchecked, if they are.
fn throttle_wait(failed: i64, last: Option<Timestamp>, now: Timestamp) -> Option<i64> {
    let last = last?;
    let pause = throttle_secs(remembered_failures(failed, Some(last), now));
    let wait = (pause - now.since(last)).min(pause);
    (wait > 0).then_some(wait)
}

/// The key a username's failures are kept under when it matches no user: the same
/// normalisation as the user lookup, hashed so no typed name (or mistyped password) is stored.
fn failure_key(username: &str) -> TokenHash {
    let name = user::normalize_username(username).unwrap_or_else(|_| username.to_lowercase());
    Sha256::digest(name.as_bytes()).into()
}

/// A login for a username that matches no user: the same work, the same throttle and the same
/// answer as a known user's wrong password.
fn unknown_user_failure(
    tx: &dyn AuthCommandStore,
    org: OrgId,
    request: &LoginRequest,
    now: Timestamp,
) -> Result<LoginOutcome> {
    let key = failure_key(&request.username);
    let (failed, last) = match tx.login_failures(org, &key)? {
        Some((failed, last)) => (failed, Some(last)),
        None => (0, None),
    };
    let wait = throttle_wait(failed, last, now);
    // Same work as a real check, so an unknown name is not faster.
    let _ = password::verify(&request.password, password::decoy_hash())?;
    if wait.is_none() {
        tx.record_login_failures(org, &key, remembered_failures(failed, last, now) + 1, now)?;
        // Keeps the table to a day's worth of unknown names.
        let forget = Timestamp::from_unix(now.unix().saturating_sub(FAILURE_MEMORY_SECS))?;
        tx.forget_login_failures_before(org, forget)?;
    }
    let reason = if wait.is_some() { THROTTLED } else { "unknown user" };
    audit_failure(tx, &org, None, &request.username, reason, now)?;
    Ok(LoginOutcome::Failed { retry_after: wait })
}

/// How long after its last failure an account refuses attempts without checking them.
pub fn throttle_secs(failed_logins: i64) -> i64 {
    if failed_logins < FAILURES_BEFORE_THROTTLE {
        return 0;
    }
    let doublings = (failed_logins - FAILURES_BEFORE_THROTTLE).min(20) as u32;
    (1_i64 << doublings).saturating_mul(2).min(MAX_THROTTLE_SECS)
}

/// Checks a password and opens (or resumes) a login session.
pub fn login(tx: &dyn AuthCommandStore, mut request: LoginRequest, now: Timestamp) -> Result<LoginOutcome> {
    let (username, org_name) = login_names(&request.username, request.org.as_deref())?;
    request.username = username;
    let org = match org_name {
        // A name that cannot be an organisation is simply one that does not exist.
        Some(name) => match org::normalize_name(&name) {
            Ok(name) => tx.org_by_name(&name)?,
            Err(_) => None,
        },
        None => {
            let mut orgs = tx.list_orgs()?;
            if orgs.len() > 1 {
                return Err(Error::invalid(
                    "this database serves several organisations: name yours with --org NAME (or NAME@ORG)",
                ));
            }
            Some(orgs.pop().map_or_else(|| org::sole(tx), Ok)?)
        }
    };
    // An unknown organisation is checked against the defaults, so a bad --ttl says the same
    // whether or not it exists.
    let settings = match &org {
        Some(org) => settings::load(tx, org.org_id)?,
        None => settings::Settings::default(),
    };
    if let Some(ttl) = request.ttl
        && (ttl <= 0 || ttl > settings.session_ttl)
    {
        return Err(Error::invalid(format!(
            "--ttl must be between 1s and session.ttl ({})",
            settings::format_duration_units(settings.session_ttl)
        )));
    }
    let Some(org) = org else {
        // Same work as a real check, and the same answer as an unknown user: nothing tells
        // whether the organisation exists. It has no audit log to record the attempt in.
        let _ = password::verify(&request.password, password::decoy_hash())?;
        return Ok(LoginOutcome::Failed { retry_after: None });
    };
    let found = match user::normalize_username(&request.username) {
        Ok(name) => tx.user_by_name(org.org_id, &name)?,
        Err(_) => None,
    };
    // Lock the account, then read it again: concurrent logins of one user count failures and
    // sessions one at a time.
    let found = match found {
        Some(user) => {
            tx.lock_user_for_write(org.org_id, user.user_id)?;
            tx.user_by_id(org.org_id, user.user_id)?
        }
        None => None,
    };
    let Some(mut user) = found else {
        return unknown_user_failure(tx, org.org_id, &request, now);
    };
    let wait = throttle_wait_for(&user, now);
    let verified = if wait.is_some() {
        let _ = password::verify(&request.password, password::decoy_hash())?;
        Verified::No
    } else {
        password::verify(&request.password, &user.password_hash)?
    };
    let reason = match (&verified, user.status) {
        _ if wait.is_some() => Some(THROTTLED),
        (Verified::No, _) => Some("wrong password"),
        (_, Status::Suspended) => Some("account suspended"),
        (_, Status::Deactivated) => Some("account deactivated"),
        _ if org.status != OrgStatus::Active => Some("organisation suspended"),
        (_, Status::Active) => None,
    };
    if let Some(reason) = reason {
        let counted = matches!(verified, Verified::No) && wait.is_none();
        record_failed_login(tx, &mut user, reason, counted, now)?;
        return Ok(LoginOutcome::Failed { retry_after: wait });
    }
    if let Verified::YesRehashed(fresh) = verified {
        user.password_hash = fresh;
    }
    user.failed_logins = 0;
    user.last_failed_login_at = None;
    user.last_login_at = Some(now);
    tx.update_user(&user)?;

    let logged_out = if request.bearer {
        Vec::new()
    } else {
        log_out_others_on_client(tx, &user, request.client_id, now)?
    };
    if !request.bearer
        && let Some(mut session) = tx.open_device_session(user.user_id, request.client_id, now)?
        && session.state(now, settings.session_idle_timeout) == LoginSessionState::Active
    {
        let token = Token::generate()?;
        let new_hash = token.hash();
        tx.rotate_login_token(session.session_id, &session.token_hash, &new_hash, &request.origin, now)?;
        session.token_hash = new_hash;
        session.origin = request.origin.clone();
        session.last_seen_at = now;
        let idle_expires_at = session.effective_expiry(settings.session_idle_timeout);
        let actor = user.actor(Some(session.session_id));
        audit::record(tx, &actor, now, Change::new("auth.resume", "login_session", session.session_id))?;
        return Ok(LoginOutcome::LoggedIn(Box::new(LoggedIn {
            actor,
            session,
            token,
            resumed: true,
            idle_expires_at,
            logged_out,
            replaced: Vec::new(),
        })));
    }
    let active = tx.count_active_login_sessions_idle(user.user_id, now, settings.session_idle_timeout)?;
    let mut replaced = Vec::new();
    if active >= settings.session_max_per_user {
        if !request.replace_oldest {
            // A device locked out by the cap cannot run `auth revoke` itself.
            return Err(Error::conflict(format!(
                "{} already has {} (the limit is {}); end one from another \
                 device (`stint auth sessions`, then `stint auth revoke ID`), or ask an admin, or run \
                 `stint auth login --replace-oldest` to end the least recently used one",
                user.username,
                crate::text::counted(active.max(0) as u64, "active login session"),
                settings.session_max_per_user
            )));
        }
        let excess = active - settings.session_max_per_user + 1;
        replaced = replace_least_recently_used(tx, &user, excess, settings.session_idle_timeout, now)?;
    }
    let request = NewSession {
        client_id: request.client_id,
        client_label: request.client_label,
        ttl: request.ttl.unwrap_or(settings.session_ttl),
        bearer: request.bearer,
        origin: request.origin,
    };
    create_session(tx, &user, request, settings.session_idle_timeout, now)
        .map(|l| LoginOutcome::LoggedIn(Box::new(LoggedIn { logged_out, replaced, ..l })))
}

/// `auth login --replace-oldest` at the cap: revokes (audited) the `count` active sessions of
/// `user` that were used least recently. Runs only after the password was verified.
fn replace_least_recently_used(
    tx: &dyn AuthCommandStore,
    user: &User,
    count: i64,
    idle_timeout: i64,
    now: Timestamp,
) -> Result<Vec<LoginSessionId>> {
    let mut active: Vec<LoginSession> = tx
        .list_login_sessions(user.org_id, Some(user.user_id))?
        .into_iter()
        .filter(|s| s.state(now, idle_timeout) == LoginSessionState::Active)
        .collect();
    active.sort_by_key(|s| (s.last_seen_at, s.created_at));
    let actor = user.actor(None);
    let mut replaced = Vec::new();
    for session in active.iter().take(usize::try_from(count).unwrap_or(0)) {
        if tx.revoke_login_session(session.session_id, now, "replaced by login --replace-oldest")? {
            audit::record(
                tx,
                &actor,
                now,
                Change::new("auth.replace_oldest", "login_session", session.session_id),
            )?;
            replaced.push(session.session_id);
        }
    }
    Ok(replaced)
}

/// Revokes other users' device sessions on `client` (audited), returning their usernames: a
/// client holds one token per database, which the login about to succeed replaces.
fn log_out_others_on_client(
    tx: &dyn AuthCommandStore,
    user: &User,
    client: ClientId,
    now: Timestamp,
) -> Result<Vec<String>> {
    let actor = user.actor(None);
    let mut names = Vec::new();
    for session in tx.open_device_sessions_on_client(user.org_id, client, now)? {
        if session.user_id == user.user_id {
            continue;
        }
        let reason = format!("replaced by {}'s login on the same client", user.username);
        if tx.revoke_login_session(session.session_id, now, &reason)? {
            audit::record(
                tx,
                &actor,
                now,
                Change::new("auth.replaced", "login_session", session.session_id),
            )?;
            let name = tx.user_by_id(user.org_id, session.user_id)?.map(|u| u.username).unwrap_or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

/// Where and for how long a new session is issued.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub client_id: ClientId,
    pub client_label: String,
    pub ttl: i64,
    pub bearer: bool,
    pub origin: Origin,
}

/// Issues a fresh session and token for an already authenticated user.
pub fn create_session(
    tx: &dyn AuthCommandStore,
    user: &User,
    request: NewSession,
    idle_timeout: i64,
    now: Timestamp,
) -> Result<LoggedIn> {
    let token = Token::generate()?;
    let session = LoginSession {
        session_id: LoginSessionId::random(),
        org_id: user.org_id,
        user_id: user.user_id,
        // A bearer token gets a client id of its own, so it never takes a device's place.
        client_id: if request.bearer { ClientId::random() } else { request.client_id },
        client_label: request.client_label,
        kind: if request.bearer { LoginSessionKind::Bearer } else { LoginSessionKind::Device },
        token_hash: token.hash(),
        created_at: now,
        last_seen_at: now,
        expires_at: now.plus(request.ttl)?,
        revoked_at: None,
        revoke_reason: None,
        origin: request.origin,
    };
    tx.insert_login_session(&session)?;
    let actor = user.actor(Some(session.session_id));
    audit::record(
        tx,
        &actor,
        now,
        Change::new("auth.login", "login_session", session.session_id).after(&LoginSessionView::of(
            &session,
            &user.username,
            now,
            idle_timeout,
        )),
    )?;
    let idle_expires_at = session.effective_expiry(idle_timeout);
    Ok(LoggedIn {
        actor,
        session,
        token,
        resumed: false,
        idle_expires_at,
        logged_out: Vec::new(),
        replaced: Vec::new(),
    })
}

/// How many more seconds an account refuses password checks unchecked, after repeated
/// failures; `None` when it takes them.
fn throttle_wait_for(user: &User, now: Timestamp) -> Option<i64> {
    throttle_wait(user.failed_logins, user.last_failed_login_at, now)
}

/// Records a refused password check of a known account as a failed login: audited and, when
/// the password was checked and wrong (`counted`), counted towards the throttle. `auth login`
/// and `user passwd` (the current password) share it, so both feed the same throttle.
fn record_failed_login<S: UserStore + AuditStore + ?Sized>(
    tx: &S,
    user: &mut User,
    reason: &str,
    counted: bool,
    now: Timestamp,
) -> Result<()> {
    if counted {
        user.failed_logins = remembered_failures(user.failed_logins, user.last_failed_login_at, now) + 1;
        user.last_failed_login_at = Some(now);
        tx.update_user(user)?;
    }
    audit_failure(tx, &user.org_id, Some(user.user_id), &user.username, reason, now)
}

fn audit_failure<S: AuditStore + ?Sized>(
    tx: &S,
    org: &OrgId,
    user: Option<UserId>,
    name: &str,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    #[derive(Serialize)]
    struct Failure<'a> {
        reason: &'a str,
    }
    let shown = crate::text::escape_for_terminal(name);
    let shown: String = shown.chars().take(80).collect();
    audit::record_as(
        tx,
        *org,
        user,
        &shown,
        now,
        Change::new(
            "auth.login_failed",
            "user",
            user.map(|u| u.to_string()).unwrap_or_else(|| shown.clone()),
        )
        .after(&Failure { reason }),
    )
}

/// What commands show of a login session (never its token or hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginSessionView {
    pub session_id: LoginSessionId,
    pub user_id: UserId,
    pub username: String,
    pub client_id: ClientId,
    pub client_label: String,
    pub kind: LoginSessionKind,
    pub state: LoginSessionState,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// The absolute expiry: the session ends then however much it is used.
    pub expires_at: Timestamp,
    /// When the session ends unless it is used before: last seen plus the idle timeout (never
    /// after the absolute expiry).
    pub idle_expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    /// The client's address, for a login made through a server.
    pub client_address: Option<String>,
    /// The client program (`stint/0.1.0`), for a login made through a server.
    pub user_agent: Option<String>,
}

impl LoginSessionView {
    pub fn of(session: &LoginSession, username: &str, now: Timestamp, idle_timeout: i64) -> Self {
        Self {
            session_id: session.session_id,
            user_id: session.user_id,
            username: username.to_owned(),
            client_id: session.client_id,
            client_label: session.client_label.clone(),
            kind: session.kind,
            state: session.state(now, idle_timeout),
            created_at: session.created_at,
            last_seen_at: session.last_seen_at,
            expires_at: session.expires_at,
            idle_expires_at: session.effective_expiry(idle_timeout),
            revoked_at: session.revoked_at,
            client_address: session.origin.address.clone(),
            user_agent: session.origin.user_agent.clone(),
        }
    }
}

/// `auth status`: the current session as the actor sees it.
pub fn status(tx: &dyn AuthCommandStore, auth: &Authenticated, now: Timestamp) -> Result<LoginSessionView> {
    let idle = settings::load(tx, auth.actor.org_id)?.session_idle_timeout;
    Ok(LoginSessionView::of(&auth.session, &auth.actor.username, now, idle))
}

/// `auth logout`: revokes this session, or with `all` every session of the actor.
pub fn logout(tx: &dyn AuthCommandStore, actor: &Actor, all: bool, now: Timestamp) -> Result<u64> {
    let revoked = if all {
        tx.revoke_user_login_sessions(actor.user_id, now, "logout --all")?
    } else {
        match actor.session_id {
            Some(id) => u64::from(tx.revoke_login_session(id, now, "logout")?),
            None => 0,
        }
    };
    let action = if all { "auth.logout_all" } else { "auth.logout" };
    let object = actor.session_id.map(|s| s.to_string()).unwrap_or_default();
    audit::record(tx, actor, now, Change::new(action, "login_session", object))?;
    Ok(revoked)
}

/// `auth sessions`: the actor's sessions, or everyone's for admins.
pub fn sessions(
    tx: &dyn AuthCommandStore,
    actor: &Actor,
    all_users: bool,
    now: Timestamp,
) -> Result<Vec<LoginSessionView>> {
    permission::require(actor.role, Capability::ManageOwnLoginSessions)?;
    if all_users {
        permission::require(actor.role, Capability::ManageAllLoginSessions)?;
    }
    let idle = settings::load(tx, actor.org_id)?.session_idle_timeout;
    let sessions = tx.list_login_sessions(actor.org_id, (!all_users).then_some(actor.user_id))?;
    let mut names = std::collections::HashMap::new();
    sessions
        .iter()
        .map(|s| {
            if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(s.user_id) {
                slot.insert(tx.user_by_id(actor.org_id, s.user_id)?.map(|u| u.username).unwrap_or_default());
            }
            let name = names.get(&s.user_id).map(String::as_str).unwrap_or_default();
            Ok(LoginSessionView::of(s, name, now, idle))
        })
        .collect()
}

/// What `auth revoke` targets.
#[derive(Debug, Clone)]
pub enum RevokeTarget {
    Session(IdPrefix),
    User(String),
}

/// `auth revoke`: one session by id prefix, or every session of a user. Anyone may revoke
/// their own; admins anyone's. Returns how many sessions were revoked.
pub fn revoke(
    tx: &dyn AuthCommandStore,
    actor: &Actor,
    target: &RevokeTarget,
    now: Timestamp,
) -> Result<u64> {
    permission::require(actor.role, Capability::ManageOwnLoginSessions)?;
    match target {
        RevokeTarget::Session(prefix) => {
            // Those who may revoke only their own never see others' ids, even in an ambiguity.
            let anyone = permission::allows(actor.role, Capability::ManageAllLoginSessions);
            let owner = if anyone { None } else { Some(actor.user_id) };
            let ids = tx.login_sessions_by_prefix(actor.org_id, owner, prefix)?;
            let what = if anyone { "login session" } else { "login session of yours" };
            let id = crate::id::resolve_prefix(what, prefix, ids)?;
            let revoked = tx.revoke_login_session(id, now, &format!("revoked by {}", actor.username))?;
            if revoked {
                audit::record(tx, actor, now, Change::new("auth.revoke", "login_session", id))?;
            }
            Ok(u64::from(revoked))
        }
        RevokeTarget::User(name) => {
            let user = user::find(tx, actor, name)?;
            if user.user_id != actor.user_id {
                permission::require(actor.role, Capability::ManageAllLoginSessions)?;
            }
            let count =
                tx.revoke_user_login_sessions(user.user_id, now, &format!("revoked by {}", actor.username))?;
            audit::record(tx, actor, now, Change::new("auth.revoke_user", "user", user.user_id))?;
            Ok(count)
        }
    }
}

/// `auth prune`: deletes revoked, expired and idle sessions (admins only).
pub fn prune(tx: &dyn AuthCommandStore, actor: &Actor, now: Timestamp) -> Result<u64> {
    permission::require(actor.role, Capability::ManageAllLoginSessions)?;
    let idle = settings::load(tx, actor.org_id)?.session_idle_timeout;
    let count = tx.delete_dead_login_sessions(actor.org_id, now, idle)?;
    #[derive(Serialize)]
    struct Pruned {
        deleted: u64,
    }
    audit::record(
        tx,
        actor,
        now,
        Change::new("auth.prune", "login_session", "*").after(&Pruned { deleted: count }),
    )?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bit_hex_and_hash_to_sha256() {
        let token = Token::generate().expect("token");
        assert_eq!(token.expose().len(), TOKEN_PREFIX.len() + 64);
        assert_eq!(Token::parse(token.expose()).expect("parses"), token);
        assert_ne!(Token::generate().expect("token"), token);
        assert!(!format!("{token:?}").contains(&token.expose()[8..]));
        assert!(Token::parse("stint_zz").is_err());
        assert!(hashes_equal(&token.hash(), &token.hash()));
    }

    #[test]
    fn throttle_grows_and_caps() {
        assert_eq!(throttle_secs(4), 0);
        assert_eq!(throttle_secs(5), 2);
        assert_eq!(throttle_secs(6), 4);
        assert_eq!(throttle_secs(100), MAX_THROTTLE_SECS);
    }
}
