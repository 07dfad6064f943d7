//! `stint session ...`: list, show, edit and delete work sessions (the records timers make).

use std::io;

use clap::{ArgGroup, Args, Subcommand};
use stint::Error;
use stint::id::IdPrefix;
use stint::time::{Period, Timestamp, format_duration, parse_instant};
use stint::work::{self, Scope, SessionEdit, SessionFilter, SessionRef, WorkSessionView};

use super::Ctx;
use super::output::{Record, View};

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List work sessions, oldest first (yours unless --user or --all-users)
    List(ListArgs),
    /// Show one work session
    Show(RefArgs),
    /// Correct a work session's times, target or note (anyone's as a supervisor or admin)
    Edit(EditArgs),
    /// Delete a work session (anyone's as a supervisor or admin)
    Delete(RefArgs),
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("period").multiple(false))]
pub struct ListArgs {
    /// Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, conflicts_with = "period")]
    pub from: Option<String>,
    /// Only sessions that overlap the time before this
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, conflicts_with = "period")]
    pub to: Option<String>,
    /// Only today's sessions (local calendar day)
    #[arg(long, group = "period")]
    pub today: bool,
    /// Only yesterday's sessions
    #[arg(long, group = "period")]
    pub yesterday: bool,
    /// Only this week's sessions (weeks start on Monday)
    #[arg(long, group = "period")]
    pub week: bool,
    /// Only last week's sessions
    #[arg(long, group = "period")]
    pub last_week: bool,
    /// Only this month's sessions
    #[arg(long, group = "period")]
    pub month: bool,
    /// Only last month's sessions
    #[arg(long, group = "period")]
    pub last_month: bool,
    /// Only this user's sessions (`me` for yours; others need a supervisor, admin or viewer)
    #[arg(long, value_name = "NAME", conflicts_with = "all_users")]
    pub user: Option<String>,
    /// Everyone's sessions (supervisors, admins and viewers)
    #[arg(long)]
    pub all_users: bool,
    /// Only sessions on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = work::parse_ticket_number)]
    pub ticket: Option<i64>,
    /// Only sessions on this case (id or unique prefix of 4+ hex digits)
    #[arg(long, value_name = "ID")]
    pub case: Option<IdPrefix>,
    /// Only running timers
    #[arg(long)]
    pub running: bool,
}

impl ListArgs {
    fn period(&self) -> Option<Period> {
        [
            (self.today, Period::Today),
            (self.yesterday, Period::Yesterday),
            (self.week, Period::Week),
            (self.last_week, Period::LastWeek),
            (self.month, Period::Month),
            (self.last_month, Period::LastMonth),
        ]
        .into_iter()
        .find_map(|(given, period)| given.then_some(period))
    }
}

#[derive(Debug, Args)]
pub struct RefArgs {
    /// Work session id or unique prefix (4+ hex digits)
    pub id: IdPrefix,
    /// Look for the id among this user's sessions
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Work session id or unique prefix (4+ hex digits)
    pub id: IdPrefix,
    /// Look for the id among this user's sessions
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// New start
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// New end (a running timer is ended only by its owner, with `timer stop --at`)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Put the session on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = work::parse_ticket_number, conflicts_with = "no_ticket")]
    pub ticket: Option<i64>,
    /// Take the session off its ticket (it must keep a case)
    #[arg(long)]
    pub no_ticket: bool,
    /// Put the session on this case (id or unique prefix)
    #[arg(long, value_name = "ID", conflicts_with = "no_case")]
    pub case: Option<IdPrefix>,
    /// Take the session off its case (it must keep a ticket)
    #[arg(long)]
    pub no_case: bool,
    /// New note (an empty string clears it)
    #[arg(long)]
    pub note: Option<String>,
    /// Allow a session longer than timer.max_length, or a closed ticket or case
    #[arg(long)]
    pub force: bool,
}

impl Record for WorkSessionView {
    const COLUMNS: &'static [&'static str] = &[
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
    ];
    const HEADERS: &'static [&'static str] =
        &["START", "END", "DURATION", "USER", "TICKET", "CASE", "SOURCE", "NOTE", "ID"];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            view.time(self.start),
            self.end.map_or_else(|| "running".into(), |end| view.time(end)),
            self.duration_seconds.map_or_else(|| "running".into(), format_duration),
            self.user.clone(),
            self.ticket.map(|n| format!("#{n}")).unwrap_or_default(),
            self.case_id.map(|c| c.to_string()[..8].to_owned()).unwrap_or_default(),
            self.source.to_string(),
            self.note.clone(),
            self.work_session_id.to_string(),
        ]
    }
}

/// Prints one work session, or only its id with `-q`.
pub fn print_session(ctx: &Ctx, session: &WorkSessionView) -> anyhow::Result<()> {
    if ctx.global.quiet {
        println!("{}", session.work_session_id);
        return Ok(());
    }
    Ok(ctx.printer().one(session)?)
}

/// Reads an optional time expression in the command's zone.
pub fn time_arg(ctx: &Ctx, text: Option<&str>) -> anyhow::Result<Option<Timestamp>> {
    Ok(text.map(|t| parse_instant(t, ctx.now, ctx.zone.as_ref())).transpose()?)
}

fn reference(id: IdPrefix, user: Option<String>) -> SessionRef {
    SessionRef { prefix: id, user }
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> anyhow::Result<()> {
    let now = ctx.now;
    match cmd {
        SessionCommand::List(args) => list(ctx, args),
        SessionCommand::Show(args) => {
            let reference = reference(args.id, args.user);
            let session = ctx.read_as(|tx, auth| work::show(tx, &auth.actor, &reference))?;
            Ok(ctx.printer().one(&session)?)
        }
        SessionCommand::Edit(args) => {
            let edit = SessionEdit {
                from: time_arg(ctx, args.from.as_deref())?,
                to: time_arg(ctx, args.to.as_deref())?,
                ticket: if args.no_ticket { Some(None) } else { args.ticket.map(Some) },
                case: if args.no_case { Some(None) } else { args.case.map(Some) },
                note: args.note,
                force: args.force,
            };
            let reference = reference(args.id, args.user);
            let zone = ctx.zone.as_ref();
            let edited =
                ctx.write_as(|tx, auth| work::edit(tx, &auth.actor, zone, &reference, &edit, now))?;
            if edited.changed {
                ctx.notice(format!("Updated work session {}.", short(&edited.session)));
            } else {
                ctx.notice(format!(
                    "Work session {} already had those values; nothing changed.",
                    short(&edited.session)
                ));
            }
            print_session(ctx, &edited.session)
        }
        SessionCommand::Delete(args) => {
            let reference = reference(args.id, args.user);
            let deleted = ctx.write_as(|tx, auth| work::delete(tx, &auth.actor, &reference, now))?;
            ctx.notice(format!(
                "Deleted work session {} on {} ({}).",
                short(&deleted),
                deleted.target(),
                deleted.duration_seconds.map_or_else(|| "running".into(), format_duration)
            ));
            Ok(())
        }
    }
}

fn short(session: &WorkSessionView) -> String {
    session.work_session_id.to_string()[..8].to_owned()
}

/// Streams the listing: machine formats write each row as it is read, so an export of any
/// size stays flat in memory.
fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let (from, to) = match args.period() {
        Some(period) => {
            let (from, to) = period.range(ctx.now, ctx.zone.as_ref());
            (Some(from), Some(to))
        }
        None => (time_arg(ctx, args.from.as_deref())?, time_arg(ctx, args.to.as_deref())?),
    };
    let scope = match (args.all_users, args.user) {
        (true, _) => Scope::All,
        (false, Some(name)) => Scope::User(name),
        (false, None) => Scope::Own,
    };
    let filter =
        SessionFilter { scope, ticket: args.ticket, case: args.case, from, to, running: args.running };
    let printer = ctx.printer();
    let mut sink = printer.sink::<WorkSessionView>()?;
    let mut output_error: Option<io::Error> = None;
    let listed = ctx.read_as(|tx, auth| {
        work::for_each(tx, &auth.actor, &filter, &mut |session| {
            sink.push(&session).map_err(|e| {
                output_error = Some(e);
                Error::internal("output closed")
            })
        })
    });
    if let Some(e) = output_error {
        return Err(e.into());
    }
    listed?;
    sink.finish()?;
    Ok(())
}
