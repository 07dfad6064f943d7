//! Login-session operations: log in (before any session, so no [`Op`]), log out, status,
//! sessions, revoke and prune.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Call, Empty, LocalService, Mode, Op, Registry, Service};
use crate::auth::{
    self, Authenticated, LoginOutcome, LoginSessionState, LoginSessionView, Origin, RevokeTarget, Token,
};
use crate::error::{Error, Result};
use crate::id::{ClientId, IdPrefix, LoginSessionId};
use crate::store::Tx;

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<AuthLogout>();
    registry.op::<AuthStatus>();
    registry.op::<AuthSessions>();
    registry.op::<AuthRevoke>();
    registry.op::<AuthPrune>();
}

/// A password as typed, to be checked where the core runs. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    pub fn new(typed: String) -> Self {
        Self(typed)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// What `auth login` sends.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The organisation (`--org`); optional while the database has only one.
    #[serde(default)]
    pub org: Option<String>,
    pub username: String,
    pub password: Password,
    pub client_id: ClientId,
    pub client_label: String,
    /// A lifetime shorter than `session.ttl`, in seconds (a duration reads the same anywhere,
    /// so the client parses it before it asks for the password).
    pub ttl: Option<i64>,
    /// Issue a bearer token for scripts instead of a device session.
    pub bearer: bool,
    /// At the session cap, end the user's least recently used session(s) to make room.
    pub replace_oldest: bool,
    /// Where the login came from, filled in by the server that received it: never read from
    /// the request itself.
    #[serde(skip)]
    pub origin: Origin,
}

/// A successful login, as the client saves and reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedInView {
    pub token: Token,
    /// The organisation logged in to (the client keys its token file by it); empty from a
    /// server that predates organisations.
    #[serde(default)]
    pub org: String,
    pub session: LoginSessionView,
    /// An existing session of this client was resumed (its token rotated).
    pub resumed: bool,
    /// Other users whose sessions on this client the login ended.
    pub logged_out: Vec<String>,
    /// The user's own sessions `replace_oldest` ended to make room.
    pub replaced: Vec<LoginSessionId>,
}

/// The answer to `auth login`. A failure is an answer, not an error: the failed attempt is
/// audited and committed; the client reports it as not authenticated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginReply {
    LoggedIn(Box<LoggedInView>),
    /// `retry_after`: refused unchecked by the throttle for this many more seconds.
    Failed {
        retry_after: Option<i64>,
    },
}

impl LoginReply {
    /// The logged-in session, or the failure as the error every failed login reports.
    pub fn into_result(self) -> Result<LoggedInView> {
        match self {
            LoginReply::LoggedIn(view) => Ok(*view),
            LoginReply::Failed { retry_after: None } => Err(Error::unauthenticated(auth::LOGIN_FAILED)),
            LoginReply::Failed { retry_after: Some(wait) } => Err(Error::unauthenticated(format!(
                "{}; {}",
                auth::LOGIN_FAILED,
                auth::throttle_notice(wait)
            ))),
        }
    }
}

/// The route of `auth login`, the one operation that needs no session.
pub const LOGIN_PATH: &str = "auth/login";

impl Service {
    /// Checks a password and opens (or resumes) a login session; needs no session itself.
    pub fn login(&mut self, request: LoginRequest) -> Result<LoginReply> {
        match self {
            Service::Local(local) => local.login(request),
            Service::Remote(remote) => remote.call_unauthenticated(LOGIN_PATH, &request),
        }
    }
}

impl LocalService {
    /// `auth login` against the open store, its outcome committed either way (a failure is
    /// audited and counted by the throttle).
    pub fn login(&mut self, request: LoginRequest) -> Result<LoginReply> {
        let request = auth::LoginRequest {
            org: request.org,
            username: request.username,
            password: request.password.0,
            client_id: request.client_id,
            client_label: request.client_label,
            ttl: request.ttl,
            bearer: request.bearer,
            replace_oldest: request.replace_oldest,
            origin: request.origin,
        };
        let now = self.now();
        let (outcome, org) = self.store().write(|tx| {
            let outcome = auth::login(tx, request.clone(), now)?;
            let org = match &outcome {
                LoginOutcome::LoggedIn(l) => tx.org_by_id(l.actor.org_id)?.map(|o| o.name),
                LoginOutcome::Failed { .. } => None,
            };
            Ok((outcome, org.unwrap_or_default()))
        })?;
        let logged_in = match outcome {
            LoginOutcome::LoggedIn(logged_in) => *logged_in,
            LoginOutcome::Failed { retry_after } => return Ok(LoginReply::Failed { retry_after }),
        };
        let session = &logged_in.session;
        let view = LoginSessionView {
            session_id: session.session_id,
            user_id: session.user_id,
            username: logged_in.actor.username.clone(),
            client_id: session.client_id,
            client_label: session.client_label.clone(),
            kind: session.kind,
            // Just issued or resumed: in use now.
            state: LoginSessionState::Active,
            created_at: session.created_at,
            last_seen_at: session.last_seen_at,
            expires_at: session.expires_at,
            idle_expires_at: logged_in.idle_expires_at,
            revoked_at: session.revoked_at,
            client_address: session.origin.address.clone(),
            user_agent: session.origin.user_agent.clone(),
        };
        Ok(LoginReply::LoggedIn(Box::new(LoggedInView {
            token: logged_in.token,
            org,
            session: view,
            resumed: logged_in.resumed,
            logged_out: logged_in.logged_out,
            replaced: logged_in.replaced,
        })))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogoutRequest {
    /// Every session of the user, not only this one.
    pub all: bool,
}

/// Ends this session, or every session of the user; answers how many were revoked.
pub struct AuthLogout;
impl Op for AuthLogout {
    const PATH: &'static str = "auth/logout";
    const MODE: Mode = Mode::Write;
    type Req = LogoutRequest;
    type Resp = u64;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &LogoutRequest, call: &Call) -> Result<u64> {
        auth::logout(tx, &auth.actor, r.all, call.now)
    }
}

/// `auth status`: the session (which names the user) plus the user's role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusView {
    /// The organisation's name.
    pub org: String,
    pub role: String,
    #[serde(flatten)]
    pub session: LoginSessionView,
}

pub struct AuthStatus;
impl Op for AuthStatus {
    const PATH: &'static str = "auth/status";
    const MODE: Mode = Mode::Read;
    type Req = Empty;
    type Resp = StatusView;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, call: &Call) -> Result<StatusView> {
        let session = auth::status(tx, auth, call.now)?;
        let org = tx.org_by_id(auth.actor.org_id)?.map(|o| o.name).unwrap_or_default();
        Ok(StatusView { org, role: auth.actor.role.to_string(), session })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionsRequest {
    /// Every user's sessions (admins).
    pub all_users: bool,
}

pub struct AuthSessions;
impl Op for AuthSessions {
    const PATH: &'static str = "auth/sessions";
    const MODE: Mode = Mode::Read;
    type Req = SessionsRequest;
    type Resp = Vec<LoginSessionView>;
    fn run(
        tx: &dyn Tx,
        auth: &Authenticated,
        r: &SessionsRequest,
        call: &Call,
    ) -> Result<Vec<LoginSessionView>> {
        auth::sessions(tx, &auth.actor, r.all_users, call.now)
    }
}

/// One session by id prefix, or every session of a user: exactly one of the two.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokeRequest {
    pub session: Option<IdPrefix>,
    pub user: Option<String>,
}

/// Revokes sessions; answers how many were revoked (0: already revoked).
pub struct AuthRevoke;
impl Op for AuthRevoke {
    const PATH: &'static str = "auth/revoke";
    const MODE: Mode = Mode::Write;
    type Req = RevokeRequest;
    type Resp = u64;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &RevokeRequest, call: &Call) -> Result<u64> {
        let target = match (&r.session, &r.user) {
            (Some(prefix), None) => RevokeTarget::Session(prefix.clone()),
            (None, Some(name)) => RevokeTarget::User(name.clone()),
            _ => return Err(Error::invalid("give a session id or --user NAME")),
        };
        auth::revoke(tx, &auth.actor, &target, call.now)
    }
}

/// Deletes dead sessions (admins); answers how many.
pub struct AuthPrune;
impl Op for AuthPrune {
    const PATH: &'static str = "auth/prune";
    const MODE: Mode = Mode::Write;
    type Req = Empty;
    type Resp = u64;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, call: &Call) -> Result<u64> {
        auth::prune(tx, &auth.actor, call.now)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::auth::LoginSessionKind;
    use crate::id::UserId;
    use crate::time::Timestamp;

    /// Serialises `value` and reads it back, as a remote client would.
    pub(crate) fn round_trip<T: Serialize + serde::de::DeserializeOwned>(value: &T) -> T {
        let json = serde_json::to_value(value).expect("serialises");
        serde_json::from_value(json).expect("deserialises")
    }

    pub(crate) fn at(unix: i64) -> Timestamp {
        Timestamp::from_unix(unix).expect("a valid instant")
    }

    pub(crate) fn session_view() -> LoginSessionView {
        LoginSessionView {
            session_id: LoginSessionId::random(),
            user_id: UserId::random(),
            username: "alice".into(),
            client_id: ClientId::random(),
            client_label: "desk-7".into(),
            kind: LoginSessionKind::Device,
            state: LoginSessionState::Idle,
            created_at: at(1_700_000_000),
            last_seen_at: at(1_700_003_600),
            expires_at: at(1_702_592_000),
            idle_expires_at: at(1_700_090_000),
            revoked_at: Some(at(1_700_004_000)),
            client_address: Some("192.0.2.7".into()),
            user_agent: Some("stint/0.1.0".into()),
        }
    }

    #[test]
    fn responses_survive_a_json_round_trip() {
        let status = StatusView { org: "desk".into(), role: "admin".into(), session: session_view() };
        assert_eq!(round_trip(&status), status);
        let sessions = vec![session_view(), session_view()];
        assert_eq!(round_trip(&sessions), sessions);
        let logged_in = LoginReply::LoggedIn(Box::new(LoggedInView {
            token: Token::generate().expect("a token"),
            org: "desk".into(),
            session: session_view(),
            resumed: true,
            logged_out: vec!["bob".into()],
            replaced: vec![LoginSessionId::random()],
        }));
        assert_eq!(round_trip(&logged_in), logged_in);
        for failed in [LoginReply::Failed { retry_after: None }, LoginReply::Failed { retry_after: Some(16) }]
        {
            assert_eq!(round_trip(&failed), failed);
        }
        assert_eq!(round_trip(&3_u64), 3);
    }

    #[test]
    fn status_keeps_its_flat_json_fields() {
        let json = serde_json::to_value(StatusView {
            org: "desk".into(),
            role: "viewer".into(),
            session: session_view(),
        })
        .expect("serialises");
        assert_eq!(json["role"], "viewer");
        assert_eq!(json["username"], "alice");
        assert_eq!(json["state"], "idle");
    }

    #[test]
    fn a_failed_login_reads_as_the_one_login_failure() {
        let plain = LoginReply::Failed { retry_after: None }.into_result().expect_err("fails");
        assert_eq!(plain.kind(), crate::ErrorKind::Unauthenticated);
        assert_eq!(plain.to_string(), auth::LOGIN_FAILED);
        let throttled = LoginReply::Failed { retry_after: Some(30) }.into_result().expect_err("fails");
        assert!(throttled.to_string().contains("try again in 30 s"), "{throttled}");
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let login = serde_json::json!({
            "username": "alice", "password": "pw", "client_id": ClientId::random(),
            "client_label": "desk", "ttl": null, "bearer": false, "replace_oldest": false,
        });
        assert!(serde_json::from_value::<LoginRequest>(login.clone()).is_ok());
        let mut newer = login;
        newer["remember_me"] = serde_json::json!(true);
        assert!(serde_json::from_value::<LoginRequest>(newer).is_err());
        assert!(
            serde_json::from_value::<LogoutRequest>(serde_json::json!({"all": true, "force": 1})).is_err()
        );
        assert!(serde_json::from_value::<Empty>(serde_json::json!({"x": 1})).is_err());
    }

    #[test]
    fn a_login_request_never_shows_its_password() {
        let request = LoginRequest {
            org: None,
            username: "alice".into(),
            password: Password::new("correct horse battery".into()),
            client_id: ClientId::random(),
            client_label: "desk".into(),
            ttl: Some(3600),
            bearer: false,
            replace_oldest: false,
            origin: Default::default(),
        };
        let shown = format!("{request:?}");
        assert!(!shown.contains("correct horse"), "{shown}");
        assert!(shown.contains("alice"), "{shown}");
    }

    /// A store with one admin logged in on one client, and the service that holds that login.
    pub(crate) fn service_with_admin(now: Timestamp) -> (LocalService, ClientId) {
        let mut store =
            crate::store::Store::Sqlite(crate::store::sqlite::SqliteStore::open_in_memory().expect("SQLite"));
        let client_id = ClientId::random();
        let setup = crate::setup::Setup {
            org_name: "Desk".into(),
            admin: "root".into(),
            password_hash: crate::password::hash("root-password").expect("hashes"),
            client_id,
            client_label: "desk-1".into(),
        };
        let admin = store.write(|tx| crate::setup::initialise(tx, setup.clone(), now)).expect("initialised");
        let credential = crate::auth::Credential { token: admin.token, client_id: Some(client_id) };
        (LocalService::new(store, Ok(credential), now, Box::new(chrono::Utc)), client_id)
    }

    pub(crate) fn login_as(username: &str, password: &str, client_id: ClientId) -> LoginRequest {
        LoginRequest {
            org: None,
            username: username.into(),
            password: Password::new(password.into()),
            client_id,
            client_label: "desk-2".into(),
            ttl: Some(3600),
            bearer: false,
            replace_oldest: false,
            origin: Default::default(),
        }
    }

    /// Through the local service: a failed login is kept in the audit log, a good one answers
    /// with a usable token, and the session operations answer with what the CLI prints.
    #[test]
    fn logins_and_session_operations_run_against_a_store() {
        let now = at(1_700_000_000);
        let (local, client_id) = service_with_admin(now);
        let mut service = Service::Local(local);
        let failed = service.login(login_as("root", "wrong-password", ClientId::random())).expect("answers");
        assert_eq!(failed, LoginReply::Failed { retry_after: None });
        let filter = super::super::audit::ListRequest {
            since: None,
            actor: None,
            object: None,
            action: Some("auth.login_failed".into()),
            limit: None,
        };
        let failures = service.call::<super::super::audit::AuditList>(filter).expect("audit list").value;
        assert_eq!(failures.len(), 1, "{failures:?}");

        let other = ClientId::random();
        let logged_in = service.login(login_as("ROOT", "root-password", other)).expect("answers");
        assert_eq!(round_trip(&logged_in), logged_in);
        let logged_in = logged_in.into_result().expect("logged in");
        assert_eq!((logged_in.session.username.as_str(), logged_in.resumed), ("root", false));
        assert_eq!(logged_in.session.expires_at, at(1_700_003_600));

        let status = service.call::<AuthStatus>(Empty {}).expect("status").value;
        assert_eq!((status.role.as_str(), status.session.client_id), ("admin", client_id));
        let sessions = service.call::<AuthSessions>(SessionsRequest { all_users: false }).expect("sessions");
        assert_eq!(sessions.value.len(), 2);
        let revoked = service
            .call::<AuthRevoke>(RevokeRequest { session: None, user: None })
            .expect_err("names nothing to revoke");
        assert_eq!(revoked.kind(), crate::ErrorKind::Invalid);
        assert_eq!(service.call::<AuthLogout>(LogoutRequest { all: true }).expect("logged out").value, 2);
    }

    #[test]
    fn a_token_travels_as_its_text_and_is_checked_on_arrival() {
        let token = Token::generate().expect("a token");
        assert_eq!(serde_json::to_value(&token).expect("serialises"), token.expose());
        assert!(serde_json::from_value::<Token>(serde_json::json!("stint_nothex")).is_err());
    }
}
