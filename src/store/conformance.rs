//! One conformance suite for the storage trait, run against every store: each test is a plain
//! function over `&mut Store`, instantiated once per backend by `conformance!` below.

use super::{Location, OpenOptions, Store};
use crate::auth::{self, Credential, LoginOutcome, LoginRequest};
use crate::error::ErrorKind;
use crate::id::ClientId;
use crate::org::{self, Setup};
use crate::permission::Role;
use crate::time::Timestamp;
use crate::user::{self, NewUser, UserFilter};
use crate::{audit, settings};

fn at(secs: i64) -> Timestamp {
    Timestamp::from_unix(1_710_000_000 + secs).expect("in range")
}

/// One Argon2 hash for the whole suite: hashing is deliberately slow.
fn password_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| crate::password::hash("correct horse").expect("hash")).clone()
}

fn setup(client: ClientId) -> Setup {
    Setup {
        org_name: "Desk".into(),
        admin: "root".into(),
        password_hash: password_hash(),
        client_id: client,
        client_label: "test".into(),
    }
}

fn login_request(name: &str, client: ClientId) -> LoginRequest {
    LoginRequest {
        username: name.into(),
        password: "correct horse".into(),
        client_id: client,
        client_label: "test".into(),
        ttl: None,
        bearer: false,
    }
}

pub fn initialise_then_authenticate(store: &mut Store) {
    let client = ClientId::random();
    let logged_in = store.write(|tx| org::initialise(tx, setup(client), at(0))).expect("initialise");
    let credential = Credential { token: logged_in.token.clone(), client_id: Some(client) };
    let auth = store.read(|tx| auth::authenticate(tx, &credential, at(10))).expect("authenticate");
    assert_eq!(auth.actor.username, "root");
    assert_eq!(auth.actor.role, Role::Admin);
    let again = store.write(|tx| org::initialise(tx, setup(client), at(1))).expect_err("only once");
    assert_eq!(again.kind(), ErrorKind::Conflict);
    let other = Credential { token: logged_in.token.clone(), client_id: Some(ClientId::random()) };
    let err = store.read(|tx| auth::authenticate(tx, &other, at(10))).expect_err("other client");
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
}

pub fn usernames_are_unique(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| org::initialise(tx, setup(client), at(0))).expect("initialise").actor;
    let new = NewUser {
        username: "Bob".into(),
        role: Role::Technician,
        display_name: None,
        email: None,
        password_hash: password_hash(),
    };
    store.write(|tx| user::add(tx, &admin, new.clone(), false, at(1))).expect("add");
    let err = store.write(|tx| user::add(tx, &admin, new.clone(), false, at(2))).expect_err("duplicate");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    // The database itself refuses a duplicate that slips past the core.
    let err = store
        .write(|tx| {
            let mut copy = tx.user_by_name(admin.org_id, "bob")?.expect("bob");
            copy.user_id = crate::id::UserId::random();
            tx.insert_user(&copy)
        })
        .expect_err("unique index");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let users = store.read(|tx| user::list(tx, &admin, &UserFilter::default(), at(3))).expect("list");
    assert_eq!(users.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["bob", "root"]);
}

pub fn login_resumes_rotates_and_detects_reuse(store: &mut Store) {
    let client = ClientId::random();
    store.write(|tx| org::initialise(tx, setup(client), at(0))).expect("initialise");
    let laptop = ClientId::random();
    let login = |store: &mut Store, now| match store
        .write(|tx| auth::login(tx, login_request("root", laptop), now))
    {
        Ok(LoginOutcome::LoggedIn(l)) => l,
        other => panic!("login failed: {other:?}"),
    };
    let first = login(store, at(5));
    let second = login(store, at(6));
    assert!(second.resumed);
    assert_eq!(first.session.session_id, second.session.session_id);
    let old = Credential { token: first.token.clone(), client_id: Some(laptop) };
    let err = store.read(|tx| auth::authenticate(tx, &old, at(7))).expect_err("rotated away");
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    let revoked = store.write(|tx| auth::detect_token_reuse(tx, &first.token, at(8))).expect("detect");
    assert_eq!(revoked, Some(first.session.session_id));
    let current = Credential { token: second.token.clone(), client_id: Some(laptop) };
    let err = store.read(|tx| auth::authenticate(tx, &current, at(9))).expect_err("revoked");
    assert!(err.message().contains("revoked"), "{}", err.message());
    let failed = store.write(|tx| {
        auth::login(tx, LoginRequest { password: "wrong".into(), ..login_request("root", laptop) }, at(10))
    });
    assert!(matches!(failed, Ok(LoginOutcome::Failed)));
}

pub fn settings_and_audit_round_trip(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| org::initialise(tx, setup(client), at(0))).expect("initialise").actor;
    store.write(|tx| settings::set(tx, &admin, settings::Key::TimerMaxLength, "10h", at(1))).expect("set");
    let view = store.read(|tx| settings::get(tx, &admin, settings::Key::TimerMaxLength)).expect("get");
    assert_eq!(view.value, "10h");
    let filter = audit::AuditFilter { action: Some("setting".into()), ..Default::default() };
    let events = store.read(|tx| audit::list(tx, &admin, &filter)).expect("audit");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].after.as_ref().and_then(|a| a.get("value")).and_then(|v| v.as_str()), Some("10h"));
    let since = audit::AuditFilter { since: Some(at(1)), ..Default::default() };
    assert_eq!(store.read(|tx| audit::list(tx, &admin, &since)).expect("audit").len(), 1);
    let all = store.read(|tx| audit::list(tx, &admin, &Default::default())).expect("audit");
    assert_eq!(
        all.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["setting.set", "auth.login", "user.add"]
    );
}

pub fn last_admin_is_kept(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| org::initialise(tx, setup(client), at(0))).expect("initialise").actor;
    let err = store
        .write(|tx| user::set_status(tx, &admin, "root", user::Status::Suspended, at(1)))
        .expect_err("last admin");
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

fn sqlite_store() -> Store {
    Store::Sqlite(super::sqlite::SqliteStore::open_in_memory().expect("in-memory SQLite"))
}

/// A fresh database on the shared test cluster, or `None` when PostgreSQL is unavailable
/// (outside CI only; see `cluster::shared`).
fn postgres_store() -> Option<Store> {
    let cluster = super::postgres::cluster::shared()?;
    let url = cluster.fresh_database();
    Some(Store::create(&Location::Postgres(url), OpenOptions::default()).expect("PostgreSQL store"))
}

macro_rules! conformance {
    ($($test:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[test] fn $test() { super::$test(&mut super::sqlite_store()); })*
        }
        mod on_postgres {
            $(#[test] fn $test() {
                if let Some(mut store) = super::postgres_store() {
                    super::$test(&mut store);
                }
            })*
        }
    };
}

conformance!(
    initialise_then_authenticate,
    usernames_are_unique,
    login_resumes_rotates_and_detects_reuse,
    settings_and_audit_round_trip,
    last_admin_is_kept,
);
