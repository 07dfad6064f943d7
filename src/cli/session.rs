//! `stint session ...`: list, show, edit and delete work sessions (the records timers make).

use std::io::{self, BufRead, IsTerminal, Write};

use clap::{ArgGroup, Args, Subcommand};
use stint::Error;
use stint::id::IdPrefix;
use stint::import::{InputFormat, TagMapping};
use stint::report::{self, GroupBy};
use stint::text::{counted, guard_cell};
use stint::time::{Period, Timestamp, format_duration, parse_duration, parse_instant};
use stint::work::{
    self, ImportOptions, ImportSummary, Scope, WorkSessionEdit, WorkSessionFilter, WorkSessionRef,
    WorkSessionView,
};

use super::Ctx;
use super::output::{DynamicRows, Record, View};

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
    /// Total time per user, ticket, case, day, week or month, clipped to the range
    Report(ReportArgs),
    /// Import work sessions from stint's CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Cut sessions to the range and split them at local midnights, as reports count them
    #[arg(long)]
    pub clip: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Group by user, ticket, case, day, week or month; repeat to nest (e.g. --by user --by day)
    #[arg(long = "by", value_name = "GROUP")]
    pub by: Vec<GroupBy>,
    /// Round each total for display to this unit (e.g. 15m); machine formats keep raw seconds
    #[arg(long, value_name = "DURATION")]
    pub round: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// File to read, or - for stdin
    pub file: String,
    /// Input format: csv, json, ndjson, timewarrior or watson (default: from the file's extension)
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Put records that name no target on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number)]
    pub ticket: Option<i64>,
    /// Put records that name no target on this case (id or unique prefix)
    #[arg(long, value_name = "ID")]
    pub case: Option<IdPrefix>,
    /// Read each record's target from its tags: ticket:N or case:ID (Timewarrior, Watson)
    #[arg(long)]
    pub map_tag: bool,
    /// Import as this user's sessions (supervisors and admins migrating a team)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Check everything and report what would be imported, without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Allow sessions longer than timer.max_length and closed tickets or cases
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("period").multiple(false))]
pub struct FilterArgs {
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
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number)]
    pub ticket: Option<i64>,
    /// Only sessions on this case (id or unique prefix of 4+ hex digits)
    #[arg(long, value_name = "ID")]
    pub case: Option<IdPrefix>,
    /// Only running timers
    #[arg(long)]
    pub running: bool,
}

impl FilterArgs {
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
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number, conflicts_with = "no_ticket")]
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
    #[arg(long, allow_hyphen_values = true)]
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
    fn machine_cells(&self) -> io::Result<Vec<String>> {
        let text = |t: &str| guard_cell(t).into_owned();
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        Ok(vec![
            self.work_session_id.to_string(),
            text(&self.user),
            number(self.ticket),
            self.case_id.map(|c| c.to_string()).unwrap_or_default(),
            self.start.rfc3339(),
            self.end.map(Timestamp::rfc3339).unwrap_or_default(),
            number(self.duration_seconds),
            self.utc_offset.to_string(),
            text(&self.note),
            self.source.to_string(),
            self.running.to_string(),
            self.created_at.rfc3339(),
            self.updated_at.rfc3339(),
        ])
    }

    fn row(&self, view: &View) -> Vec<String> {
        vec![
            view.time(self.start),
            self.end.map_or_else(|| "running".into(), |end| view.time(end)),
            self.duration_seconds.map_or_else(|| "running".into(), format_duration),
            self.user.clone(),
            self.ticket.map(|n| format!("#{n}")).unwrap_or_default(),
            self.case_id.map(|c| c.short()).unwrap_or_default(),
            self.source.to_string(),
            self.note.clone(),
            self.work_session_id.to_string(),
        ]
    }
}

/// Prints one work session, or only its id with `-q`.
pub fn print_session(ctx: &Ctx, session: &WorkSessionView) -> anyhow::Result<()> {
    ctx.print_created(session, session.work_session_id)
}

/// Reads an optional time expression in the command's zone.
pub fn time_arg(ctx: &Ctx, text: Option<&str>) -> anyhow::Result<Option<Timestamp>> {
    Ok(text.map(|t| parse_instant(t, ctx.now, ctx.zone.as_ref())).transpose()?)
}

fn reference(id: IdPrefix, user: Option<String>) -> WorkSessionRef {
    WorkSessionRef { prefix: id, user }
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> anyhow::Result<()> {
    let now = ctx.now;
    match cmd {
        SessionCommand::List(args) => list(ctx, args),
        SessionCommand::Report(args) => report(ctx, args),
        SessionCommand::Import(args) => import(ctx, args),
        SessionCommand::Show(args) => {
            let reference = reference(args.id, args.user);
            let session = ctx.read_as(|tx, auth| work::show(tx, &auth.actor, &reference))?;
            Ok(ctx.printer().one(&session)?)
        }
        SessionCommand::Edit(args) => {
            let edit = WorkSessionEdit {
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
                ctx.notice(format!("Updated work session {}.", edited.session.work_session_id.short()));
            } else {
                ctx.notice(format!(
                    "Work session {} already had those values; nothing changed.",
                    edited.session.work_session_id.short()
                ));
            }
            print_session(ctx, &edited.session)
        }
        SessionCommand::Delete(args) => {
            let reference = reference(args.id, args.user);
            let deleted = ctx.write_as(|tx, auth| work::delete(tx, &auth.actor, &reference, now))?;
            ctx.notice(format!(
                "Deleted work session {} on {} ({}).",
                deleted.work_session_id.short(),
                deleted.target(),
                deleted.duration_seconds.map_or_else(|| "running".into(), format_duration)
            ));
            Ok(())
        }
    }
}

/// Turns the filter flags into the core's filter.
fn session_filter(ctx: &Ctx, args: FilterArgs) -> anyhow::Result<WorkSessionFilter> {
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
    Ok(WorkSessionFilter { scope, ticket: args.ticket, case: args.case, from, to, running: args.running })
}

/// Streams the listing: machine formats write each row as it is read, so an export of any
/// size stays flat in memory.
fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let filter = session_filter(ctx, args.filter)?;
    let (now, zone) = (ctx.now, ctx.zone.as_ref());
    let printer = ctx.printer();
    let mut sink = printer.sink::<WorkSessionView>()?;
    let mut output_error: Option<io::Error> = None;
    let listed = ctx.read_as(|tx, auth| {
        work::for_each(tx, &auth.actor, &filter, &mut |session| {
            let pieces = if args.clip {
                report::clip_view(&session, filter.from, filter.to, now, zone)
            } else {
                vec![session]
            };
            for piece in &pieces {
                sink.push(piece).map_err(|e| {
                    output_error = Some(e);
                    Error::internal("output closed")
                })?;
            }
            Ok(())
        })
    });
    if let Some(e) = output_error {
        return Err(e.into());
    }
    listed?;
    sink.finish()?;
    Ok(())
}

/// The block characters for eighths of a cell, for proportional bars.
const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar `width` cells wide at most, proportional to `value / max`.
fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 || value <= 0 {
        return String::new();
    }
    let eighths = (value as u128 * (width as u128 * 8) / max as u128) as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    out
}

fn report(ctx: &Ctx, args: ReportArgs) -> anyhow::Result<()> {
    let round = args.round.as_deref().map(parse_duration).transpose()?.unwrap_or(1);
    if round == 0 {
        return Err(Error::invalid("--round must be longer than zero").into());
    }
    let filter = session_filter(ctx, args.filter)?;
    let (now, zone) = (ctx.now, ctx.zone.as_ref());
    let by = args.by;
    let result = ctx.read_as(|tx, auth| report::run(tx, &auth.actor, &filter, by.clone(), now, zone))?;
    print_report(ctx, &result, args.round.is_some().then_some(round))
}

/// Prints a report: a table with totals and, for calendar groups, bars; or one machine row per
/// group. `round` is the display rounding unit, if one was asked for.
pub fn print_report(ctx: &Ctx, result: &report::Report, round_unit: Option<i64>) -> anyhow::Result<()> {
    let round = round_unit.unwrap_or(1);
    let calendar = result.group_by.iter().any(|g| g.is_calendar());
    let mut columns: Vec<&str> = result.group_by.iter().map(|g| g.column()).collect();
    columns.extend(["duration_seconds", "running", "sessions"]);
    if round_unit.is_some() {
        columns.push("rounded_seconds");
    }
    let mut headers: Vec<String> = result.group_by.iter().map(|g| g.to_string().to_uppercase()).collect();
    headers.push("DURATION".into());
    if calendar {
        headers.push(String::new());
    }
    let max = result.rows.iter().map(|r| r.seconds).max().unwrap_or(0);
    let shown = |seconds: i64, running: bool| {
        let text = format_duration(report::round_to(seconds, round));
        if running { format!("{text} (running)") } else { text }
    };
    let mut rows = DynamicRows {
        columns,
        headers,
        right: vec![result.group_by.len()],
        machine: Vec::new(),
        table: Vec::new(),
    };
    let for_people = ctx.global.format == super::output::Format::Table;
    for row in &result.rows {
        if !for_people {
            let mut machine: Vec<serde_json::Value> = row.keys.iter().map(|k| k.to_json()).collect();
            machine.extend([row.seconds.into(), row.running.into(), row.sessions.into()]);
            if round_unit.is_some() {
                machine.push(report::round_to(row.seconds, round).into());
            }
            rows.machine.push(machine);
            continue;
        }
        let mut table: Vec<String> = row.keys.iter().map(ToString::to_string).collect();
        table.push(shown(row.seconds, row.running));
        if calendar {
            table.push(bar(row.seconds, max, 30));
        }
        rows.table.push(table);
    }
    if result.group_by.is_empty() {
        // Ungrouped: the total is the only row, under a label column of its own.
        rows.headers.insert(0, String::new());
        rows.right = vec![1];
        rows.table.clear();
    }
    let footer = {
        let mut footer = vec![String::new(); result.group_by.len().max(1)];
        footer[0] = "total".into();
        footer.push(shown(result.total_seconds, result.running));
        if calendar {
            footer.push(String::new());
        }
        footer
    };
    ctx.printer().dynamic(&rows, Some(footer))?;
    Ok(())
}

fn import(ctx: &Ctx, args: ImportArgs) -> anyhow::Result<()> {
    let format = match args.input_format {
        Some(format) => format,
        None => InputFormat::from_extension(&args.file).ok_or_else(|| {
            Error::invalid("cannot tell the input format from the file name; give --input-format")
        })?,
    };
    let options = ImportOptions { user: args.user, ticket: args.ticket, case: args.case, force: args.force };
    let mapping = TagMapping { from_tags: args.map_tag };
    let (now, zone) = (ctx.now, ctx.zone.as_ref());
    let open = || -> anyhow::Result<Box<dyn BufRead>> {
        Ok(if args.file == "-" {
            Box::new(io::BufReader::new(io::stdin()))
        } else {
            let file = std::fs::File::open(&args.file).map_err(|e| {
                Error::invalid(format!("cannot read {}: {e}", stint::text::escape_for_terminal(&args.file)))
            })?;
            Box::new(io::BufReader::with_capacity(1 << 16, file))
        })
    };
    // Stdin can be read once; a rerun transaction (PostgreSQL) needs the records again.
    let mut input = Some(open()?);
    let progress = std::io::stderr().is_terminal() && !ctx.global.quiet;
    let mut run = |tx: &dyn stint::store::Tx, auth: &stint::auth::Authenticated| {
        let reader =
            input.take().ok_or_else(|| Error::busy("the import could not be retried; run it again"))?;
        let mut count: u64 = 0;
        work::import(
            tx,
            &auth.actor,
            zone,
            &options,
            |sink| {
                stint::import::read(format, reader, &mapping, &mut |record| {
                    count += 1;
                    if progress && count.is_multiple_of(10_000) {
                        let _ = write!(io::stderr(), "\rread {count} records...");
                    }
                    sink(record)
                })
            },
            now,
        )
    };
    let summary = if args.dry_run { ctx.dry_run_as(&mut run)? } else { ctx.write_as(&mut run)? };
    if progress {
        let _ = write!(io::stderr(), "\r");
    }
    let verb = if args.dry_run { "Would import" } else { "Imported" };
    ctx.notice(format!(
        "{verb} {}, {} in all, for {}{}.",
        counted(summary.sessions, "work session"),
        format_duration(summary.seconds),
        counted(summary.users, "user"),
        if args.dry_run { "; nothing was written" } else { "" }
    ));
    Ok(ctx.printer().one(&summary)?)
}

impl Record for ImportSummary {
    const COLUMNS: &'static [&'static str] = &["sessions", "seconds", "users", "running"];
    const HEADERS: &'static [&'static str] = &["Sessions", "Total", "Users", "Running"];
    fn row(&self, _view: &View) -> Vec<String> {
        vec![
            self.sessions.to_string(),
            format_duration(self.seconds),
            self.users.to_string(),
            self.running.to_string(),
        ]
    }
}
