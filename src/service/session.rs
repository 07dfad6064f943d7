//! Work-session operations: show, edit, delete, report, summary, and the two that stream — the listing,
//! handed to a sink row by row, and the import, read from a body inside its one transaction.
//! Time expressions and named periods arrive as typed and are read here, with the service's
//! clock and the caller's zone.

use std::io::{BufReader, Read};

use serde::{Deserialize, Serialize};

use super::case::relink;
use super::timer::instant;
use super::{Call, LocalService, Mode, Op, Registry, Reply, Service};
use crate::auth::Authenticated;
use crate::error::{Error, Result};
use crate::id::IdPrefix;
use crate::import_formats::{self, InputFormat, TagMapping};
use crate::report::{self, GroupBy, Report, SummaryEntry};
use crate::store::Tx;
use crate::time::Period;
use crate::work::{
    self, Edited, ImportOptions, ImportSummary, Scope, WorkSessionEdit, WorkSessionFilter, WorkSessionRef,
    WorkSessionView,
};

/// How many work sessions a detail view (`ticket show`, `case show`) lists: the latest.
pub const DETAIL_SESSIONS: u32 = 10;

/// The work sessions under a ticket or case, as a detail view shows them: the latest
/// [`DETAIL_SESSIONS`] the caller may see, oldest first, and how many there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LatestSessions {
    pub sessions: Vec<WorkSessionView>,
    pub count: u64,
    /// They are everyone's sessions (the caller may see all time), not only the caller's.
    pub all_users: bool,
}

/// The sessions on `ticket` or `case` the actor may see: a count and, when `list`, the latest
/// few. Both are bounded questions, however many sessions there are. Someone who may see no
/// time gets none.
pub(crate) fn latest_sessions(
    tx: &dyn Tx,
    actor: &crate::actor::Actor,
    list: bool,
    ticket: Option<i64>,
    case: Option<IdPrefix>,
) -> Result<LatestSessions> {
    use crate::permission::{self, Capability};
    if !permission::allows(actor.role, Capability::ViewOwnTime) {
        return Ok(LatestSessions::default());
    }
    let all_users = permission::allows(actor.role, Capability::ViewAllTime);
    let scope = if all_users { Scope::All } else { Scope::Own };
    let mut filter = WorkSessionFilter { scope, ticket, case, ..WorkSessionFilter::default() };
    let count = work::count(tx, actor, &filter)?;
    let mut sessions = Vec::new();
    if list && count > 0 {
        filter.latest = Some(DETAIL_SESSIONS);
        work::for_each(tx, actor, &filter, &mut |session| {
            sessions.push(session);
            Ok(())
        })?;
    }
    Ok(LatestSessions { sessions, count, all_users })
}

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<SessionShow>();
    registry.op::<SessionRecent>();
    registry.op::<SessionEdit>();
    registry.op::<SessionDelete>();
    registry.op::<SessionReport>();
}

/// Which work sessions a listing or report covers, as typed: a range as two time expressions
/// or as a named period, whose, and on what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilterRequest {
    pub from: Option<String>,
    pub to: Option<String>,
    /// A calendar range in the caller's zone, instead of `from` and `to`.
    pub period: Option<Period>,
    /// One user's sessions (`me` for the caller's).
    pub user: Option<String>,
    /// Everyone's sessions; wins over `user`.
    pub all_users: bool,
    pub ticket: Option<i64>,
    pub case: Option<IdPrefix>,
    /// Only sessions carrying this tag.
    #[serde(default)]
    pub tag: Option<String>,
    /// Only running timers.
    pub running: bool,
}

impl FilterRequest {
    /// The core's filter, times read with the service's clock in the caller's zone.
    pub fn resolve(&self, call: &Call) -> Result<WorkSessionFilter> {
        let (from, to) = match self.period {
            Some(_) if self.from.is_some() || self.to.is_some() => {
                return Err(Error::invalid("give a period or --from/--to, not both"));
            }
            Some(period) => {
                let (from, to) = period.range(call.now, call.zone);
                (Some(from), Some(to))
            }
            None => (instant(self.from.as_deref(), call)?, instant(self.to.as_deref(), call)?),
        };
        let scope = match (self.all_users, &self.user) {
            (true, _) => Scope::All,
            (false, Some(name)) => Scope::User(name.clone()),
            (false, None) => Scope::Own,
        };
        Ok(WorkSessionFilter {
            scope,
            ticket: self.ticket,
            case: self.case.clone(),
            tag: self.tag.clone(),
            from,
            to,
            running: self.running,
            latest: None,
        })
    }
}

pub struct SessionShow;
impl Op for SessionShow {
    const PATH: &'static str = "session/show";
    const MODE: Mode = Mode::Read;
    type Req = WorkSessionRef;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &WorkSessionRef, _: &Call) -> Result<WorkSessionView> {
        work::show(tx, &auth.actor, r)
    }
}

/// Shell completion's question: the caller's (or `user`'s) latest sessions, or those whose id
/// starts with `prefix`; bounded in the core whatever the history's size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecentRequest {
    pub user: Option<String>,
    pub prefix: Option<IdPrefix>,
    pub limit: u32,
}

pub struct SessionRecent;
impl Op for SessionRecent {
    const PATH: &'static str = "session/recent";
    const MODE: Mode = Mode::Read;
    type Req = RecentRequest;
    type Resp = Vec<WorkSessionView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &RecentRequest, _: &Call) -> Result<Vec<WorkSessionView>> {
        work::recent(tx, &auth.actor, r.user.as_deref(), r.prefix.as_ref(), r.limit)
    }
}

/// `session edit`: `None` leaves a field alone; `from` and `to` are time expressions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    pub session: WorkSessionRef,
    pub from: Option<String>,
    pub to: Option<String>,
    pub ticket: Option<i64>,
    /// Take the session off its ticket (it must keep a case).
    pub no_ticket: bool,
    pub case: Option<IdPrefix>,
    /// Take the session off its case (it must keep a ticket).
    pub no_case: bool,
    pub note: Option<String>,
    /// Tags to put on the session.
    #[serde(default)]
    pub tag: Vec<String>,
    /// Tags to take off.
    #[serde(default)]
    pub untag: Vec<String>,
    pub force: bool,
}

pub struct SessionEdit;
impl Op for SessionEdit {
    const PATH: &'static str = "session/edit";
    const MODE: Mode = Mode::Write;
    type Req = EditRequest;
    type Resp = Edited;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &EditRequest, call: &Call) -> Result<Edited> {
        let edit = WorkSessionEdit {
            from: instant(r.from.as_deref(), call)?,
            to: instant(r.to.as_deref(), call)?,
            ticket: relink(r.ticket, r.no_ticket, "--ticket", "--no-ticket")?,
            case: relink(r.case.clone(), r.no_case, "--case", "--no-case")?,
            note: r.note.clone(),
            tag: r.tag.clone(),
            untag: r.untag.clone(),
            force: r.force,
        };
        work::edit(tx, &auth.actor, call.zone, &r.session, &edit, call.now)
    }
}

pub struct SessionDelete;
impl Op for SessionDelete {
    const PATH: &'static str = "session/delete";
    const MODE: Mode = Mode::Write;
    type Req = WorkSessionRef;
    type Resp = WorkSessionView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &WorkSessionRef, call: &Call) -> Result<WorkSessionView> {
        work::delete(tx, &auth.actor, r, call.now)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    pub filter: FilterRequest,
    /// Groupings, outermost first; none gives only the total.
    pub by: Vec<GroupBy>,
}

pub struct SessionReport;
impl Op for SessionReport {
    const PATH: &'static str = "session/report";
    const MODE: Mode = Mode::Read;
    type Req = ReportRequest;
    type Resp = Report;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ReportRequest, call: &Call) -> Result<Report> {
        let filter = r.filter.resolve(call)?;
        report::run(tx, &auth.actor, &filter, r.by.clone(), call.now, call.zone)
    }
}

/// The route of `session list`: NDJSON out, one session per line, then an end line.
pub const LIST_PATH: &str = "session/list";
/// The route of `session summary` (a read): a filter in, NDJSON out as for `session/list`,
/// one day's entries at a time.
pub const SUMMARY_PATH: &str = "session/summary";
/// The route of `session import`: the records as the request body, options in the query.
pub const IMPORT_PATH: &str = "session/import";

/// `session list` (route `session/list`, a read; rows streamed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    pub filter: FilterRequest,
    /// Cut sessions to the range and split them at local midnights, as reports count them.
    pub clip: bool,
    /// Only the latest this many by start, still listed oldest first.
    #[serde(default)]
    pub limit: Option<u32>,
}

/// `session import` (route `session/import`, a write or a dry run; the records come as a body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    pub format: InputFormat,
    /// Whose sessions records without a user column are (default: the caller).
    pub user: Option<String>,
    /// The target of records that name none.
    pub ticket: Option<i64>,
    pub case: Option<IdPrefix>,
    /// Read each record's target from its tags (Timewarrior, Watson).
    pub map_tag: bool,
    /// Allow sessions longer than `timer.max_length` and closed targets.
    pub force: bool,
    /// Check every record against every rule, then write nothing.
    pub dry_run: bool,
}

impl Service {
    /// `session list`: hands each selected session (or, with `clip`, each piece of it) to
    /// `each` as it is read, oldest first, so a listing of any size stays flat in memory. An
    /// error from `each` ends the listing as that error.
    pub fn list(
        &mut self,
        request: ListRequest,
        each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
    ) -> Result<Reply<()>> {
        match self {
            Service::Local(local) => local.list(&request, each),
            Service::Remote(remote) => remote.stream(LIST_PATH, &request, each),
        }
    }

    /// `session summary`, the day view (today's sessions unless a range or period is given):
    /// hands `each` one entry per (local day, session) as each day is complete.
    pub fn summary(
        &mut self,
        request: FilterRequest,
        each: &mut dyn FnMut(SummaryEntry) -> Result<()>,
    ) -> Result<Reply<()>> {
        match self {
            Service::Local(local) => local.summary(&request, each),
            Service::Remote(remote) => remote.stream(SUMMARY_PATH, &request, each),
        }
    }

    /// `session import`: reads `input` in the request's format and imports every record in
    /// one transaction, all or nothing. `progress` hears the count of records read so far.
    pub fn import(
        &mut self,
        request: ImportRequest,
        input: Box<dyn Read + Send>,
        progress: &mut dyn FnMut(u64),
    ) -> Result<Reply<ImportSummary>> {
        match self {
            Service::Local(local) => local.import(&request, input, progress),
            Service::Remote(remote) => remote.import(&request, input),
        }
    }
}

impl LocalService {
    pub fn list(
        &mut self,
        request: &ListRequest,
        each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
    ) -> Result<Reply<()>> {
        self.run_as(Mode::Read, |tx, auth, call| {
            let filter = WorkSessionFilter { latest: request.limit, ..request.filter.resolve(call)? };
            work::for_each(tx, &auth.actor, &filter, &mut |session| {
                if !request.clip {
                    return each(session);
                }
                for piece in report::clip_view(&session, filter.from, filter.to, call.now, call.zone) {
                    each(piece)?;
                }
                Ok(())
            })
        })
    }

    pub fn summary(
        &mut self,
        request: &FilterRequest,
        each: &mut dyn FnMut(SummaryEntry) -> Result<()>,
    ) -> Result<Reply<()>> {
        let unbounded = request.period.is_none() && request.from.is_none() && request.to.is_none();
        let today = FilterRequest { period: Some(Period::Today), ..request.clone() };
        let request = if unbounded { &today } else { request };
        self.run_as(Mode::Read, |tx, auth, call| {
            let filter = request.resolve(call)?;
            report::summary(tx, &auth.actor, &filter, call.now, call.zone, each)
        })
    }

    pub fn import(
        &mut self,
        request: &ImportRequest,
        input: Box<dyn Read + Send>,
        progress: &mut dyn FnMut(u64),
    ) -> Result<Reply<ImportSummary>> {
        let options = ImportOptions {
            user: request.user.clone(),
            ticket: request.ticket,
            case: request.case.clone(),
            force: request.force,
        };
        let mapping = TagMapping { from_tags: request.map_tag };
        let mode = if request.dry_run { Mode::DryRun } else { Mode::Write };
        // The input can be read once; a transaction the database asks to rerun (PostgreSQL)
        // would need the records again.
        let mut input = Some(BufReader::with_capacity(1 << 16, input));
        self.run_as(mode, |tx, auth, call| {
            let reader =
                input.take().ok_or_else(|| Error::busy("the import could not be retried; run it again"))?;
            let mut count: u64 = 0;
            let records = |sink: &mut dyn FnMut(import_formats::ImportRecord) -> Result<()>| {
                import_formats::read(request.format, reader, &mapping, &mut |record| {
                    count += 1;
                    progress(count);
                    sink(record)
                })
            };
            work::import(tx, &auth.actor, call.zone, &options, records, call.now)
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::fmt::Debug;

    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::json;

    use super::*;
    use crate::auth::Credential;
    use crate::id::{CaseId, ClientId, WorkSessionId};
    use crate::report::{GroupKey, ReportRow};
    use crate::service::Service;
    use crate::service::ticket::{ShowRequest, TicketCreate, TicketShow};
    use crate::service::timer::{ManualRequest, TimerManual};
    use crate::setup::{self, Setup};
    use crate::store::Store;
    use crate::store::sqlite::SqliteStore;
    use crate::ticket::NewTicket;
    use crate::time::Timestamp;
    use crate::vocabulary::Priority;
    use crate::work::{Source, TargetSpec};

    pub(crate) fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix(1_710_000_000 + secs).expect("in range")
    }

    /// A value survives the trip through its JSON form unchanged.
    pub(crate) fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
        let json = serde_json::to_value(value).expect("serialise");
        let back: T = serde_json::from_value(json.clone()).expect("deserialise");
        assert_eq!(&back, value, "{json}");
    }

    /// `valid` is accepted as a `T`, and refused once it carries a field `T` does not know.
    pub(crate) fn refuses_unknown_field<T: DeserializeOwned>(mut valid: serde_json::Value) {
        serde_json::from_value::<T>(valid.clone()).expect("the valid request is accepted");
        valid["from_a_newer_client"] = json!(true);
        let refused = serde_json::from_value::<T>(valid).err().expect("an unknown field is refused");
        assert!(refused.to_string().contains("unknown field"), "{refused}");
    }

    pub(crate) fn session_view() -> WorkSessionView {
        WorkSessionView {
            tags: Vec::new(),
            work_session_id: WorkSessionId::random(),
            user: "tess".into(),
            ticket: Some(42),
            case_id: Some(CaseId::random()),
            start: at(0),
            end: Some(at(5400)),
            duration_seconds: Some(5400),
            utc_offset: 3600,
            note: "printer, \"again\"".into(),
            source: Source::Manual,
            running: false,
            created_at: at(5400),
            updated_at: at(6000),
            ticket_title: None,
            case_title: None,
        }
    }

    #[test]
    fn responses_survive_json() {
        round_trip(&session_view());
        round_trip(&Edited { session: session_view(), changed: true });
        round_trip(&ImportSummary {
            unread_target_tags: 0,
            sessions: 3,
            seconds: 9000,
            users: 2,
            running: 1,
        });
        let day = chrono::NaiveDate::from_ymd_opt(2024, 3, 9).expect("date");
        round_trip(&Report {
            counted_under_several_tags: false,
            group_by: vec![
                GroupBy::User,
                GroupBy::Ticket,
                GroupBy::Case,
                GroupBy::Day,
                GroupBy::Week,
                GroupBy::Month,
            ],
            rows: vec![ReportRow {
                keys: vec![
                    GroupKey::User("tess".into()),
                    GroupKey::Ticket(None),
                    GroupKey::Case(Some("1a2b3c4d".into())),
                    GroupKey::Day(day),
                    GroupKey::Week(2024, 10),
                    GroupKey::Month(2024, 3),
                ],
                seconds: 5400,
                running: true,
                sessions: 2,
            }],
            total_seconds: 5400,
            running: true,
            titles: report::Titles {
                tickets: [(42, "Printer jams".to_owned())].into(),
                cases: [("1a2b3c4d".to_owned(), "Outlook crashes".to_owned())].into(),
            },
        });
        round_trip(&vec![report::SummaryEntry {
            day,
            session: session_view(),
            ticket_title: Some("Printer jams".into()),
            case_title: None,
            day_total_seconds: 5400,
        }]);
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let reference = json!({"id": "1a2b3c4d", "user": null});
        refuses_unknown_field::<WorkSessionRef>(reference.clone());
        let filter = json!({"from": "-2h", "to": null, "period": null, "user": "me", "all_users": false,
            "ticket": 42, "case": null, "running": false});
        refuses_unknown_field::<FilterRequest>(filter.clone());
        refuses_unknown_field::<ListRequest>(json!({"filter": filter, "clip": true}));
        refuses_unknown_field::<ReportRequest>(json!({"filter": filter, "by": ["user", "case"]}));
        refuses_unknown_field::<EditRequest>(json!({"session": reference, "from": "09:00", "to": null,
            "ticket": null, "no_ticket": false, "case": null, "no_case": true, "note": null, "force": false}));
        refuses_unknown_field::<ImportRequest>(json!({"format": "timewarrior", "user": null, "ticket": 7,
            "case": null, "map_tag": true, "force": false, "dry_run": true}));
    }

    #[test]
    fn filters_are_read_with_the_services_clock_and_zone() {
        let berlin = chrono::FixedOffset::east_opt(3600).expect("offset");
        let call = Call { now: Timestamp::from_unix(1_710_000_000).expect("now"), zone: &berlin };
        let today = FilterRequest { period: Some(Period::Today), ..FilterRequest::default() };
        let (from, to) = Period::Today.range(call.now, call.zone);
        let filter = today.resolve(&call).expect("today");
        assert_eq!((filter.from, filter.to, filter.scope), (Some(from), Some(to), Scope::Own));
        let back = FilterRequest { from: Some("-2h".into()), all_users: true, ..FilterRequest::default() };
        let filter = back.resolve(&call).expect("two hours back");
        assert_eq!((filter.from, filter.to, filter.scope), (Some(at(-7200)), None, Scope::All));
        let both = FilterRequest { from: Some("-2h".into()), ..today };
        assert_eq!(both.resolve(&call).expect_err("both").kind(), crate::ErrorKind::Invalid);
    }

    /// A service over a fresh in-memory database, logged in as its admin, at `at(0)`.
    fn service() -> Service {
        let mut store = Store::Sqlite(SqliteStore::open_in_memory().expect("in-memory SQLite"));
        let client = ClientId::random();
        let setup = Setup {
            org_name: "Desk".into(),
            admin: "root".into(),
            password_hash: crate::password::hash("correct horse").expect("hash"),
            client_id: client,
            client_label: "test".into(),
        };
        let logged_in =
            store.write(|tx| setup::initialise(tx, setup.clone(), at(-86_400))).expect("initialise");
        let credential = Credential { token: logged_in.token, client_id: Some(client) };
        Service::Local(LocalService::new(store, Ok(credential), at(0), Box::new(chrono::Utc)))
    }

    fn listed(service: &mut Service, request: ListRequest) -> Vec<WorkSessionView> {
        let mut rows = Vec::new();
        service
            .list(request, &mut |row| {
                rows.push(row);
                Ok(())
            })
            .expect("list");
        rows
    }

    #[test]
    fn import_dry_runs_then_writes_and_the_listing_streams_and_clips() {
        let mut service = service();
        let request = NewTicket {
            title: "Printer".into(),
            description: String::new(),
            priority: Priority::High,
            requester: String::new(),
            assignee: None,
        };
        let ticket = service.call::<TicketCreate>(request).expect("create").value;
        let input = concat!(
            "{\"ticket\": 1, \"start\": \"2024-03-08T23:00:00Z\", \"end\": \"2024-03-09T01:00:00Z\"}\n",
            "{\"ticket\": 1, \"start\": \"2024-03-09T08:00:00Z\", \"end\": \"2024-03-09T08:30:00Z\"}\n",
        );
        let import = |dry_run| ImportRequest {
            format: InputFormat::Ndjson,
            user: None,
            ticket: None,
            case: None,
            map_tag: false,
            force: false,
            dry_run,
        };
        let mut heard = Vec::new();
        let dry = service
            .import(import(true), Box::new(input.as_bytes()), &mut |count| heard.push(count))
            .expect("dry run");
        assert_eq!((dry.value.sessions, dry.value.seconds, heard), (2, 9000, vec![1, 2]));
        assert!(listed(&mut service, ListRequest::default()).is_empty(), "a dry run writes nothing");
        let done = service.import(import(false), Box::new(input.as_bytes()), &mut |_| {}).expect("import");
        assert_eq!(done.value, dry.value);

        let all = listed(&mut service, ListRequest::default());
        assert_eq!(all.iter().map(|s| s.duration_seconds).collect::<Vec<_>>(), [Some(7200), Some(1800)]);
        // UTC midnight splits the first session into two pieces.
        let clipped = listed(&mut service, ListRequest { clip: true, ..ListRequest::default() });
        assert_eq!(
            clipped.iter().map(|s| s.duration_seconds).collect::<Vec<_>>(),
            [Some(3600), Some(3600), Some(1800)]
        );

        let shown = service
            .call::<TicketShow>(ShowRequest { number: ticket.number, sessions: true, totals: true })
            .expect("show");
        assert_eq!(shown.value.sessions.sessions, all);
        assert_eq!(shown.value.sessions.count, 2);
        assert_eq!(shown.value.ticket.total_seconds, 9000);
        // Unlisted, they are still counted.
        let bare = service
            .call::<TicketShow>(ShowRequest { number: ticket.number, sessions: false, totals: true })
            .expect("show");
        assert!(bare.value.sessions.sessions.is_empty());
        assert_eq!(bare.value.sessions.count, 2);
        // Without totals the ticket comes alone, its time and count left for a second question.
        let first = ShowRequest { number: ticket.number, sessions: true, totals: false };
        let first = service.call::<TicketShow>(first).expect("show");
        assert_eq!((first.value.ticket.total_seconds, first.value.sessions.count), (0, 0));
        assert!(first.value.sessions.sessions.is_empty());
        assert_eq!(first.value.ticket.title, shown.value.ticket.title);
    }

    #[test]
    fn a_failing_sink_ends_the_listing_with_its_error() {
        let mut service = service();
        service
            .call::<TicketCreate>(NewTicket {
                title: "Printer".into(),
                description: String::new(),
                priority: Priority::Normal,
                requester: String::new(),
                assignee: None,
            })
            .expect("create");
        for from in ["-3h", "-2h"] {
            let request = ManualRequest {
                tags: Vec::new(),
                target: TargetSpec { ticket: Some(1), case: None },
                from: Some(from.into()),
                to: None,
                duration: Some("30m".into()),
                note: String::new(),
                force: false,
            };
            service.call::<TimerManual>(request).expect("manual");
        }
        let mut seen = 0;
        let stopped = service.list(ListRequest::default(), &mut |_| {
            seen += 1;
            Err(Error::internal("output closed"))
        });
        assert_eq!((stopped.expect_err("stopped").message(), seen), ("output closed", 1));
    }
}
