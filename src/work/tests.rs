//! Unit and property tests of the timer and work-session rules, on in-memory SQLite.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;

use super::*;
use crate::ErrorKind;
use crate::actor::Actor;
use crate::audit::AuditFilter;
use crate::org::Organization;
use crate::permission::Role;
use crate::settings;
use crate::store::Tx;
use crate::store::sqlite::SqliteStore;
use crate::store::sqlite::test_support::{
    insert_case, insert_ticket, memory_store, set_case_status, set_ticket_status,
};
use crate::user::{self, NewUser};

fn password_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| crate::password::hash("correct horse").expect("hash")).clone()
}

fn at(rfc: &str) -> Timestamp {
    let parsed = DateTime::parse_from_rfc3339(rfc).expect("valid fixture time");
    Timestamp::from_unix(parsed.timestamp()).expect("in range")
}

/// Today 15 March 2024, in UTC: `t("09:30")` is 09:30 that day.
fn t(clock: &str) -> Timestamp {
    at(&format!("2024-03-15T{clock}:00Z"))
}

fn kind<T: fmt::Debug>(result: Result<T>) -> ErrorKind {
    result.expect_err("expected a refusal").kind()
}

/// An organisation with a user of every role, open tickets #1 and #2, closed ticket #3, and
/// cases: one open and one archived owned by `tech`, one open owned by `tech2`.
struct Fx {
    store: SqliteStore,
    org: OrgId,
    admin: Actor,
    sup: Actor,
    tech: Actor,
    tech2: Actor,
    viewer: Actor,
    tech_case: CaseId,
    tech_archived_case: CaseId,
    tech2_case: CaseId,
}

fn actor_of(view: &user::UserView, org: OrgId) -> Actor {
    Actor {
        user_id: view.user_id,
        org_id: org,
        username: view.username.clone(),
        role: view.role,
        session_id: None,
    }
}

impl Fx {
    fn new() -> Self {
        let mut store = memory_store();
        let org = OrgId::random();
        let created = at("2024-01-01T00:00:00Z");
        let actors = store
            .write(|tx| {
                tx.insert_org(&Organization { org_id: org, ..Organization::new("desk".into(), created) })?;
                let admin = user::create_first_admin(tx, org, "ada", password_hash(), created)?;
                let admin = admin.actor(None);
                let mut others = Vec::new();
                for (name, role) in [
                    ("sam", Role::Supervisor),
                    ("tess", Role::Technician),
                    ("theo", Role::Technician),
                    ("vic", Role::Viewer),
                ] {
                    let new = NewUser {
                        username: name.into(),
                        role,
                        display_name: None,
                        email: None,
                        password_hash: password_hash(),
                    };
                    others.push(actor_of(&user::add(tx, &admin, new, false, created)?.user, org));
                }
                Ok((admin, others))
            })
            .expect("fixture users");
        let (admin, mut others) = actors;
        let viewer = others.pop().expect("viewer");
        let tech2 = others.pop().expect("tech2");
        let tech = others.pop().expect("tech");
        let sup = others.pop().expect("sup");
        insert_ticket(&store, org, 1, "open", admin.user_id);
        insert_ticket(&store, org, 2, "in_progress", admin.user_id);
        insert_ticket(&store, org, 3, "closed", admin.user_id);
        let tech_case = insert_case(&store, org, tech.user_id, "investigating");
        let tech_archived_case = insert_case(&store, org, tech.user_id, "archived");
        let tech2_case = insert_case(&store, org, tech2.user_id, "open");
        Self { store, org, admin, sup, tech, tech2, viewer, tech_case, tech_archived_case, tech2_case }
    }

    fn run<T>(&mut self, work: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        self.store.write(work)
    }

    fn start_on(
        &mut self,
        who: &Actor,
        target: TargetSpec,
        start_at: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<WorkSessionView> {
        let request = Start { tags: Vec::new(), target, note: String::new(), at: start_at, force: false };
        self.run(|tx| start(tx, who, &Utc, &request, now))
    }

    fn start(&mut self, who: &Actor, ticket: i64, now: Timestamp) -> Result<WorkSessionView> {
        self.start_on(who, TargetSpec::ticket(ticket), None, now)
    }

    /// Stops `who`'s timer; what it recorded, or what it discarded.
    fn stop(&mut self, who: &Actor, stop_at: Option<Timestamp>, now: Timestamp) -> Result<WorkSessionView> {
        self.stopped(who, stop_at, now).map(|stopped| stopped.session)
    }

    fn stopped(&mut self, who: &Actor, stop_at: Option<Timestamp>, now: Timestamp) -> Result<Stopped> {
        let request = Stop { note: None, at: stop_at };
        self.run(|tx| stop(tx, who, &Utc, &request, now))
    }

    /// An empty session of `who` on ticket `number` at `at`, written straight to the store as
    /// an import or an older version of stint could have left it (timers no longer make them).
    fn empty_session(&mut self, who: &Actor, number: i64, at: Timestamp) -> WorkSessionId {
        let org = self.org;
        let ticket = self.run(|tx| crate::ticket::find(tx, org, number)).expect("ticket").ticket;
        let session = WorkSession {
            work_session_id: WorkSessionId::random(),
            org_id: org,
            user_id: who.user_id,
            ticket: Some(TicketRef { ticket_id: ticket.ticket_id, number }),
            case_id: None,
            start: at,
            end: Some(at),
            duration: Some(0),
            utc_offset: 0,
            note: String::new(),
            source: Source::Import,
            created_at: at,
            updated_at: at,
        };
        self.run(|tx| tx.insert_work_session(&session)).expect("insert");
        session.work_session_id
    }

    fn manual_with(&mut self, who: &Actor, request: &Manual, now: Timestamp) -> Result<WorkSessionView> {
        self.run(|tx| manual(tx, who, &Utc, request, now))
    }

    fn manual(
        &mut self,
        who: &Actor,
        ticket: i64,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<WorkSessionView> {
        let request = Manual {
            tags: Vec::new(),
            target: TargetSpec::ticket(ticket),
            from,
            end: ManualEnd::At(to),
            note: String::new(),
            force: false,
        };
        self.manual_with(who, &request, t("12:00"))
    }

    fn edit(
        &mut self,
        who: &Actor,
        id: WorkSessionId,
        change: &WorkSessionEdit,
        now: Timestamp,
    ) -> Result<Edited> {
        let reference = WorkSessionRef::new(prefix(id));
        self.run(|tx| edit(tx, who, &Utc, &reference, change, now))
    }

    fn list(&mut self, who: &Actor, filter: &WorkSessionFilter) -> Result<Vec<WorkSessionView>> {
        self.store.read(|tx| list(tx, who, filter))
    }

    fn all_sessions(&mut self) -> Vec<WorkSessionView> {
        let admin = self.admin.clone();
        self.list(&admin, &WorkSessionFilter { scope: Scope::All, ..WorkSessionFilter::default() })
            .expect("list")
    }

    fn running(&mut self, who: &Actor) -> Option<WorkSession> {
        let (org, user) = (self.org, who.user_id);
        self.store.read(|tx| tx.running_work_session(org, user)).expect("read")
    }

    fn audit_actions(&mut self) -> Vec<String> {
        let org = self.org;
        let events = self.store.read(|tx| tx.list_audit(org, &AuditFilter::default())).expect("audit");
        events.into_iter().rev().map(|e| e.action).collect()
    }

    fn set_max_length(&mut self, value: &str) {
        let admin = self.admin.clone();
        self.run(|tx| settings::set(tx, &admin, settings::Key::TimerMaxLength, value, t("00:00")))
            .expect("setting");
    }
}

fn prefix(id: impl fmt::Display) -> IdPrefix {
    id.to_string().parse().expect("id is a prefix")
}

fn short(id: impl fmt::Display) -> String {
    id.to_string()[..8].to_owned()
}

// ---- timer start and stop ----------------------------------------------------------------

#[test]
fn start_then_stop_computes_the_duration_and_audits_both() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let started = fx.start(&tech, 1, t("09:00")).expect("start");
    assert!(started.running);
    assert_eq!((started.start, started.end, started.duration_seconds), (t("09:00"), None, None));
    assert_eq!((started.ticket, started.source, started.user.as_str()), (Some(1), Source::Timer, "tess"));
    let stopped = fx.stop(&tech, None, t("10:30")).expect("stop");
    assert_eq!(stopped.work_session_id, started.work_session_id);
    assert_eq!(
        (stopped.end, stopped.duration_seconds, stopped.running),
        (Some(t("10:30")), Some(5400), false)
    );
    assert_eq!(stopped.updated_at, t("10:30"));
    assert!(fx.running(&tech).is_none());
    let actions = fx.audit_actions();
    assert_eq!(&actions[actions.len() - 2..], ["timer.start", "timer.stop"]);
}

#[test]
fn a_timer_stopped_in_the_second_it_started_is_discarded_as_a_cancel() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let started = fx.start(&tech, 1, t("09:00")).expect("start");
    let stopped = fx.stopped(&tech, None, t("09:00")).expect("stop in the same second");
    assert!(stopped.discarded);
    assert_eq!((stopped.session.work_session_id, stopped.session.end), (started.work_session_id, None));
    assert!(fx.all_sessions().is_empty());
    assert_eq!(fx.audit_actions().last().map(String::as_str), Some("timer.cancel"));
    assert_eq!(kind(fx.run(|tx| status(tx, &tech, t("09:00")))), ErrorKind::NotFound);
    // So is one stopped back at its start.
    fx.start(&tech, 2, t("09:00")).expect("start again in the same second");
    let stopped = fx.stopped(&tech, Some(t("09:00")), t("09:30")).expect("stop back at the start");
    assert!(stopped.discarded);
    assert!(fx.all_sessions().is_empty());
}

#[test]
fn a_second_start_is_a_conflict_that_names_the_running_timer() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let running = fx.start(&tech, 1, t("09:00")).expect("start");
    let err = fx.start(&tech, 2, t("09:05")).expect_err("second timer");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    for part in ["#1", "2024-03-15 09:00", &short(running.work_session_id), "stint timer stop"] {
        assert!(err.message().contains(part), "{part:?} missing from {}", err.message());
    }
    assert_eq!(fx.all_sessions().len(), 1);
}

#[test]
fn start_at_is_never_in_the_future_nor_inside_another_session() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let err = fx.start_on(&tech, TargetSpec::ticket(1), Some(t("09:01")), t("09:00")).expect_err("future");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("future"), "{}", err.message());

    let earlier = fx.manual(&tech, 1, t("08:00"), t("09:00")).expect("manual");
    let err = fx.start_on(&tech, TargetSpec::ticket(2), Some(t("08:30")), t("10:00")).expect_err("overlap");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    for part in [&short(earlier.work_session_id), "#1", "2024-03-15 08:00 to 2024-03-15 09:00", "08:30"] {
        assert!(err.message().contains(part), "{part:?} missing from {}", err.message());
    }
    // A start before a later session would run into it as well.
    let err = fx.start_on(&tech, TargetSpec::ticket(2), Some(t("07:00")), t("10:00")).expect_err("before");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    // Touching the end of the last session is fine.
    let touching = fx.start_on(&tech, TargetSpec::ticket(2), Some(t("09:00")), t("10:00")).expect("touching");
    assert_eq!(touching.start, t("09:00"));
}

#[test]
fn stop_needs_a_running_timer() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    assert_eq!(kind(fx.stop(&tech, None, t("09:00"))), ErrorKind::Conflict);
}

#[test]
fn stop_at_before_the_start_or_in_the_future_is_refused_and_the_timer_keeps_running() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    fx.start(&tech, 1, t("09:00")).expect("start");
    let err = fx.stop(&tech, Some(t("08:59")), t("10:00")).expect_err("before start");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("before the timer's start"), "{}", err.message());
    assert_eq!(kind(fx.stop(&tech, Some(t("10:01")), t("10:00"))), ErrorKind::Invalid);
    assert!(fx.running(&tech).is_some());
    let stopped = fx.stop(&tech, Some(t("09:45")), t("10:00")).expect("stop at");
    assert_eq!((stopped.end, stopped.duration_seconds), (Some(t("09:45")), Some(2700)));
}

#[test]
fn stop_note_replaces_the_note() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let request = Start {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        note: "first".into(),
        at: None,
        force: false,
    };
    fx.run(|tx| start(tx, &tech, &Utc, &request, t("09:00"))).expect("start");
    let request = Stop { note: Some("printer fixed".into()), at: None };
    let stopped = fx.run(|tx| stop(tx, &tech, &Utc, &request, t("09:30"))).expect("stop");
    assert_eq!(stopped.session.note, "printer fixed");
}

#[test]
fn only_the_owner_stops_a_timer() {
    let mut fx = Fx::new();
    let (tech, sup) = (fx.tech.clone(), fx.sup.clone());
    let running = fx.start(&tech, 1, t("09:00")).expect("start");
    // Stopping acts on one's own timer only; a supervisor has none.
    assert_eq!(kind(fx.stop(&sup, None, t("10:00"))), ErrorKind::Conflict);
    // Nor can a correction end someone's running timer.
    let change = WorkSessionEdit { to: Some(t("09:30")), ..WorkSessionEdit::default() };
    assert_eq!(kind(fx.edit(&sup, running.work_session_id, &change, t("10:00"))), ErrorKind::Conflict);
    assert!(fx.running(&tech).is_some());
}

#[test]
fn viewers_cannot_track_time() {
    let mut fx = Fx::new();
    let viewer = fx.viewer.clone();
    assert_eq!(kind(fx.start(&viewer, 1, t("09:00"))), ErrorKind::PermissionDenied);
    assert_eq!(kind(fx.manual(&viewer, 1, t("08:00"), t("09:00"))), ErrorKind::PermissionDenied);
}

#[test]
fn the_recorded_offset_is_the_zones_offset_at_the_start() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let now = at("2024-08-01T12:00:00Z");
    let winter = Manual {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        from: at("2024-03-01T08:00:00Z"),
        end: ManualEnd::After(3600),
        note: String::new(),
        force: false,
    };
    let summer = Manual { from: at("2024-07-01T08:00:00Z"), ..winter.clone() };
    let w = fx.run(|tx| manual(tx, &tech, &Berlin, &winter, now)).expect("winter");
    let s = fx.run(|tx| manual(tx, &tech, &Berlin, &summer, now)).expect("summer");
    assert_eq!((w.utc_offset, s.utc_offset), (3600, 7200));
    let request = Start {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        note: String::new(),
        at: None,
        force: false,
    };
    let running = fx.run(|tx| start(tx, &tech, &Berlin, &request, now)).expect("start");
    assert_eq!(running.utc_offset, 7200);
}

// ---- targets -----------------------------------------------------------------------------

#[test]
fn the_target_must_be_given_exist_and_be_open_unless_forced() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let now = t("09:00");
    assert_eq!(kind(fx.start_on(&tech, TargetSpec::default(), None, now)), ErrorKind::Invalid);
    assert_eq!(kind(fx.start(&tech, 99, now)), ErrorKind::NotFound);
    let err = fx.start(&tech, 3, now).expect_err("closed ticket");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.message().contains("--force"), "{}", err.message());
    let archived = TargetSpec::case(prefix(fx.tech_archived_case));
    assert_eq!(kind(fx.start_on(&tech, archived.clone(), None, now)), ErrorKind::Conflict);
    set_case_status(&fx.store, fx.tech_case, "closed");
    assert_eq!(
        kind(fx.start_on(&tech, TargetSpec::case(prefix(fx.tech_case)), None, now)),
        ErrorKind::Conflict
    );

    let forced =
        Start { tags: Vec::new(), target: TargetSpec::ticket(3), note: String::new(), at: None, force: true };
    fx.run(|tx| start(tx, &tech, &Utc, &forced, now)).expect("forced onto a closed ticket");
    fx.stop(&tech, None, t("09:10")).expect("stop");
    let forced = Start { tags: Vec::new(), target: archived, note: String::new(), at: None, force: true };
    fx.run(|tx| start(tx, &tech, &Utc, &forced, t("09:10"))).expect("forced onto an archived case");
}

#[test]
fn resolved_tickets_and_cases_still_take_time() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    set_ticket_status(&fx.store, fx.org, 1, "resolved");
    set_case_status(&fx.store, fx.tech_case, "resolved");
    let both = TargetSpec { ticket: Some(1), case: Some(prefix(fx.tech_case)) };
    let started = fx.start_on(&tech, both, None, t("09:00")).expect("resolved is open for work");
    assert_eq!((started.ticket, started.case_id), (Some(1), Some(fx.tech_case)));
    assert_eq!(started.target(), format!("#1 and case {}", short(fx.tech_case)));
}

#[test]
fn technicians_track_time_on_their_own_cases_supervisors_on_any() {
    let mut fx = Fx::new();
    let (tech, tech2, sup) = (fx.tech.clone(), fx.tech2.clone(), fx.sup.clone());
    let theirs = TargetSpec::case(prefix(fx.tech2_case));
    let err = fx.start_on(&tech, theirs.clone(), None, t("09:00")).expect_err("someone else's case");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    fx.start_on(&tech2, theirs.clone(), None, t("09:00")).expect("the owner");
    fx.start_on(&sup, theirs, None, t("09:00")).expect("a supervisor");
    // Technicians track time on any ticket.
    fx.start(&tech, 2, t("09:00")).expect("any ticket");
    // A case is found by a unique prefix of four or more hex digits.
    let short_prefix: IdPrefix = fx.tech_case.to_string()[..8].parse().expect("prefix");
    fx.stop(&tech, None, t("09:05")).expect("stop");
    let started = fx.start_on(&tech, TargetSpec::case(short_prefix), None, t("09:05")).expect("by prefix");
    assert_eq!(started.case_id, Some(fx.tech_case));
}

// ---- switch, status, cancel, continue ----------------------------------------------------

#[test]
fn switch_stops_and_starts_at_the_same_instant() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let first = fx.start(&tech, 1, t("09:00")).expect("start");
    let request = Start {
        tags: Vec::new(),
        target: TargetSpec::ticket(2),
        note: "next".into(),
        at: None,
        force: false,
    };
    let switched = fx.run(|tx| switch(tx, &tech, &Utc, &request, t("10:00"))).expect("switch");
    let stopped = switched.stopped.expect("stopped").session;
    assert_eq!(stopped.work_session_id, first.work_session_id);
    assert_eq!((stopped.end, stopped.duration_seconds), (Some(t("10:00")), Some(3600)));
    assert_eq!((switched.started.start, switched.started.ticket), (t("10:00"), Some(2)));
    assert_eq!(switched.started.note, "next");
    assert_eq!(fx.running(&tech).map(|s| s.work_session_id), Some(switched.started.work_session_id));
    let actions = fx.audit_actions();
    assert_eq!(&actions[actions.len() - 2..], ["timer.stop", "timer.switch"]);
}

#[test]
fn a_switch_to_what_already_runs_changes_nothing() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let both = TargetSpec { ticket: Some(2), case: Some(prefix(fx.tech_case)) };
    let first = fx.start_on(&tech, both.clone(), None, t("09:00")).expect("start");
    let audits = fx.audit_actions().len();
    let request = Start { tags: Vec::new(), target: both, note: "other".into(), at: None, force: false };
    let switched = fx.run(|tx| switch(tx, &tech, &Utc, &request, t("10:00"))).expect("no switch");
    assert!(switched.stopped.is_none());
    assert_eq!(switched.started, first);
    assert_eq!(fx.audit_actions().len(), audits);
    // The ticket alone is another target.
    let request = Start { target: TargetSpec::ticket(2), ..Start::default() };
    let switched = fx.run(|tx| switch(tx, &tech, &Utc, &request, t("10:00"))).expect("switch");
    assert_eq!(switched.stopped.map(|s| s.session.work_session_id), Some(first.work_session_id));
}

#[test]
fn a_switch_in_the_second_the_timer_started_discards_it() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    fx.start(&tech, 1, t("09:00")).expect("start");
    let request = Start { target: TargetSpec::ticket(2), ..Start::default() };
    let switched = fx.run(|tx| switch(tx, &tech, &Utc, &request, t("09:00"))).expect("switch");
    assert_eq!(switched.stopped.map(|s| s.discarded), Some(true));
    let all = fx.all_sessions();
    assert_eq!((all.len(), all[0].ticket, all[0].end), (1, Some(2), None));
    let actions = fx.audit_actions();
    assert_eq!(&actions[actions.len() - 2..], ["timer.cancel", "timer.switch"]);
}

#[test]
fn a_refused_switch_leaves_the_old_timer_running() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let first = fx.start(&tech, 1, t("09:00")).expect("start");
    let audits = fx.audit_actions().len();
    for target in [TargetSpec::ticket(3), TargetSpec::ticket(99), TargetSpec::case(prefix(fx.tech2_case))] {
        let request = Start { tags: Vec::new(), target, note: String::new(), at: None, force: false };
        fx.run(|tx| switch(tx, &tech, &Utc, &request, t("10:00"))).expect_err("refused start");
        let running = fx.running(&tech).expect("still running");
        assert_eq!(
            (running.work_session_id, running.end, running.duration),
            (first.work_session_id, None, None)
        );
    }
    assert_eq!(fx.all_sessions().len(), 1);
    assert_eq!(fx.audit_actions().len(), audits, "nothing of the stop was recorded");
}

#[test]
fn switch_without_a_timer_is_a_conflict() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let request = Start { target: TargetSpec::ticket(2), ..Start::default() };
    assert_eq!(kind(fx.run(|tx| switch(tx, &tech, &Utc, &request, t("10:00")))), ErrorKind::Conflict);
}

#[test]
fn status_reports_the_running_timer_or_not_found() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    assert_eq!(kind(fx.run(|tx| status(tx, &tech, t("09:00")))), ErrorKind::NotFound);
    fx.start(&tech, 1, t("09:00")).expect("start");
    let running = fx.run(|tx| status(tx, &tech, t("10:15"))).expect("status");
    assert_eq!((running.elapsed_seconds, running.max_length), (4500, 12 * 3600));
    assert!(!running.is_over_max_length());
    assert_eq!(running.session.ticket, Some(1));
    let later = fx.run(|tx| status(tx, &tech, at("2024-03-15T21:00:01Z"))).expect("status");
    assert!(later.is_over_max_length());
}

#[test]
fn cancel_discards_the_running_timer_and_is_audited() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    assert_eq!(kind(fx.run(|tx| cancel(tx, &tech, t("09:00")))), ErrorKind::Conflict);
    let started = fx.start(&tech, 1, t("09:00")).expect("start");
    let cancelled = fx.run(|tx| cancel(tx, &tech, t("09:20"))).expect("cancel");
    assert_eq!(cancelled.work_session_id, started.work_session_id);
    assert!(fx.all_sessions().is_empty());
    assert_eq!(fx.audit_actions().last().map(String::as_str), Some("timer.cancel"));
}

#[test]
fn continue_restarts_the_last_stopped_target() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let none = Continue::default();
    assert_eq!(kind(fx.run(|tx| continue_last(tx, &tech, &Utc, &none, t("08:00")))), ErrorKind::NotFound);
    let both = TargetSpec { ticket: Some(2), case: Some(prefix(fx.tech_case)) };
    let request = Start { tags: Vec::new(), target: both, note: "vpn".into(), at: None, force: false };
    fx.run(|tx| start(tx, &tech, &Utc, &request, t("08:00"))).expect("start");
    fx.stop(&tech, None, t("09:00")).expect("stop");
    fx.empty_session(&tech, 1, t("09:00"));
    // The last stopped session is the zero-length one on #1, which started last.
    let continued = fx.run(|tx| continue_last(tx, &tech, &Utc, &none, t("10:00"))).expect("continue");
    assert_eq!((continued.ticket, continued.case_id, continued.start), (Some(1), None, t("10:00")));
    fx.stop(&tech, None, t("10:30")).expect("stop");
    fx.manual(&tech, 2, t("10:30"), t("11:00")).expect("manual on #2");
    set_ticket_status(&fx.store, fx.org, 2, "closed");
    let manual_last = fx.all_sessions().last().cloned().expect("manual");
    assert_eq!(manual_last.source, Source::Manual);
    let err = fx.run(|tx| continue_last(tx, &tech, &Utc, &none, t("11:30"))).expect_err("closed now");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let forced = Continue { note: Some("again".into()), at: Some(t("11:15")), force: true };
    let continued = fx.run(|tx| continue_last(tx, &tech, &Utc, &forced, t("11:30"))).expect("forced");
    assert_eq!((continued.ticket, continued.start, continued.note.as_str()), (Some(2), t("11:15"), "again"));
}

#[test]
fn continue_keeps_the_note_when_none_is_given() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let request = Start {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        note: "printer".into(),
        at: None,
        force: false,
    };
    fx.run(|tx| start(tx, &tech, &Utc, &request, t("08:00"))).expect("start");
    fx.stop(&tech, None, t("09:00")).expect("stop");
    let continued =
        fx.run(|tx| continue_last(tx, &tech, &Utc, &Continue::default(), t("10:00"))).expect("continue");
    assert_eq!(continued.note, "printer");
}

#[test]
fn the_forgotten_timer_warning_appears_past_the_max_length() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let warn = |fx: &mut Fx, now| fx.run(|tx| forgotten_timer_warning(tx, &tech, now)).expect("warning");
    assert_eq!(warn(&mut fx, t("09:00")), None);
    fx.start(&tech, 1, t("09:00")).expect("start");
    assert_eq!(warn(&mut fx, t("21:00")), None, "exactly the limit is fine");
    let message = warn(&mut fx, at("2024-03-15T21:00:01Z")).expect("a warning");
    for part in ["#1", "12:00:01", "timer.max_length (12h)", "stint timer stop --at"] {
        assert!(message.contains(part), "{part:?} missing from {message}");
    }
    fx.set_max_length("1h");
    assert!(warn(&mut fx, t("10:01")).is_some());
}

// ---- manual entries ----------------------------------------------------------------------

#[test]
fn manual_sessions_are_completed_and_in_the_past() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let made = fx.manual(&tech, 1, t("08:00"), t("09:30")).expect("manual");
    assert_eq!((made.source, made.duration_seconds, made.running), (Source::Manual, Some(5400), false));
    assert_eq!(kind(fx.manual(&tech, 1, t("10:00"), t("10:00"))), ErrorKind::Invalid);
    assert_eq!(kind(fx.manual(&tech, 1, t("10:00"), t("09:59"))), ErrorKind::Invalid);
    let err = fx.manual(&tech, 1, t("11:30"), t("12:01")).expect_err("ends after now (12:00)");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("future"), "{}", err.message());
    fx.manual(&tech, 1, t("11:30"), t("12:00")).expect("ending exactly now is in the past");
    let by_duration = Manual {
        tags: Vec::new(),
        target: TargetSpec::ticket(2),
        from: t("10:00"),
        end: ManualEnd::After(45 * 60),
        note: "call".into(),
        force: false,
    };
    let made = fx.manual_with(&tech, &by_duration, t("12:00")).expect("by duration");
    assert_eq!((made.end, made.duration_seconds), (Some(t("10:45")), Some(2700)));
    let zero = Manual { end: ManualEnd::After(0), from: t("11:00"), ..by_duration.clone() };
    assert_eq!(kind(fx.manual_with(&tech, &zero, t("12:00"))), ErrorKind::Invalid);
    assert_eq!(fx.audit_actions().last().map(String::as_str), Some("timer.manual"));
}

#[test]
fn manual_sessions_longer_than_the_max_length_need_force() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let now = at("2024-03-20T00:00:00Z");
    let long = Manual {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        from: at("2024-03-18T00:00:00Z"),
        end: ManualEnd::After(12 * 3600 + 1),
        note: String::new(),
        force: false,
    };
    let err = fx.manual_with(&tech, &long, now).expect_err("too long");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("timer.max_length (12h)") && err.message().contains("--force"));
    let exact = Manual { end: ManualEnd::After(12 * 3600), ..long.clone() };
    fx.manual_with(&tech, &exact, now).expect("exactly the limit");
    let forced = Manual { from: at("2024-03-19T00:00:00Z"), force: true, ..long };
    fx.manual_with(&tech, &forced, now).expect("forced");
}

#[test]
fn manual_sessions_never_overlap_but_may_touch() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let middle = fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("middle");
    fx.manual(&tech, 2, t("08:00"), t("09:00")).expect("touching before");
    fx.manual(&tech, 2, t("10:00"), t("11:00")).expect("touching after");
    for (from, to) in [("09:59", "10:30"), ("08:30", "09:01"), ("09:10", "09:20"), ("07:00", "11:30")] {
        let err = fx.manual(&tech, 1, t(from), t(to)).expect_err("overlap");
        assert_eq!(err.kind(), ErrorKind::Conflict, "{from}-{to}");
        assert!(err.message().contains("would overlap work session"), "{}", err.message());
    }
    let err = fx.manual(&tech, 1, t("09:30"), t("09:45")).expect_err("inside");
    assert!(err.message().contains(&short(middle.work_session_id)), "{}", err.message());
    assert_eq!(fx.all_sessions().len(), 3);
}

#[test]
fn a_running_timer_occupies_everything_after_its_start() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    fx.start(&tech, 1, t("10:00")).expect("start");
    let err = fx.manual(&tech, 2, t("10:30"), t("11:00")).expect_err("after the start");
    assert!(err.message().contains("running since 2024-03-15 10:00"), "{}", err.message());
    assert_eq!(kind(fx.manual(&tech, 2, t("09:30"), t("10:01"))), ErrorKind::Conflict);
    fx.manual(&tech, 2, t("09:00"), t("10:00")).expect("touching the start");
}

#[test]
fn two_users_may_record_identical_intervals() {
    let mut fx = Fx::new();
    let (tech, tech2) = (fx.tech.clone(), fx.tech2.clone());
    fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("first user");
    fx.manual(&tech2, 1, t("09:00"), t("10:00")).expect("second user, same interval");
    fx.start(&tech, 2, t("10:00")).expect("timer");
    fx.start(&tech2, 2, t("10:00")).expect("timer of another user at the same instant");
    assert_eq!(fx.all_sessions().len(), 4);
}

#[test]
fn notes_are_checked() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let request = Start {
        tags: Vec::new(),
        target: TargetSpec::ticket(1),
        note: "a\0b".into(),
        at: None,
        force: false,
    };
    assert_eq!(kind(fx.run(|tx| start(tx, &tech, &Utc, &request, t("09:00")))), ErrorKind::Invalid);
    let request = Start { note: "é".repeat(MAX_NOTE_CHARS + 1), ..request };
    assert_eq!(kind(fx.run(|tx| start(tx, &tech, &Utc, &request, t("09:00")))), ErrorKind::Invalid);
    let request = Start { note: "é".repeat(MAX_NOTE_CHARS), ..request };
    fx.run(|tx| start(tx, &tech, &Utc, &request, t("09:00"))).expect("at the limit");
}

// ---- edit, show, delete ------------------------------------------------------------------

#[test]
fn editing_only_the_note_works_even_on_a_zero_length_session() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let empty = fx.empty_session(&tech, 1, t("09:00"));
    let change = WorkSessionEdit { note: Some("quick reboot".into()), ..WorkSessionEdit::default() };
    let edited = fx.edit(&tech, empty, &change, t("12:00")).expect("edit note");
    assert!(edited.changed);
    assert_eq!(edited.session.note, "quick reboot");
    assert_eq!(
        (edited.session.start, edited.session.end, edited.session.duration_seconds),
        (t("09:00"), Some(t("09:00")), Some(0))
    );
    assert_eq!(edited.session.updated_at, t("12:00"));
    assert_eq!(fx.audit_actions().last().map(String::as_str), Some("work_session.edit"));
    // The same value again changes nothing and records nothing.
    let audits = fx.audit_actions().len();
    let again = fx.edit(&tech, empty, &change, t("12:05")).expect("again");
    assert!(!again.changed);
    assert_eq!(again.session.updated_at, t("12:00"));
    assert_eq!(fx.audit_actions().len(), audits);
}

#[test]
fn editing_times_recomputes_the_duration_and_checks_the_rules() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let now = t("12:00");
    let s = fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("manual").work_session_id;
    fx.manual(&tech, 2, t("10:30"), t("11:00")).expect("neighbour");
    let edit = |from: Option<&str>, to: Option<&str>| WorkSessionEdit {
        from: from.map(t),
        to: to.map(t),
        ..WorkSessionEdit::default()
    };
    // Moving within its own old span never conflicts with itself.
    let moved = fx.edit(&tech, s, &edit(Some("09:15"), Some("10:15")), now).expect("move");
    assert_eq!(
        (moved.session.start, moved.session.end, moved.session.duration_seconds),
        (t("09:15"), Some(t("10:15")), Some(3600))
    );
    let grown = fx.edit(&tech, s, &edit(None, Some("10:30")), now).expect("grow to touch");
    assert_eq!(grown.session.duration_seconds, Some(4500));
    let err = fx.edit(&tech, s, &edit(None, Some("10:31")), now).expect_err("into the neighbour");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert_eq!(kind(fx.edit(&tech, s, &edit(Some("10:30"), None), now)), ErrorKind::Invalid, "end <= start");
    assert_eq!(kind(fx.edit(&tech, s, &edit(Some("10:00"), Some("10:00")), now)), ErrorKind::Invalid);
    assert_eq!(
        kind(fx.edit(&tech, s, &edit(Some("11:30"), Some("12:01")), now)),
        ErrorKind::Invalid,
        "future"
    );
    assert_eq!(kind(fx.edit(&tech, s, &edit(Some("00:00"), Some("12:00")), now)), ErrorKind::Conflict);
    let long = WorkSessionEdit { from: Some(at("2024-03-14T20:00:00Z")), ..WorkSessionEdit::default() };
    assert_eq!(kind(fx.edit(&tech, s, &long, now)), ErrorKind::Invalid, "longer than 12h");
    let forced = WorkSessionEdit { force: true, ..long };
    assert_eq!(
        fx.edit(&tech, s, &forced, now).expect("forced").session.duration_seconds,
        Some(14 * 3600 + 1800)
    );
    assert_eq!(
        kind(fx.edit(&tech, s, &WorkSessionEdit::default(), now)),
        ErrorKind::Invalid,
        "nothing to change"
    );
}

#[test]
fn editing_a_running_session_may_move_its_start_but_not_end_it() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    fx.manual(&tech, 1, t("08:00"), t("09:00")).expect("earlier");
    let running = fx.start(&tech, 2, t("10:00")).expect("start").work_session_id;
    let from = |clock| WorkSessionEdit { from: Some(t(clock)), ..WorkSessionEdit::default() };
    let edited = fx.edit(&tech, running, &from("09:00"), t("11:00")).expect("back-date the start");
    assert!(edited.session.running);
    assert_eq!((edited.session.start, edited.session.duration_seconds), (t("09:00"), None));
    assert_eq!(kind(fx.edit(&tech, running, &from("08:59"), t("11:00"))), ErrorKind::Conflict);
    assert_eq!(kind(fx.edit(&tech, running, &from("11:01"), t("11:00"))), ErrorKind::Invalid);
    let to = WorkSessionEdit { to: Some(t("10:30")), ..WorkSessionEdit::default() };
    assert_eq!(kind(fx.edit(&tech, running, &to, t("11:00"))), ErrorKind::Conflict);
}

#[test]
fn editing_the_target_checks_it_and_keeps_one() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let s = fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("manual").work_session_id;
    let now = t("12:00");
    let change = WorkSessionEdit { ticket: Some(Some(2)), ..WorkSessionEdit::default() };
    assert_eq!(fx.edit(&tech, s, &change, now).expect("retarget").session.ticket, Some(2));
    let change = WorkSessionEdit { ticket: Some(Some(3)), ..WorkSessionEdit::default() };
    assert_eq!(kind(fx.edit(&tech, s, &change, now)), ErrorKind::Conflict, "closed ticket");
    let change = WorkSessionEdit { ticket: Some(None), ..WorkSessionEdit::default() };
    assert_eq!(kind(fx.edit(&tech, s, &change, now)), ErrorKind::Invalid, "no target left");
    let change = WorkSessionEdit {
        ticket: Some(None),
        case: Some(Some(prefix(fx.tech_case))),
        ..WorkSessionEdit::default()
    };
    let edited = fx.edit(&tech, s, &change, now).expect("to a case");
    assert_eq!((edited.session.ticket, edited.session.case_id), (None, Some(fx.tech_case)));
    // The unchanged part of the target is not re-checked: the case may close meanwhile.
    set_case_status(&fx.store, fx.tech_case, "closed");
    let change = WorkSessionEdit { note: Some("done".into()), ..WorkSessionEdit::default() };
    fx.edit(&tech, s, &change, now).expect("note on a session of a closed case");
}

#[test]
fn only_supervisors_and_admins_correct_other_peoples_sessions() {
    let mut fx = Fx::new();
    let (tech, tech2, sup, admin, viewer) =
        (fx.tech.clone(), fx.tech2.clone(), fx.sup.clone(), fx.admin.clone(), fx.viewer.clone());
    let theirs = fx.manual(&tech2, 1, t("09:00"), t("10:00")).expect("manual").work_session_id;
    let change = WorkSessionEdit { note: Some("x".into()), ..WorkSessionEdit::default() };
    // A technician does not even find another's session by prefix.
    let err = fx.edit(&tech, theirs, &change, t("12:00")).expect_err("not theirs");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(err.message().contains("of yours"), "{}", err.message());
    let reference = WorkSessionRef { id: SessionSelector::Id(prefix(theirs)), user: Some("theo".into()) };
    assert_eq!(
        kind(fx.run(|tx| edit(tx, &tech, &Utc, &reference, &change, t("12:00")))),
        ErrorKind::PermissionDenied
    );
    assert_eq!(kind(fx.edit(&viewer, theirs, &change, t("12:00"))), ErrorKind::PermissionDenied);
    // A supervisor corrects it; the overlap check is against the owner's sessions, not theirs.
    fx.manual(&sup, 1, t("10:00"), t("11:00")).expect("supervisor's own");
    let change = WorkSessionEdit { to: Some(t("10:45")), ..WorkSessionEdit::default() };
    let edited = fx.run(|tx| edit(tx, &sup, &Utc, &reference, &change, t("12:00"))).expect("correct");
    assert_eq!((edited.session.user.as_str(), edited.session.duration_seconds), ("theo", Some(6300)));
    let org = fx.org;
    let last = fx.store.read(|tx| tx.list_audit(org, &AuditFilter::default())).expect("audit")[0].clone();
    assert_eq!((last.action.as_str(), last.actor.as_str()), ("work_session.edit", "sam"));
    assert_eq!(last.before.as_ref().and_then(|b| b["end"].as_str()), Some("2024-03-15T10:00:00Z"));
    assert_eq!(last.after.as_ref().and_then(|a| a["end"].as_str()), Some("2024-03-15T10:45:00Z"));
    fx.run(|tx| delete(tx, &admin, &WorkSessionRef::new(prefix(theirs)), t("12:00"))).expect("admin deletes");
    assert!(fx.list(&tech2, &WorkSessionFilter::default()).expect("list").is_empty());
}

#[test]
fn delete_removes_ones_own_session_and_is_audited() {
    let mut fx = Fx::new();
    let (tech, tech2) = (fx.tech.clone(), fx.tech2.clone());
    let mine = fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("manual").work_session_id;
    let reference = WorkSessionRef::new(prefix(mine));
    assert_eq!(kind(fx.run(|tx| delete(tx, &tech2, &reference, t("12:00")))), ErrorKind::NotFound);
    let deleted = fx.run(|tx| delete(tx, &tech, &reference, t("12:00"))).expect("delete");
    assert_eq!(deleted.work_session_id, mine);
    assert_eq!(kind(fx.run(|tx| delete(tx, &tech, &reference, t("12:00")))), ErrorKind::NotFound);
    let org = fx.org;
    let last = fx.store.read(|tx| tx.list_audit(org, &AuditFilter::default())).expect("audit")[0].clone();
    assert_eq!((last.action.as_str(), last.object_id), ("work_session.delete", mine.to_string()));
    assert_eq!(last.before.as_ref().and_then(|b| b["ticket"].as_i64()), Some(1));
    // The freed time can be used again.
    fx.manual(&tech, 2, t("09:00"), t("10:00")).expect("reuse");
}

#[test]
fn show_finds_by_unique_prefix_within_what_the_actor_may_see() {
    let mut fx = Fx::new();
    let (tech, tech2, viewer) = (fx.tech.clone(), fx.tech2.clone(), fx.viewer.clone());
    let (org, tech_id) = (fx.org, tech.user_id);
    let ids: Vec<WorkSessionId> =
        ["abcd0000-0000-4000-8000-000000000001", "abcd1111-0000-4000-8000-000000000002"]
            .iter()
            .map(|s| s.parse().expect("uuid"))
            .collect();
    for (i, id) in ids.iter().enumerate() {
        let start = t("08:00").plus(i as i64 * 3600).expect("time");
        let session = WorkSession {
            work_session_id: *id,
            org_id: org,
            user_id: tech_id,
            ticket: Some(TicketRef { ticket_id: 1, number: 1 }),
            case_id: None,
            start,
            end: Some(start.plus(600).expect("time")),
            duration: Some(600),
            utc_offset: 0,
            note: String::new(),
            source: Source::Import,
            created_at: start,
            updated_at: start,
        };
        fx.run(|tx| tx.insert_work_session(&session)).expect("insert");
    }
    let show_as = |fx: &mut Fx, who: &Actor, p: &str| {
        let reference = WorkSessionRef::new(p.parse().expect("prefix"));
        fx.store.read(|tx| show(tx, who, &reference))
    };
    let err = show_as(&mut fx, &tech, "abcd").expect_err("ambiguous");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("abcd0000-") && err.message().contains("abcd1111-"), "{}", err.message());
    let found = show_as(&mut fx, &tech, "ABCD1").expect("unique");
    assert_eq!((found.work_session_id, found.source, found.ticket), (ids[1], Source::Import, Some(1)));
    assert_eq!(kind(show_as(&mut fx, &tech, "abcd2")), ErrorKind::NotFound);
    assert_eq!(kind(show_as(&mut fx, &tech2, "abcd0")), ErrorKind::NotFound);
    assert_eq!(show_as(&mut fx, &viewer, "abcd0").expect("viewers see everyone's").user, "tess");
}

// ---- list --------------------------------------------------------------------------------

#[test]
fn list_scopes_follow_the_permission_matrix() {
    let mut fx = Fx::new();
    let (tech, tech2, sup, viewer) = (fx.tech.clone(), fx.tech2.clone(), fx.sup.clone(), fx.viewer.clone());
    fx.manual(&tech, 1, t("09:00"), t("10:00")).expect("tech");
    fx.manual(&tech2, 1, t("08:00"), t("09:00")).expect("tech2");
    let own = fx.list(&tech, &WorkSessionFilter::default()).expect("own");
    assert_eq!(own.iter().map(|s| s.user.as_str()).collect::<Vec<_>>(), ["tess"]);
    let all = WorkSessionFilter { scope: Scope::All, ..WorkSessionFilter::default() };
    assert_eq!(kind(fx.list(&tech, &all)), ErrorKind::PermissionDenied);
    let everyone = fx.list(&viewer, &all).expect("viewer sees all");
    assert_eq!(everyone.iter().map(|s| s.user.as_str()).collect::<Vec<_>>(), ["theo", "tess"]);
    let theo = WorkSessionFilter { scope: Scope::User("theo".into()), ..WorkSessionFilter::default() };
    assert_eq!(kind(fx.list(&tech, &theo)), ErrorKind::PermissionDenied);
    assert_eq!(fx.list(&sup, &theo).expect("supervisor").len(), 1);
    let me = WorkSessionFilter { scope: Scope::User("me".into()), ..WorkSessionFilter::default() };
    assert_eq!(fx.list(&tech, &me).expect("me").len(), 1);
    let nobody = WorkSessionFilter { scope: Scope::User("nobody".into()), ..WorkSessionFilter::default() };
    assert_eq!(kind(fx.list(&sup, &nobody)), ErrorKind::NotFound);
}

#[test]
fn list_filters_by_target_running_and_range() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let a = fx.manual(&tech, 1, t("08:00"), t("09:00")).expect("a").work_session_id;
    let case = Manual {
        tags: Vec::new(),
        target: TargetSpec { ticket: Some(2), case: Some(prefix(fx.tech_case)) },
        from: t("09:00"),
        end: ManualEnd::At(t("10:00")),
        note: String::new(),
        force: false,
    };
    let b = fx.manual_with(&tech, &case, t("12:00")).expect("b").work_session_id;
    let z = fx.empty_session(&tech, 1, t("10:00"));
    let r = fx.start(&tech, 2, t("11:00")).expect("running").work_session_id;
    let ids = |fx: &mut Fx, filter: WorkSessionFilter| -> Vec<WorkSessionId> {
        fx.list(&tech, &filter).expect("list").into_iter().map(|s| s.work_session_id).collect()
    };
    let range = |from: &str, to: &str| WorkSessionFilter {
        from: Some(t(from)),
        to: Some(t(to)),
        ..WorkSessionFilter::default()
    };
    assert_eq!(ids(&mut fx, WorkSessionFilter::default()), [a, b, z, r]);
    assert_eq!(ids(&mut fx, WorkSessionFilter { ticket: Some(1), ..WorkSessionFilter::default() }), [a, z]);
    let by_case = WorkSessionFilter { case: Some(prefix(fx.tech_case)), ..WorkSessionFilter::default() };
    assert_eq!(ids(&mut fx, by_case), [b]);
    assert_eq!(ids(&mut fx, WorkSessionFilter { running: true, ..WorkSessionFilter::default() }), [r]);
    // Half-open overlap: touching the range is outside it; a straddling session is inside.
    assert_eq!(ids(&mut fx, range("09:00", "10:00")), [b]);
    assert_eq!(ids(&mut fx, range("08:30", "09:30")), [a, b]);
    // A zero-length session belongs to the range its instant lies in.
    assert_eq!(ids(&mut fx, range("10:00", "10:30")), [z]);
    assert_eq!(ids(&mut fx, range("09:30", "10:00")), [b]);
    // A running session reaches every later range.
    assert_eq!(ids(&mut fx, range("23:00", "23:30")), [r]);
    assert_eq!(ids(&mut fx, WorkSessionFilter { to: Some(t("08:30")), ..WorkSessionFilter::default() }), [a]);
    assert_eq!(
        ids(&mut fx, WorkSessionFilter { from: Some(t("10:30")), ..WorkSessionFilter::default() }),
        [r]
    );
    assert_eq!(kind(fx.list(&tech, &range("10:00", "10:00"))), ErrorKind::Invalid);
    assert_eq!(
        kind(fx.list(&tech, &WorkSessionFilter { ticket: Some(99), ..WorkSessionFilter::default() })),
        ErrorKind::NotFound
    );
}

#[test]
fn list_streams_views_with_stable_field_names() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    fx.manual(&tech, 1, t("08:00"), t("09:00")).expect("manual");
    fx.start(&tech, 2, t("09:00")).expect("start");
    let mut seen = Vec::new();
    fx.store
        .read(|tx| {
            for_each(tx, &tech, &WorkSessionFilter::default(), &mut |view| {
                seen.push(serde_json::to_value(&view).expect("json"));
                Ok(())
            })
        })
        .expect("stream");
    let keys: Vec<&str> = seen[0].as_object().expect("object").keys().map(String::as_str).collect();
    let mut expected = [
        "work_session_id",
        "user",
        "ticket",
        "case_id",
        "start",
        "end",
        "duration_seconds",
        "utc_offset",
        "note",
        "source",
        "running",
        "created_at",
        "updated_at",
        "tags",
    ];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(seen[0]["start"], "2024-03-15T08:00:00Z");
    assert_eq!(seen[0]["duration_seconds"], 3600);
    assert_eq!(seen[0]["source"], "manual");
    assert_eq!(seen[0]["tags"], serde_json::json!([]), "an untagged session has an empty list");
    assert_eq!((seen[1]["end"].is_null(), &seen[1]["running"]), (true, &serde_json::Value::Bool(true)));
    // A failing callback stops the stream and its error comes back.
    let err = fx
        .store
        .read(|tx| {
            for_each(tx, &tech, &WorkSessionFilter::default(), &mut |_| Err(Error::internal("stop here")))
        })
        .expect_err("callback error");
    assert_eq!(err.message(), "stop here");
}

// ---- the database backstop ---------------------------------------------------------------

fn raw_session(fx: &Fx, who: &Actor, start: Timestamp, end: Option<Timestamp>) -> WorkSession {
    WorkSession {
        work_session_id: WorkSessionId::random(),
        org_id: fx.org,
        user_id: who.user_id,
        ticket: Some(TicketRef { ticket_id: 1, number: 1 }),
        case_id: None,
        start,
        end,
        duration: end.map(|e| e.since(start)),
        utc_offset: 0,
        note: String::new(),
        source: Source::Import,
        created_at: start,
        updated_at: start,
    }
}

#[test]
fn the_schema_refuses_overlaps_that_bypass_the_core() {
    let mut fx = Fx::new();
    let (tech, tech2) = (fx.tech.clone(), fx.tech2.clone());
    let first = raw_session(&fx, &tech, t("09:00"), Some(t("10:00")));
    fx.run(|tx| tx.insert_work_session(&first)).expect("first");
    let overlapping = raw_session(&fx, &tech, t("09:30"), Some(t("10:30")));
    let err = fx.run(|tx| tx.insert_work_session(&overlapping)).expect_err("trigger");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.message().contains("overlap"), "{}", err.message());
    let other_user = raw_session(&fx, &tech2, t("09:30"), Some(t("10:30")));
    fx.run(|tx| tx.insert_work_session(&other_user)).expect("another user");
    let touching = raw_session(&fx, &tech, t("10:00"), Some(t("11:00")));
    fx.run(|tx| tx.insert_work_session(&touching)).expect("touching");
    let empty = raw_session(&fx, &tech, t("09:30"), Some(t("09:30")));
    fx.run(|tx| tx.insert_work_session(&empty)).expect("empty overlaps nothing");
    // Updates are guarded too.
    let mut moved = touching.clone();
    moved.start = t("09:59");
    moved.duration = Some(moved.end.expect("end").since(moved.start));
    assert_eq!(kind(fx.run(|tx| tx.update_work_session(&moved))), ErrorKind::Conflict);
    // A second running session is refused whichever guard sees it first.
    let running = raw_session(&fx, &tech, t("11:00"), None);
    fx.run(|tx| tx.insert_work_session(&running)).expect("running");
    let second = raw_session(&fx, &tech, t("11:30"), None);
    assert_eq!(kind(fx.run(|tx| tx.insert_work_session(&second))), ErrorKind::Conflict);
    let mut wrong = raw_session(&fx, &tech2, t("11:00"), Some(t("12:00")));
    wrong.duration = Some(1);
    assert_eq!(kind(fx.run(|tx| tx.insert_work_session(&wrong))), ErrorKind::Invalid);
}

// ---- properties --------------------------------------------------------------------------

mod properties {
    use proptest::prelude::*;

    use super::*;

    /// One minute per unit; every interval lies on 15 March 2024 before noon.
    fn u(units: i64) -> Timestamp {
        t("00:00").plus(units * 60).expect("time")
    }

    const NOW_UNITS: i64 = 720;

    #[derive(Debug, Clone)]
    enum Op {
        /// A manual session `[start, start + len)`.
        Manual {
            start: i64,
            len: i64,
        },
        /// A timer back-dated to `start` and stopped `len` later (possibly in the same second).
        Timer {
            start: i64,
            len: i64,
        },
        /// Moves the `pick`-th accepted session (modulo their number).
        Edit {
            pick: usize,
            start: i64,
            len: i64,
        },
        Delete {
            pick: usize,
        },
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0..200_i64, 0..40_i64).prop_map(|(start, len)| Op::Manual { start, len }),
            2 => (0..200_i64, 0..40_i64).prop_map(|(start, len)| Op::Timer { start, len }),
            2 => (any::<usize>(), 0..200_i64, 0..40_i64).prop_map(|(pick, start, len)| Op::Edit { pick, start, len }),
            1 => any::<usize>().prop_map(|pick| Op::Delete { pick }),
        ]
    }

    /// The brute-force rule: `[start, end)` overlaps any accepted interval but `exclude`.
    fn clashes(
        accepted: &[(WorkSessionId, i64, i64)],
        start: i64,
        end: i64,
        exclude: Option<WorkSessionId>,
    ) -> bool {
        start < end && accepted.iter().any(|&(id, s, e)| Some(id) != exclude && s < e && s < end && start < e)
    }

    fn assert_disjoint(accepted: &[(WorkSessionId, i64, i64)]) {
        for (i, a) in accepted.iter().enumerate() {
            for b in &accepted[i + 1..] {
                assert!(
                    !intervals_overlap((u(a.1), Some(u(a.2))), (u(b.1), Some(u(b.2)))),
                    "{a:?} and {b:?}"
                );
            }
        }
    }

    fn expect_verdict(result: Result<WorkSessionView>, clash: bool, what: &str) -> Option<WorkSessionView> {
        match result {
            Ok(view) => {
                assert!(!clash, "{what}: accepted although it overlaps");
                Some(view)
            }
            Err(err) => {
                assert!(clash, "{what}: refused without an overlap: {}", err.message());
                assert_eq!(err.kind(), ErrorKind::Conflict, "{what}");
                // The core's seek-based check caught it, not the schema's backstop.
                assert!(err.message().contains("would overlap work session"), "{what}: {}", err.message());
                None
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Random manual entries, timers and edits for one user: what is accepted never
        /// overlaps, and every verdict matches the brute-force check.
        #[test]
        fn accepted_sessions_never_overlap_and_the_seek_agrees_with_brute_force(
            ops in proptest::collection::vec(op(), 1..40)
        ) {
            let mut fx = Fx::new();
            let tech = fx.tech.clone();
            let now = u(NOW_UNITS);
            let mut accepted: Vec<(WorkSessionId, i64, i64)> = Vec::new();
            for op in ops {
                match op {
                    Op::Manual { start, len } => {
                        let request = Manual { tags: Vec::new(),
                            target: TargetSpec::ticket(1),
                            from: u(start),
                            end: ManualEnd::At(u(start + len)),
                            note: String::new(),
                            force: false,
                        };
                        let result = fx.run(|tx| manual(tx, &tech, &Utc, &request, now));
                        if len == 0 {
                            prop_assert_eq!(kind(result), ErrorKind::Invalid);
                            continue;
                        }
                        let clash = clashes(&accepted, start, start + len, None);
                        if let Some(view) = expect_verdict(result, clash, "manual") {
                            accepted.push((view.work_session_id, start, start + len));
                        }
                    }
                    Op::Timer { start, len } => {
                        let clash = clashes(&accepted, start, i64::MAX, None);
                        let result = fx.start_on(&tech, TargetSpec::ticket(2), Some(u(start)), now);
                        if let Some(view) = expect_verdict(result, clash, "timer") {
                            let stopped = fx.stopped(&tech, Some(u(start + len)), now).expect("stop");
                            prop_assert_eq!(stopped.discarded, len == 0);
                            if len > 0 {
                                prop_assert_eq!(stopped.session.duration_seconds, Some(len * 60));
                                accepted.push((view.work_session_id, start, start + len));
                            }
                        }
                    }
                    Op::Edit { pick, start, len } => {
                        if accepted.is_empty() || len == 0 {
                            continue;
                        }
                        let index = pick % accepted.len();
                        let id = accepted[index].0;
                        let change = WorkSessionEdit {
                            from: Some(u(start)),
                            to: Some(u(start + len)),
                            ..WorkSessionEdit::default()
                        };
                        let clash = clashes(&accepted, start, start + len, Some(id));
                        let result = fx.edit(&tech, id, &change, now).map(|e| e.session);
                        if expect_verdict(result, clash, "edit").is_some() {
                            accepted[index] = (id, start, start + len);
                        }
                    }
                    Op::Delete { pick } => {
                        if accepted.is_empty() {
                            continue;
                        }
                        let (id, _, _) = accepted.remove(pick % accepted.len());
                        fx.run(|tx| delete(tx, &tech, &WorkSessionRef::new(prefix(id)), now)).expect("delete");
                    }
                }
                assert_disjoint(&accepted);
            }
            let stored: Vec<(WorkSessionId, i64, i64)> = fx
                .list(&tech, &WorkSessionFilter::default())
                .expect("list")
                .into_iter()
                .map(|v| (v.work_session_id, v.start.since(u(0)) / 60, v.end.expect("stopped").since(u(0)) / 60))
                .collect();
            let mut expected = accepted.clone();
            expected.sort_by_key(|&(id, s, _)| (s, id));
            prop_assert_eq!(stored, expected);
        }

        /// Intervals that only touch are always accepted, in any order.
        #[test]
        fn touching_intervals_are_always_accepted(
            order in proptest::collection::btree_set(1..500_i64, 1..25)
                .prop_map(|cuts| {
                    let cuts: Vec<i64> = std::iter::once(0).chain(cuts).collect();
                    cuts.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>()
                })
                .prop_shuffle()
        ) {
            let mut fx = Fx::new();
            let tech = fx.tech.clone();
            for &(start, end) in &order {
                let request = Manual { tags: Vec::new(),
                    target: TargetSpec::ticket(1),
                    from: u(start),
                    end: ManualEnd::At(u(end)),
                    note: String::new(),
                    force: false,
                };
                fx.run(|tx| manual(tx, &tech, &Utc, &request, u(NOW_UNITS))).expect("touching is accepted");
            }
            let count = fx.list(&tech, &WorkSessionFilter::default()).expect("list").len();
            prop_assert_eq!(count, order.len());
        }

        /// The schema's trigger, reached by inserting straight through the store, agrees with
        /// the brute-force rule, running sessions included.
        #[test]
        fn the_trigger_agrees_with_brute_force(
            rows in proptest::collection::vec((0..200_i64, proptest::option::weighted(0.9, 0..40_i64)), 1..40)
        ) {
            let mut fx = Fx::new();
            let tech = fx.tech.clone();
            let mut accepted: Vec<(WorkSessionId, i64, i64)> = Vec::new();
            for (start, len) in rows {
                let end = len.map_or(i64::MAX, |l| start + l);
                let session = raw_session(&fx, &tech, u(start), len.map(|l| u(start + l)));
                let clash = clashes(&accepted, start, end, None);
                let result = fx.run(|tx| tx.insert_work_session(&session));
                prop_assert_eq!(result.is_err(), clash, "{:?}", result);
                if result.is_ok() {
                    accepted.push((session.work_session_id, start, end));
                } else {
                    prop_assert_eq!(kind(result), ErrorKind::Conflict);
                }
            }
        }

        /// A range listing returns exactly the sessions that overlap the range (zero-length
        /// ones when their instant lies in it), for one user and for everyone, by start.
        #[test]
        fn range_listing_matches_brute_force(
            rows in proptest::collection::vec((0..3_usize, 0..300_i64, 0..60_i64), 1..40),
            from in proptest::option::of(0..400_i64),
            width in proptest::option::of(1..200_i64),
            running in proptest::collection::vec(0..400_i64, 0..3),
        ) {
            let mut fx = Fx::new();
            let users = [fx.tech.clone(), fx.tech2.clone(), fx.sup.clone()];
            let now = u(1000);
            let mut stored: Vec<(WorkSessionId, usize, i64, Option<i64>)> = Vec::new();
            for (who, start, len) in rows {
                let session = raw_session(&fx, &users[who], u(start), Some(u(start + len)));
                if fx.run(|tx| tx.insert_work_session(&session)).is_ok() {
                    stored.push((session.work_session_id, who, start, Some(start + len)));
                }
            }
            for (who, start) in running.into_iter().enumerate() {
                if let Ok(view) = fx.start_on(&users[who], TargetSpec::ticket(1), Some(u(start)), now) {
                    stored.push((view.work_session_id, who, start, None));
                }
            }
            let to = match (from, width) {
                (Some(f), Some(w)) => Some(f + w),
                (None, Some(w)) => Some(w),
                _ => None,
            };
            let matches = |&(_, _, s, e): &(WorkSessionId, usize, i64, Option<i64>)| {
                let before_to = to.is_none_or(|to| s < to);
                let after_from = from.is_none_or(|f| e.is_none_or(|e| e > f) || s >= f);
                before_to && after_from
            };
            let filter = |scope: Scope| WorkSessionFilter {
                scope,
                from: from.map(u),
                to: to.map(u),
                ..WorkSessionFilter::default()
            };
            let admin = fx.admin.clone();
            let listed: Vec<WorkSessionId> =
                fx.list(&admin, &filter(Scope::All)).expect("all").into_iter().map(|v| v.work_session_id).collect();
            let mut expected: Vec<_> = stored.iter().filter(|r| matches(r)).map(|r| (r.2, r.0)).collect();
            expected.sort_unstable();
            prop_assert_eq!(listed, expected.into_iter().map(|(_, id)| id).collect::<Vec<_>>());
            for (who, user) in users.iter().enumerate() {
                let listed: Vec<WorkSessionId> = fx
                    .list(&admin, &filter(Scope::User(user.username.clone())))
                    .expect("one user")
                    .into_iter()
                    .map(|v| v.work_session_id)
                    .collect();
                let mut expected: Vec<_> =
                    stored.iter().filter(|r| r.1 == who && matches(r)).map(|r| (r.2, r.0)).collect();
                expected.sort_unstable();
                prop_assert_eq!(listed, expected.into_iter().map(|(_, id)| id).collect::<Vec<_>>());
            }
        }
    }
}

#[test]
fn ticket_numbers_read_with_or_without_a_hash() {
    use crate::ticket::parse_number as parse_ticket_number;
    assert_eq!(parse_ticket_number("42"), Ok(42));
    assert_eq!(parse_ticket_number(" #7 "), Ok(7));
    for bad in ["", "#", "0", "-1", "#-1", "4x", "##4", "1e3", "٤٢", "99999999999999999999", "+4"] {
        assert!(parse_ticket_number(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn the_picker_offers_open_targets_most_recently_worked_first() {
    let mut fx = Fx::new();
    let (tech, sup, viewer) = (fx.tech.clone(), fx.sup.clone(), fx.viewer.clone());
    fx.manual(&tech, 2, t("08:00"), t("09:00")).expect("#2 earlier");
    let mine = Manual {
        tags: Vec::new(),
        target: TargetSpec::case(prefix(fx.tech_case)),
        from: t("09:00"),
        end: ManualEnd::At(t("10:00")),
        note: String::new(),
        force: false,
    };
    fx.manual_with(&tech, &mine, t("12:00")).expect("case later");
    let offered = fx.run(|tx| pick_targets(tx, &tech)).expect("targets");
    let labels: Vec<(Option<i64>, Option<CaseId>)> = offered.iter().map(|p| (p.ticket, p.case_id)).collect();
    // Worked on last first, then the rest; closed #3, the archived case and others' cases absent.
    assert_eq!(labels, [(None, Some(fx.tech_case)), (Some(2), None), (Some(1), None)]);
    assert_eq!(offered[0].last_worked, Some(t("09:00")));
    assert!(offered[1].label().starts_with("#2  Ticket 2"), "{}", offered[1].label());
    assert_eq!(offered[0].spec().expect("spec").case, Some(prefix(fx.tech_case)));
    let for_sup = fx.run(|tx| pick_targets(tx, &sup)).expect("targets");
    assert_eq!(for_sup.iter().filter(|p| p.case_id.is_some()).count(), 2, "every open case");
    assert_eq!(kind(fx.run(|tx| pick_targets(tx, &viewer))), ErrorKind::PermissionDenied);
}

#[test]
fn tags_follow_start_switch_continue_and_edits_and_are_audited() {
    let mut fx = Fx::new();
    let tech = fx.tech.clone();
    let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<String>>();
    let request = Start {
        tags: names(&["vpn", "onsite"]),
        target: TargetSpec::ticket(1),
        note: String::new(),
        at: None,
        force: false,
    };
    let started = fx.run(|tx| start(tx, &tech, &Utc, &request, t("08:00"))).expect("start");
    assert_eq!(started.tags, names(&["onsite", "vpn"]));
    let status = fx.store.read(|tx| status(tx, &tech, t("08:30"))).expect("status");
    assert_eq!(status.session.tags, started.tags);
    let to_two = Start {
        tags: names(&["call"]),
        target: TargetSpec::ticket(2),
        note: String::new(),
        at: None,
        force: false,
    };
    let switched = fx.run(|tx| switch(tx, &tech, &Utc, &to_two, t("09:00"))).expect("switch");
    assert_eq!(switched.stopped.expect("stopped").session.tags, names(&["onsite", "vpn"]));
    assert_eq!(switched.started.tags, names(&["call"]));
    fx.stop(&tech, None, t("09:30")).expect("stop");
    let continued =
        fx.run(|tx| continue_last(tx, &tech, &Utc, &Continue::default(), t("10:00"))).expect("continue");
    assert_eq!(continued.tags, names(&["call"]), "continue keeps the last session's tags");
    fx.stop(&tech, None, t("10:30")).expect("stop");

    let change =
        WorkSessionEdit { tag: names(&["remote"]), untag: names(&["call", "absent"]), ..Default::default() };
    let edited = fx.edit(&tech, continued.work_session_id, &change, t("11:00")).expect("edit");
    assert!(edited.changed);
    assert_eq!(edited.session.tags, names(&["remote"]));
    let again = fx.edit(&tech, continued.work_session_id, &change, t("11:00")).expect("edit again");
    assert!(!again.changed, "the same tags again change nothing");
    let bad = WorkSessionEdit { tag: names(&["two words"]), ..Default::default() };
    let err = fx.edit(&tech, continued.work_session_id, &bad, t("11:00")).expect_err("bad name");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.message().contains("no whitespace, commas or semicolons"), "{}", err.message());
    let refused = Manual {
        tags: names(&["a;b"]),
        target: TargetSpec::ticket(1),
        from: t("06:00"),
        end: ManualEnd::At(t("07:00")),
        note: String::new(),
        force: false,
    };
    assert_eq!(kind(fx.manual_with(&tech, &refused, t("12:00"))), ErrorKind::Invalid);
    assert_eq!(fx.all_sessions().len(), 3, "a refused tag writes nothing");

    // The audit shows the tags before and after.
    let org = fx.org;
    let audit = fx.store.read(|tx| tx.list_audit(org, &AuditFilter::default())).expect("audit");
    let last_edit = audit.iter().find(|e| e.action == "work_session.edit").expect("edit event");
    let tags_of = |snapshot: &Option<serde_json::Value>| snapshot.as_ref().map(|s| s["tags"].clone());
    assert_eq!(tags_of(&last_edit.before), Some(serde_json::json!(["call"])));
    assert_eq!(tags_of(&last_edit.after), Some(serde_json::json!(["remote"])));

    let reference = WorkSessionRef::new(prefix(continued.work_session_id));
    let deleted = fx.run(|tx| delete(tx, &tech, &reference, t("12:00"))).expect("delete");
    assert_eq!(deleted.tags, names(&["remote"]), "the deleted session is shown with its tags");
}
