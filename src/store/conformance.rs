//! One conformance suite for the storage trait, run against every store: each test is a plain
//! function over `&mut Store`, instantiated once per backend by `conformance!` below.

use super::{Location, OpenOptions, Store};
use crate::actor::Actor;
use crate::auth::{self, Credential, LoginOutcome, LoginRequest};
use crate::case::{self, Case, CaseFilter, NewCase};
use crate::error::{ErrorKind, Result};
use crate::id::{CaseId, ClientId, IdPrefix, WorkSessionId};
use crate::permission::Role;
use crate::setup::{self, Setup};
use crate::ticket::{self, NewTicket, TicketFilter, TicketSort};
use crate::time::Timestamp;
use crate::user::{self, NewUser, UserFilter};
use crate::vocabulary::Priority;
use crate::work::{self, Manual, ManualEnd, Scope, Source, Start, Stop, TargetSpec, WorkSessionFilter};
use crate::work::{TicketRef, WorkSession, WorkSessionView};
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
        org: None,
        username: name.into(),
        password: "correct horse".into(),
        client_id: client,
        client_label: "test".into(),
        ttl: None,
        bearer: false,
        replace_oldest: false,
        origin: Default::default(),
    }
}

pub fn initialise_then_authenticate(store: &mut Store) {
    let client = ClientId::random();
    let logged_in = store.write(|tx| setup::initialise(tx, setup(client), at(0))).expect("initialise");
    let credential = Credential { token: logged_in.token.clone(), client_id: Some(client) };
    let auth = store.read(|tx| auth::authenticate(tx, &credential, at(10))).expect("authenticate");
    assert_eq!(auth.actor.username, "root");
    assert_eq!(auth.actor.role, Role::Admin);
    let again = store.write(|tx| setup::initialise(tx, setup(client), at(1))).expect_err("only once");
    assert_eq!(again.kind(), ErrorKind::Conflict);
    let other = Credential { token: logged_in.token.clone(), client_id: Some(ClientId::random()) };
    let err = store.read(|tx| auth::authenticate(tx, &other, at(10))).expect_err("other client");
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
}

pub fn usernames_are_unique(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| setup::initialise(tx, setup(client), at(0))).expect("initialise").actor;
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
    store.write(|tx| setup::initialise(tx, setup(client), at(0))).expect("initialise");
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
    // The rotated-away token still works briefly on its own client (a command in flight)...
    let old = Credential { token: first.token.clone(), client_id: Some(laptop) };
    let auth = store.read(|tx| auth::authenticate(tx, &old, at(7))).expect("within the grace window");
    assert_eq!(auth.session.session_id, first.session.session_id);
    assert_eq!(store.write(|tx| auth::detect_token_reuse(tx, &old, at(7))).expect("detect"), None);
    // ...but not after the grace window, when presenting it is a replay that revokes.
    let late = at(6 + auth::ROTATION_GRACE_SECS);
    let err = store.read(|tx| auth::authenticate(tx, &old, late)).expect_err("rotated away");
    assert_eq!(err.kind(), ErrorKind::Unauthenticated);
    let revoked = store.write(|tx| auth::detect_token_reuse(tx, &old, late)).expect("detect");
    assert_eq!(revoked, Some(first.session.session_id));
    let current = Credential { token: second.token.clone(), client_id: Some(laptop) };
    let err = store.read(|tx| auth::authenticate(tx, &current, late)).expect_err("revoked");
    assert!(err.message().contains("revoked"), "{}", err.message());
    // Within the window, the same token from another client is a replay too.
    let phone = ClientId::random();
    let third = login(store, late);
    assert!(!third.resumed, "a revoked session is not resumed");
    let fourth = login(store, late);
    let stolen = Credential { token: third.token.clone(), client_id: Some(phone) };
    let revoked = store.write(|tx| auth::detect_token_reuse(tx, &stolen, late)).expect("detect");
    assert_eq!(revoked, Some(fourth.session.session_id));
    let failed = store.write(|tx| {
        auth::login(tx, LoginRequest { password: "wrong".into(), ..login_request("root", laptop) }, late)
    });
    assert!(matches!(failed, Ok(LoginOutcome::Failed { retry_after: None })));
}

pub fn settings_and_audit_round_trip(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| setup::initialise(tx, setup(client), at(0))).expect("initialise").actor;
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
        ["user.add", "auth.login", "setting.set"]
    );
    // A limit keeps the latest events and still lists them oldest first.
    let latest = audit::AuditFilter { limit: Some(2), ..Default::default() };
    let latest = store.read(|tx| audit::list(tx, &admin, &latest)).expect("audit");
    assert_eq!(latest.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["auth.login", "setting.set"]);
}

pub fn last_admin_is_kept(store: &mut Store) {
    let client = ClientId::random();
    let admin = store.write(|tx| setup::initialise(tx, setup(client), at(0))).expect("initialise").actor;
    let err = store
        .write(|tx| user::set_status(tx, &admin, "root", user::Status::Suspended, at(1)))
        .expect_err("last admin");
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

pub fn idempotent_replies_are_kept_per_user_and_expire(store: &mut Store) {
    use crate::idempotency::StoredReply;
    let (admin, tess) = desk(store);
    let reply = |value: &str| StoredReply { request_digest: "d1".into(), value: value.into() };
    store
        .write(|tx| tx.store_reply(admin.org_id, admin.user_id, "k", &reply("{\"a\":1}"), at(100), at(0)))
        .expect("store");
    let found = store.read(|tx| tx.stored_reply(admin.org_id, admin.user_id, "k")).expect("read");
    assert_eq!(found, Some(reply("{\"a\":1}")));
    // Keys belong to their user: tess's "k" is another key.
    assert_eq!(store.read(|tx| tx.stored_reply(tess.org_id, tess.user_id, "k")).expect("read"), None);
    store
        .write(|tx| tx.store_reply(tess.org_id, tess.user_id, "k", &reply("2"), at(100), at(0)))
        .expect("store");
    // A later store drops this user's expired keys, and only this user's.
    store
        .write(|tx| tx.store_reply(admin.org_id, admin.user_id, "k2", &reply("3"), at(500), at(200)))
        .expect("store");
    assert_eq!(store.read(|tx| tx.stored_reply(admin.org_id, admin.user_id, "k")).expect("read"), None);
    assert!(store.read(|tx| tx.stored_reply(tess.org_id, tess.user_id, "k")).expect("read").is_some());
    // The same key twice is refused by the primary key, not silently replaced.
    let again = store.write(|tx| tx.store_reply(tess.org_id, tess.user_id, "k", &reply("4"), at(600), at(0)));
    assert!(again.is_err());
}

/// An initialised organisation: its admin and a technician `tess`, as actors.
fn desk(store: &mut Store) -> (Actor, Actor) {
    let admin =
        store.write(|tx| setup::initialise(tx, setup(ClientId::random()), at(0))).expect("initialise").actor;
    let tess = store
        .write(|tx| {
            let new = NewUser {
                username: "tess".into(),
                role: Role::Technician,
                display_name: None,
                email: None,
                password_hash: password_hash(),
            };
            user::add(tx, &admin, new, false, at(1))?;
            let user = tx.user_by_name(admin.org_id, "tess")?.expect("tess");
            Ok(user.actor(None))
        })
        .expect("technician");
    (admin, tess)
}

/// Creates tickets with these titles, in order, as `actor`.
fn tickets(store: &mut Store, actor: &Actor, titles: &[&str]) {
    for (i, title) in titles.iter().enumerate() {
        let created = store
            .write(|tx| ticket::create(tx, actor, NewTicket::titled(*title), at(10 + i as i64)))
            .expect("ticket");
        assert_eq!(created.title, *title);
    }
}

fn ticket_ref(store: &mut Store, actor: &Actor, number: i64) -> TicketRef {
    let found = store.read(|tx| tx.ticket_by_number(actor.org_id, number)).expect("lookup");
    let ticket = found.expect("ticket exists").ticket;
    TicketRef { ticket_id: ticket.ticket_id, number: ticket.number }
}

/// A work session of `actor` on `ticket` over `[start, end)` (seconds after `at(0)`), as the
/// store takes it: no rule of the core has looked at it.
fn raw_session(actor: &Actor, ticket: TicketRef, start: i64, end: Option<i64>) -> WorkSession {
    WorkSession {
        work_session_id: WorkSessionId::random(),
        org_id: actor.org_id,
        user_id: actor.user_id,
        ticket: Some(ticket),
        case_id: None,
        start: at(start),
        end: end.map(at),
        duration: end.map(|e| e - start),
        utc_offset: 0,
        note: String::new(),
        source: Source::Manual,
        created_at: at(start),
        updated_at: at(start),
    }
}

fn manual(store: &mut Store, actor: &Actor, ticket: i64, from: i64, to: i64) -> Result<WorkSessionView> {
    let request = Manual {
        tags: Vec::new(),
        target: TargetSpec::ticket(ticket),
        from: at(from),
        end: ManualEnd::At(at(to)),
        note: String::new(),
        force: false,
    };
    store.write(|tx| work::manual(tx, actor, &chrono::Utc, &request, at(100_000)))
}

fn listed(store: &mut Store, actor: &Actor, filter: &WorkSessionFilter) -> Vec<WorkSessionId> {
    let views = store.read(|tx| work::list(tx, actor, filter)).expect("list");
    views.iter().map(|v| v.work_session_id).collect()
}

pub fn tickets_are_numbered_in_order_and_searched_literally(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &tess, &["100% done", "snake_case", "snakeXcase", r"back\slash", "Ärger", "plain"]);
    let numbers = |store: &mut Store, filter: TicketFilter| -> Vec<i64> {
        let found = store.read(|tx| ticket::list(tx, &admin, &filter, at(100))).expect("list");
        found.iter().map(|t| t.number).collect()
    };
    assert_eq!(numbers(store, TicketFilter::default()), [6, 5, 4, 3, 2, 1]);
    let oldest = TicketFilter { sort: TicketSort::Oldest, limit: Some(2), ..Default::default() };
    assert_eq!(numbers(store, oldest), [1, 2]);
    let search = |text: &str| TicketFilter { search: Some(text.into()), ..Default::default() };
    assert_eq!(numbers(store, search("%")), [1]);
    assert_eq!(numbers(store, search("_")), [2]);
    assert_eq!(numbers(store, search("SNAKE")), [3, 2]);
    assert_eq!(numbers(store, search(r"k\s")), [4]);
    // Only ASCII letters fold, as SQLite's LIKE does.
    assert_eq!(numbers(store, search("Ärger")), [5]);
    assert_eq!(numbers(store, search("ärger")), Vec::<i64>::new());
    assert_eq!(numbers(store, search("'; DROP TABLE tickets; --")), Vec::<i64>::new());
    let urgent = NewTicket { priority: Priority::Urgent, ..NewTicket::titled("fire") };
    store.write(|tx| ticket::create(tx, &admin, urgent.clone(), at(50))).expect("urgent");
    let by_priority = TicketFilter { sort: TicketSort::Priority, limit: Some(2), ..Default::default() };
    assert_eq!(numbers(store, by_priority), [7, 6]);
    // The database refuses a second ticket under a number that is taken.
    let err = store
        .write(|tx| {
            let taken = tx.ticket_by_number(admin.org_id, 2)?.expect("ticket #2");
            tx.insert_ticket(&taken.ticket)
        })
        .expect_err("unique number");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let next = store.write(|tx| ticket::create(tx, &tess, NewTicket::titled("next"), at(60))).expect("next");
    assert_eq!(next.number, 8);
}

pub fn ticket_titles_match_number_prefixes_newest_first(store: &mut Store) {
    let (admin, tess) = desk(store);
    let titles: Vec<String> = (1..=12).map(|n| format!("Ticket {n}")).collect();
    tickets(store, &tess, &titles.iter().map(String::as_str).collect::<Vec<_>>());
    let found = |store: &mut Store, digits: &str, limit| {
        store
            .read(|tx| ticket::titles(tx, &admin, digits, limit))
            .map(|t| t.into_iter().map(|(n, _)| n).collect::<Vec<_>>())
    };
    assert_eq!(found(store, "1", 50).expect("1"), [12, 11, 10, 1]);
    assert_eq!(found(store, "1", 2).expect("1, two"), [12, 11]);
    assert_eq!(found(store, "", 3).expect("any"), [12, 11, 10]);
    assert_eq!(found(store, "9", 50).expect("9"), [9]);
    assert_eq!(found(store, "13", 50).expect("13"), Vec::<i64>::new());
    let first = store.read(|tx| ticket::titles(tx, &admin, "7", 1)).expect("7");
    assert_eq!(first, [(7, "Ticket 7".to_owned())]);
    for bad in ["1a", "%", "_"] {
        assert_eq!(found(store, bad, 50).expect_err(bad).kind(), ErrorKind::Invalid, "{bad}");
    }
    assert_eq!(found(store, "1", 0).expect_err("no limit").kind(), ErrorKind::Invalid);
}

pub fn cases_resolve_prefixes_and_keep_notes(store: &mut Store) {
    let (admin, tess) = desk(store);
    let insert = |store: &mut Store, id: &str, owner: &Actor, created: i64| {
        let case = Case::with_id(id.parse::<CaseId>().expect("id"), owner, at(created));
        store.write(|tx| tx.insert_case(&case)).expect("case");
    };
    insert(store, "abcd0000-0000-4000-8000-000000000002", &tess, 5);
    insert(store, "abcd0000-0000-4000-8000-000000000001", &tess, 5);
    insert(store, "abce0000-0000-4000-8000-000000000003", &admin, 6);
    insert(store, "abcd1000-0000-4000-8000-000000000004", &admin, 7);
    let prefix = |text: &str| text.parse::<IdPrefix>().expect("prefix");
    let err = store.read(|tx| case::show(tx, &admin, &prefix("abcd"))).expect_err("ambiguous");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(
        err.message().contains(
            "abcd0000-0000-4000-8000-000000000001, abcd0000-0000-4000-8000-000000000002, \
             abcd1000-0000-4000-8000-000000000004"
        ),
        "{}",
        err.message()
    );
    let shown = store.read(|tx| case::show(tx, &admin, &prefix("ABCE"))).expect("unique prefix");
    assert_eq!(shown.case.owner, "root");
    // A technician's prefixes range over their own cases only.
    let err = store.read(|tx| case::show(tx, &tess, &prefix("abcd"))).expect_err("still two of hers");
    assert!(!err.message().contains("0004"), "{}", err.message());
    let err = store.read(|tx| case::show(tx, &tess, &prefix("abce"))).expect_err("someone else's");
    assert_eq!(err.kind(), ErrorKind::PermissionDenied);
    assert_eq!(
        store.read(|tx| case::show(tx, &tess, &prefix("abcd1"))).expect_err("not hers").kind(),
        ErrorKind::PermissionDenied
    );
    let mine = prefix("abcd0000-0000-4000-8000-000000000002");
    for body in ["first", "second"] {
        store.write(|tx| case::note(tx, &tess, &mine, body.into(), at(20))).expect("note");
    }
    let log = store.read(|tx| case::log(tx, &tess, &mine)).expect("log");
    assert_eq!(log.iter().map(|n| n.body.as_str()).collect::<Vec<_>>(), ["first", "second"]);
    assert_eq!(store.read(|tx| case::show(tx, &tess, &mine)).expect("shown").case.message_count, 2);
    let opened = store.write(|tx| case::open(tx, &tess, NewCase::titled("VPN"), at(30))).expect("open");
    let all = CaseFilter { all_users: true, ..Default::default() };
    let order = store.read(|tx| case::list(tx, &admin, &all)).expect("list");
    let ids: Vec<String> = order.iter().map(|c| c.case_id.to_string()[..8].to_owned()).collect();
    let newest = opened.case_id.to_string()[..8].to_owned();
    assert_eq!(ids, [newest.as_str(), "abcd1000", "abce0000", "abcd0000", "abcd0000"]);
    assert_eq!(
        order[3].case_id.to_string(),
        "abcd0000-0000-4000-8000-000000000002",
        "ties by id, newest first"
    );
}

pub fn timer_start_stop_switch_and_durations(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer", "vpn"]);
    let utc = chrono::Utc;
    let start = Start { target: TargetSpec::ticket(1), at: Some(at(1000)), ..Default::default() };
    let started = store.write(|tx| work::start(tx, &tess, &utc, &start, at(1000))).expect("start");
    assert!(started.running);
    let again = store.write(|tx| work::start(tx, &tess, &utc, &start, at(1100))).expect_err("running");
    assert_eq!(again.kind(), ErrorKind::Conflict);
    assert!(again.message().contains(&started.work_session_id.to_string()[..8]), "{}", again.message());
    let status = store.read(|tx| work::status(tx, &tess, at(1600))).expect("status");
    assert_eq!(status.elapsed_seconds, 600);
    let stopped = store.write(|tx| work::stop(tx, &tess, &utc, &Stop::default(), at(6400))).expect("stop");
    assert_eq!((stopped.session.duration_seconds, stopped.session.end), (Some(5400), Some(at(6400))));
    let err = store.write(|tx| work::stop(tx, &tess, &utc, &Stop::default(), at(6500))).expect_err("none");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    store
        .write(|tx| work::start(tx, &tess, &utc, &Start { at: None, ..start.clone() }, at(7000)))
        .expect("again");
    let switch =
        Start { tags: Vec::new(), target: TargetSpec::ticket(2), note: "vpn".into(), at: None, force: false };
    let switched = store.write(|tx| work::switch(tx, &tess, &utc, &switch, at(7300))).expect("switch");
    assert_eq!(switched.stopped.map(|s| s.session.duration_seconds), Some(Some(300)));
    assert_eq!((switched.started.start, switched.started.ticket), (at(7300), Some(2)));
    // Ticket totals count ended sessions, and running ones up to now.
    let total = |store: &mut Store, number, now| {
        store.read(|tx| ticket::show(tx, &admin, number, now)).expect("show").total_seconds
    };
    assert_eq!(total(store, 1, at(8000)), 5400 + 300);
    assert_eq!(total(store, 2, at(8000)), 700);
    // A timer stopped in the second it started records nothing.
    let stopped =
        store.write(|tx| work::stop(tx, &tess, &utc, &Stop::default(), at(7300))).expect("stop at once");
    assert!(stopped.discarded);
    let mine = WorkSessionFilter::default();
    let views = store.read(|tx| work::list(tx, &tess, &mine)).expect("list");
    assert_eq!(views.iter().map(|v| v.duration_seconds).collect::<Vec<_>>(), [Some(5400), Some(300)]);
    let continued = store
        .write(|tx| work::continue_last(tx, &tess, &utc, &work::Continue::default(), at(7300)))
        .expect("continue");
    assert_eq!((continued.ticket, continued.start), (Some(1), at(7300)));
}

pub fn overlaps_are_refused_by_the_core_and_by_the_database(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer"]);
    let first = manual(store, &tess, 1, 9000, 12_600).expect("first");
    let err = manual(store, &tess, 1, 10_800, 14_400).expect_err("overlap");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.message().contains(&first.work_session_id.to_string()[..8]), "{}", err.message());
    manual(store, &admin, 1, 9000, 12_600).expect("another user may overlap");
    // Straight to the store: only the database's constraint stands in the way.
    let ticket = ticket_ref(store, &tess, 1);
    for (start, end) in [(10_000, Some(11_000)), (8000, Some(9001)), (12_599, None), (1000, None)] {
        let overlapping = raw_session(&tess, ticket, start, end);
        let err = store.write(|tx| tx.insert_work_session(&overlapping)).expect_err("refused");
        assert_eq!(err.kind(), ErrorKind::Conflict, "[{start}, {end:?})");
    }
    // Touching is fine, and an empty session overlaps nothing; a refused statement leaves the
    // transaction usable, so what follows it in the same command still commits.
    let touching = raw_session(&tess, ticket, 12_600, Some(13_000));
    let empty = raw_session(&tess, ticket, 10_000, Some(10_000));
    store
        .write(|tx| {
            let refused = tx.insert_work_session(&raw_session(&tess, ticket, 11_000, Some(12_000)));
            assert_eq!(refused.expect_err("overlap").kind(), ErrorKind::Conflict);
            tx.insert_work_session(&touching)?;
            tx.insert_work_session(&empty)
        })
        .expect("touching and empty");
    let mut moved = touching.clone();
    moved.start = at(12_000);
    moved.duration = Some(1000);
    let err = store.write(|tx| tx.update_work_session(&moved)).expect_err("moved into the first");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let mine = store.read(|tx| work::list(tx, &tess, &WorkSessionFilter::default())).expect("list");
    assert_eq!(mine.len(), 3);
}

pub fn one_running_timer_per_user_is_enforced_by_the_database(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer"]);
    let utc = chrono::Utc;
    let start = Start { target: TargetSpec::ticket(1), ..Default::default() };
    store.write(|tx| work::start(tx, &tess, &utc, &start, at(5000))).expect("start");
    let ticket = ticket_ref(store, &tess, 1);
    for begins in [6000, 4000] {
        let second = raw_session(&tess, ticket, begins, None);
        let err = store.write(|tx| tx.insert_work_session(&second)).expect_err("second running");
        assert_eq!(err.kind(), ErrorKind::Conflict, "{begins}");
    }
    store.write(|tx| work::start(tx, &admin, &utc, &start, at(5000))).expect("another user's timer");
    let running = store.read(|tx| {
        work::list(tx, &admin, &WorkSessionFilter { running: true, scope: Scope::All, ..Default::default() })
    });
    assert_eq!(running.expect("list").len(), 2);
}

pub fn the_database_refuses_inconsistent_sessions(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer"]);
    let ticket = ticket_ref(store, &tess, 1);
    let base = raw_session(&tess, ticket, 1000, Some(2000));
    let broken: [(&str, WorkSession); 4] = [
        ("duration", WorkSession { duration: Some(5), ..base.clone() }),
        ("end before start", WorkSession { end: Some(at(500)), duration: Some(-500), ..base.clone() }),
        ("no target", WorkSession { ticket: None, ..base.clone() }),
        ("offset", WorkSession { utc_offset: 90_000, ..base.clone() }),
    ];
    for (what, session) in broken {
        let err = store.write(|tx| tx.insert_work_session(&session)).expect_err(what);
        assert_eq!(err.kind(), ErrorKind::Invalid, "{what}: {}", err.message());
    }
    store.write(|tx| tx.insert_work_session(&base)).expect("consistent");
}

pub fn listings_come_in_start_order_and_clip_to_the_range(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer", "vpn"]);
    let ticket = ticket_ref(store, &tess, 1);
    let other = ticket_ref(store, &tess, 2);
    // Stored out of order; tess's and root's first sessions start at the same instant.
    let rows = [
        raw_session(&tess, ticket, 5000, Some(6000)),
        raw_session(&tess, other, 1000, Some(2000)),
        raw_session(&admin, ticket, 1000, Some(1500)),
        raw_session(&tess, ticket, 3000, Some(3000)),
        raw_session(&tess, other, 2000, Some(2500)),
        raw_session(&tess, ticket, 7000, None),
    ];
    store
        .write(|tx| {
            for row in &rows {
                tx.insert_work_session(row)?;
            }
            Ok(())
        })
        .expect("sessions");
    let id = |i: usize| rows[i].work_session_id;
    let (first, second) = if id(1) < id(2) { (id(1), id(2)) } else { (id(2), id(1)) };
    let everyone = WorkSessionFilter { scope: Scope::All, ..Default::default() };
    assert_eq!(listed(store, &admin, &everyone), [first, second, id(4), id(3), id(0), id(5)]);
    assert_eq!(listed(store, &tess, &WorkSessionFilter::default()), [id(1), id(4), id(3), id(0), id(5)]);
    // [2000, 5000): a session ending at 2000 is out, one starting at 5000 too; the
    // zero-length session at 3000 is in.
    let range = WorkSessionFilter { from: Some(at(2000)), to: Some(at(5000)), ..Default::default() };
    assert_eq!(listed(store, &tess, &range), [id(4), id(3)]);
    let range = WorkSessionFilter { from: Some(at(1999)), to: Some(at(5001)), ..Default::default() };
    assert_eq!(listed(store, &tess, &range), [id(1), id(4), id(3), id(0)]);
    // A running session reaches every later range.
    let late = WorkSessionFilter { from: Some(at(90_000)), ..Default::default() };
    assert_eq!(listed(store, &tess, &late), [id(5)]);
    let running = WorkSessionFilter { running: true, scope: Scope::All, ..Default::default() };
    assert_eq!(listed(store, &admin, &running), [id(5)]);
    let on_vpn = WorkSessionFilter { ticket: Some(2), ..Default::default() };
    assert_eq!(listed(store, &tess, &on_vpn), [id(1), id(4)]);
    // Every row reaches the callback, one at a time, and an error from it ends the listing.
    let mut seen = 0;
    let stopped = store.read(|tx| {
        work::for_each(tx, &admin, &everyone, &mut |_| {
            seen += 1;
            if seen == 2 { Err(crate::Error::internal("output closed")) } else { Ok(()) }
        })
    });
    assert_eq!((stopped.expect_err("stopped").message(), seen), ("output closed", 2));
    assert_eq!(listed(store, &admin, &everyone).len(), 6, "the store is usable after a stopped listing");
}

pub fn the_nth_latest_session_counts_by_start_newest_first(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer"]);
    let ticket = ticket_ref(store, &tess, 1);
    // Inserted out of order; two pairs share a start second: a running session and an empty
    // one, and a longer and an empty one.
    let sessions =
        [(5000, None), (1000, Some(1000)), (5000, Some(5000)), (1000, Some(2000)), (3000, Some(4000))];
    let ids: Vec<WorkSessionId> = sessions
        .iter()
        .map(|&(start, end)| {
            let session = raw_session(&tess, ticket, start, end);
            store.write(|tx| tx.insert_work_session(&session)).expect("insert");
            session.work_session_id
        })
        .collect();
    let nth = |store: &mut Store, back| {
        store
            .read(|tx| tx.nth_latest_work_session(tess.org_id, tess.user_id, back))
            .expect("read")
            .map(|s| s.work_session_id)
    };
    let order: Vec<Option<WorkSessionId>> = (0..6).map(|back| nth(store, back)).collect();
    assert_eq!(order, [Some(ids[0]), Some(ids[2]), Some(ids[4]), Some(ids[3]), Some(ids[1]), None]);
    // The completions' listing: the same order, cut at the limit.
    let latest = |store: &mut Store, limit| -> Vec<WorkSessionId> {
        let sessions =
            store.read(|tx| tx.latest_work_sessions(tess.org_id, tess.user_id, limit)).expect("read");
        sessions.iter().map(|s| s.work_session_id).collect()
    };
    assert_eq!(latest(store, 3), [ids[0], ids[2], ids[4]]);
    assert_eq!(latest(store, 50), [ids[0], ids[2], ids[4], ids[3], ids[1]]);
    // The id-prefix lookup both `session show` and its completion use: within one user's
    // sessions or everyone's, and none among another user's.
    let prefix: IdPrefix = ids[0].short().parse().expect("a prefix");
    let by_prefix = |store: &mut Store, user| {
        store.read(|tx| tx.work_sessions_by_prefix(tess.org_id, user, &prefix)).expect("read")
    };
    assert_eq!(by_prefix(store, Some(tess.user_id)), [ids[0]]);
    assert_eq!(by_prefix(store, None), [ids[0]]);
    assert_eq!(by_prefix(store, Some(admin.user_id)), []);
    assert_eq!(
        store.read(|tx| tx.nth_latest_work_session(admin.org_id, admin.user_id, 0)).expect("read"),
        None
    );
}

/// Tags are kept per organisation, listed sorted with each session, filtered on, replaced
/// exactly, and a deleted session takes its links with it (the names stay).
pub fn tags_are_linked_listed_filtered_and_go_with_their_session(store: &mut Store) {
    let (_admin, tess) = desk(store);
    tickets(store, &tess, &["Printer"]);
    let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<String>>();
    let tagged = |store: &mut Store, from: i64, tags: &[&str]| {
        let request = Manual {
            tags: names(tags),
            target: TargetSpec::ticket(1),
            from: at(from),
            end: ManualEnd::At(at(from + 100)),
            note: String::new(),
            force: false,
        };
        store.write(|tx| work::manual(tx, &tess, &chrono::Utc, &request, at(100_000))).expect("manual")
    };
    let first = tagged(store, 1000, &["vpn", "onsite", "vpn"]);
    assert_eq!(first.tags, names(&["onsite", "vpn"]), "sorted, repeats dropped");
    let second = tagged(store, 2000, &["Onsite"]);
    let third = tagged(store, 3000, &[]);
    assert!(third.tags.is_empty());
    let all = store.read(|tx| work::list(tx, &tess, &WorkSessionFilter::default())).expect("list");
    let listed_tags: Vec<Vec<String>> = all.iter().map(|v| v.tags.clone()).collect();
    assert_eq!(listed_tags, [names(&["onsite", "vpn"]), names(&["Onsite"]), vec![]]);
    let by_tag = |store: &mut Store, tag: &str| {
        let filter = WorkSessionFilter { tag: Some(tag.into()), ..WorkSessionFilter::default() };
        store
            .read(|tx| work::list(tx, &tess, &filter))
            .map(|v| v.iter().map(|s| s.work_session_id).collect::<Vec<WorkSessionId>>())
    };
    // Names compare exactly: `Onsite` is another tag than `onsite`.
    assert_eq!(by_tag(store, "onsite").expect("filter"), vec![first.work_session_id]);
    assert_eq!(by_tag(store, "Onsite").expect("filter"), vec![second.work_session_id]);
    assert_eq!(by_tag(store, "never").expect_err("unknown").kind(), ErrorKind::NotFound);
    // Replacing keeps only what is given; names stay defined for filters.
    store
        .write(|tx| tx.set_work_session_tags(tess.org_id, first.work_session_id, &names(&["call"])))
        .expect("replace");
    let now = store.read(|tx| tx.work_session_tags(tess.org_id, first.work_session_id)).expect("tags");
    assert_eq!(now, names(&["call"]));
    assert_eq!(by_tag(store, "vpn").expect("filter"), Vec::<WorkSessionId>::new());
    let tag_id = store.read(|tx| tx.tag_id_by_name(tess.org_id, "call")).expect("id");
    assert!(tag_id.is_some());
    store.write(|tx| tx.delete_work_session(tess.org_id, first.work_session_id)).expect("delete");
    let gone = store.read(|tx| tx.work_session_tags(tess.org_id, first.work_session_id)).expect("tags");
    assert!(gone.is_empty(), "the links went with the session");
    assert_eq!(store.read(|tx| tx.tag_id_by_name(tess.org_id, "call")).expect("id"), tag_id);
    assert_eq!(by_tag(store, "call").expect("filter"), Vec::<WorkSessionId>::new());
}

/// What reports read (the narrow interval listing) is the full listing's whose, what and when,
/// for everyone's sessions, one user's, one ticket's and one tag's; tags only when asked for.
pub fn report_intervals_are_the_listing_narrowed(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["Printer", "VPN"]);
    let record = |store: &mut Store, actor: &Actor, ticket: i64, from: i64, tags: &[&str]| {
        let request = Manual {
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            target: TargetSpec::ticket(ticket),
            from: at(from),
            end: ManualEnd::At(at(from + 100)),
            note: "a note the report does not read".into(),
            force: false,
        };
        store.write(|tx| work::manual(tx, actor, &chrono::Utc, &request, at(100_000))).expect("manual");
    };
    record(store, &tess, 1, 1000, &["vpn", "onsite"]);
    record(store, &admin, 2, 1500, &[]);
    record(store, &tess, 2, 2000, &["onsite"]);
    store
        .write(|tx| {
            let start = Start { target: TargetSpec::ticket(1), ..Default::default() };
            work::start(tx, &tess, &chrono::Utc, &start, at(3000))
        })
        .expect("running");
    let filters = [
        WorkSessionFilter { scope: Scope::All, ..WorkSessionFilter::default() },
        WorkSessionFilter { scope: Scope::User("tess".into()), ..WorkSessionFilter::default() },
        WorkSessionFilter { scope: Scope::All, ticket: Some(2), ..WorkSessionFilter::default() },
        WorkSessionFilter { scope: Scope::All, tag: Some("onsite".into()), ..WorkSessionFilter::default() },
    ];
    for filter in &filters {
        let views = store.read(|tx| work::list(tx, &admin, filter)).expect("list");
        assert!(!views.is_empty(), "{filter:?}");
        for with_tags in [true, false] {
            let mut intervals = Vec::new();
            store
                .read(|tx| {
                    work::for_each_interval(tx, &admin, filter, with_tags, &mut |interval| {
                        intervals.push(interval.clone());
                        Ok(())
                    })
                })
                .expect("intervals");
            intervals.sort_by_key(|i| i.start);
            let expected: Vec<work::WorkInterval> = views
                .iter()
                .map(|v| work::WorkInterval {
                    user: v.user.clone(),
                    ticket: v.ticket,
                    case_id: v.case_id,
                    tags: if with_tags { v.tags.clone() } else { Vec::new() },
                    start: v.start,
                    end: v.end,
                })
                .collect();
            assert_eq!(intervals, expected, "{filter:?}, with tags: {with_tags}");
        }
    }
}

/// The questions an import asks about a whole batch answer what the same questions record by
/// record answer, and a batch is stored with its tags.
pub fn batched_import_questions_answer_as_record_by_record(store: &mut Store) {
    let (admin, tess) = desk(store);
    tickets(store, &admin, &["printer"]);
    let ticket = ticket_ref(store, &tess, 1);
    let first = raw_session(&tess, ticket, 9000, Some(12_600));
    let empty = raw_session(&tess, ticket, 13_000, Some(13_000));
    let running = raw_session(&tess, ticket, 20_000, None);
    store
        .write(|tx| {
            for session in [&first, &empty, &running] {
                tx.insert_work_session(session)?;
            }
            Ok(())
        })
        .expect("stored sessions");
    let spans = [
        (tess.user_id, Some(at(13_500))),
        (tess.user_id, Some(at(9000))),
        (tess.user_id, None),
        (admin.user_id, None),
        (tess.user_id, Some(at(20_001))),
    ];
    let (batched, one_by_one) = store
        .read(|tx| {
            let batched = tx.work_overlap_candidates(&spans)?;
            let one_by_one: Vec<_> = spans
                .iter()
                .map(|(user, end)| tx.work_overlap_candidate(*user, *end, None))
                .collect::<Result<_>>()?;
            Ok((batched, one_by_one))
        })
        .expect("candidates");
    assert_eq!(batched, one_by_one);
    let ids = |found: &[Option<WorkSession>]| -> Vec<Option<WorkSessionId>> {
        found.iter().map(|s| s.as_ref().map(|s| s.work_session_id)).collect()
    };
    let (first_id, running_id) = (Some(first.work_session_id), Some(running.work_session_id));
    assert_eq!(
        ids(&batched),
        [first_id, None, running_id, None, running_id],
        "empty sessions are never candidates"
    );
    let unknown = WorkSessionId::random();
    let taken = store
        .read(|tx| tx.existing_work_session_ids(tess.org_id, &[unknown, first.work_session_id]))
        .expect("ids");
    assert_eq!(taken, [first.work_session_id]);

    let (a, b) = (raw_session(&tess, ticket, 1000, Some(2000)), raw_session(&tess, ticket, 2000, Some(3000)));
    let (vpn, none) = (vec!["onsite".to_owned(), "vpn".to_owned()], Vec::new());
    store.write(|tx| tx.insert_work_sessions(tess.org_id, &[(&a, &vpn), (&b, &none)])).expect("a batch");
    let tags = store
        .read(|tx| {
            Ok((
                tx.work_session_tags(tess.org_id, a.work_session_id)?,
                tx.work_session_tags(tess.org_id, b.work_session_id)?,
            ))
        })
        .expect("tags");
    assert_eq!(tags, (vpn.clone(), none.clone()));
    // The database refuses a batch with a clash it was not told about; a store that writes a
    // batch as a whole then keeps none of it.
    let (c, clash) =
        (raw_session(&tess, ticket, 3000, Some(4000)), raw_session(&tess, ticket, 10_000, Some(11_000)));
    let (err, batch_size) = store
        .write(|tx| {
            let refused = tx.insert_work_sessions(tess.org_id, &[(&c, &vpn), (&clash, &none)]);
            Ok((refused.expect_err("overlap"), tx.import_batch_size()))
        })
        .expect("the transaction stays usable");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    if batch_size > 1 {
        let kept = store.read(|tx| tx.work_session_by_id(tess.org_id, c.work_session_id)).expect("lookup");
        assert_eq!(kept, None);
    }
}

fn sqlite_store() -> Store {
    Store::Sqlite(super::sqlite::SqliteStore::open_in_memory().expect("in-memory SQLite"))
}

/// A fresh database on the shared test cluster (these tests are ignored when the build found
/// no PostgreSQL; see `build.rs`).
fn postgres_store() -> Store {
    let url = super::postgres::cluster::shared().fresh_database();
    let (store, ()) = Store::create(&Location::Postgres(url), OpenOptions::default(), |_| Ok(()))
        .expect("PostgreSQL store");
    store
}

macro_rules! conformance {
    ($($test:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[test] fn $test() { super::$test(&mut super::sqlite_store()); })*
        }
        mod on_postgres {
            $(crate::store::postgres::pg_test! {
                fn $test() { super::$test(&mut super::postgres_store()); }
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
    tickets_are_numbered_in_order_and_searched_literally,
    ticket_titles_match_number_prefixes_newest_first,
    cases_resolve_prefixes_and_keep_notes,
    timer_start_stop_switch_and_durations,
    overlaps_are_refused_by_the_core_and_by_the_database,
    one_running_timer_per_user_is_enforced_by_the_database,
    the_database_refuses_inconsistent_sessions,
    listings_come_in_start_order_and_clip_to_the_range,
    idempotent_replies_are_kept_per_user_and_expire,
    the_nth_latest_session_counts_by_start_newest_first,
    tags_are_linked_listed_filtered_and_go_with_their_session,
    report_intervals_are_the_listing_narrowed,
    batched_import_questions_answer_as_record_by_record,
);
