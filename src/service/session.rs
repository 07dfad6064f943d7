//! Work-session operations: show, edit, delete, report, and the two that stream — the listing,
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
use crate::report::{self, GroupBy, Report};
use crate::store::Tx;
use crate::time::Period;
use crate::work::{
    self, Edited, ImportOptions, ImportSummary, Scope, WorkSessionEdit, WorkSessionFilter, WorkSessionRef,
    WorkSessionView,
};

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<SessionShow>();
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
            from,
            to,
            running: self.running,
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

/// `session list` (route `session/list`, a read; rows streamed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    pub filter: FilterRequest,
    /// Cut sessions to the range and split them at local midnights, as reports count them.
    pub clip: bool,
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
            let filter = request.filter.resolve(call)?;
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
