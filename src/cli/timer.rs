//! `stint timer ...`: start, stop, switch, status, cancel, continue, manual, edit, note.

use anyhow::Context as _;
use clap::{ArgGroup, Args, Subcommand};
use serde::Serialize;
use stint::Error;
use stint::id::IdPrefix;
use stint::service::Empty;
use stint::service::timer::{
    ContinueRequest, ManualRequest, StartRequest, StopRequest, TimerCancel, TimerContinue, TimerEdit,
    TimerEditRequest, TimerManual, TimerStart, TimerStatus, TimerStop, TimerSwitch, TimerTargets,
};
use stint::time::format_duration;
use stint::work::{self, TargetSpec, WorkSessionView};

use super::Ctx;
use super::args::{print_edited, print_session};
use super::output::{self, Record, View};
use super::table::Col;

#[derive(Debug, Subcommand)]
pub enum TimerCommand {
    /// Start a timer on a ticket, a case or both; on a terminal, pick one when none is given
    #[command(after_help = super::help::examples_help("timer start"))]
    Start(StartArgs),
    /// Stop your running timer and print how long it ran
    #[command(after_help = super::help::examples_help("timer stop"))]
    Stop(StopArgs),
    /// Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given
    #[command(after_help = super::help::examples_help("timer switch"))]
    Switch(SwitchArgs),
    /// Show your running timer; exit 3 when none runs (for shell prompts)
    Status,
    /// Discard your running timer without recording it
    Cancel,
    /// Start a timer on what your last stopped session was on
    Continue(ContinueArgs),
    /// Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now
    #[command(after_help = super::help::examples_help("timer manual"))]
    Manual(ManualArgs),
    /// Change your running timer's note or start
    Edit(EditArgs),
    /// Replace your running timer's note (short for `timer edit --note`)
    Note(NoteArgs),
}

/// What the time is for. Both may be given: a case worked on for a ticket.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Ticket number (42 or #42)
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number, add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
    /// Case id or unique prefix (4+ hex digits)
    #[arg(long, value_name = "ID", add = super::dynamic::cases())]
    pub case: Option<IdPrefix>,
}

impl TargetArgs {
    fn spec(&self) -> TargetSpec {
        TargetSpec { ticket: self.ticket, case: self.case.clone() }
    }
}

#[derive(Debug, Args)]
pub struct StartArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// A note on what you are doing
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub note: String,
    /// Tag the session (repeat for several: --tag onsite --tag vpn)
    #[arg(long = "tag", value_name = "NAME", allow_hyphen_values = true)]
    pub tags: Vec<String>,
    /// Start earlier than now (e.g. 09:15, -20m); never in the future or inside another session
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Allow a closed ticket or a closed or archived case
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Replace the session's note
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Stop earlier than now (e.g. 17:30, -15m), for a timer you forgot; not before its start
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct SwitchArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// A note for the new session
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub note: String,
    /// Tag the new session (repeat for several: --tag onsite --tag vpn)
    #[arg(long = "tag", value_name = "NAME", allow_hyphen_values = true)]
    pub tags: Vec<String>,
    /// Switch earlier than now (e.g. 10:30, -5m): the running timer stops and the new one starts then
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Allow a closed ticket or a closed or archived case
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ContinueArgs {
    /// A note for the new session (default: the last session's note)
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Start earlier than now; never in the future or inside another session
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Allow a ticket or case that has been closed since
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("target").required(true).multiple(true).args(["ticket", "case"]))]
pub struct ManualArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// When the work started (e.g. 09:00, yesterday 14:00, 2024-05-01 08:30)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// When the work ended; no later than now
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// How long the work took (e.g. 90m, 1h30m, 1:30, 45 min); with neither --from nor --to, it ended now
    #[arg(long, value_name = "DURATION")]
    pub duration: Option<String>,
    /// A note on what you did
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub note: String,
    /// Tag the session (repeat for several: --tag onsite --tag vpn)
    #[arg(long = "tag", value_name = "NAME", allow_hyphen_values = true)]
    pub tags: Vec<String>,
    /// Allow a session longer than timer.max_length, or a closed ticket or case
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("change").required(true).multiple(true).args(["note", "start"]))]
pub struct EditArgs {
    /// Replace the note (an empty string clears it)
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Move the start (e.g. 09:15, -20m); never in the future or inside another session
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub start: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The new note (an empty string clears it)
    #[arg(allow_hyphen_values = true)]
    pub note: String,
}

/// `timer status` as printed: the running session and how long it has run.
#[derive(Debug, Serialize)]
struct TimerStatusView {
    #[serde(flatten)]
    session: WorkSessionView,
    elapsed_seconds: i64,
}

impl Record for TimerStatusView {
    const COLUMNS: &'static [&'static str] = &[
        "work_session_id",
        "user",
        "ticket",
        "case_id",
        "start",
        "elapsed_seconds",
        "utc_offset",
        "note",
        "source",
        "created_at",
        "updated_at",
        "tags",
    ];
    const HEADERS: &'static [Col] =
        &[Col::text("ON"), Col::fixed("SINCE"), Col::fixed("ELAPSED"), Col::text("NOTE"), Col::id("ID")];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            self.session.target(),
            view.time(self.session.start),
            format_duration(self.elapsed_seconds),
            self.session.note.clone(),
            self.session.work_session_id.to_string(),
        ]
    }
}

/// On a terminal, lets the user pick an open ticket or case, most recently worked first.
fn pick_target(ctx: &Ctx, prompt: &str) -> anyhow::Result<TargetSpec> {
    if !ctx.stdin_is_terminal {
        return Err(Error::invalid(
            "name what the time is for with --ticket N and/or --case ID (stint offers a picker only on a terminal)",
        )
        .into());
    }
    let targets = ctx.call::<TimerTargets>(Empty {})?;
    if targets.is_empty() {
        return Err(Error::not_found("no open tickets or cases to start a timer on").into());
    }
    let labels: Vec<String> = targets.iter().map(work::PickTarget::label).collect();
    let chosen = dialoguer::FuzzySelect::new()
        .with_prompt(prompt)
        .items(&labels)
        .default(0)
        .interact_opt()
        .context("reading the choice from the terminal")?;
    match chosen.and_then(|i| targets.get(i)) {
        Some(target) => Ok(target.spec()?),
        None => Err(Error::invalid("no target chosen; nothing started").into()),
    }
}

/// What a stop that recorded nothing says.
fn discarded(session: &WorkSessionView) -> String {
    format!("The timer on {} was discarded: it ran under a second", session.target())
}

fn started_notice(ctx: &Ctx, session: &WorkSessionView) {
    ctx.notice(format!(
        "Started a timer on {} at {}.",
        session.target(),
        ctx.printer().view.time(session.start)
    ));
}

pub fn run(ctx: &Ctx, cmd: TimerCommand) -> anyhow::Result<()> {
    match cmd {
        TimerCommand::Start(args) => {
            let target = args.target.spec();
            let target =
                if target == TargetSpec::default() { pick_target(ctx, "Start a timer on")? } else { target };
            let request =
                StartRequest { target, note: args.note, tags: args.tags, at: args.at, force: args.force };
            let session = ctx.call::<TimerStart>(request)?;
            started_notice(ctx, &session);
            print_session(ctx, &session)
        }
        TimerCommand::Stop(args) => {
            let stopped = ctx.call::<TimerStop>(StopRequest { note: args.note, at: args.at })?;
            if stopped.discarded {
                // Said even with -q: the user asked to record something and nothing was.
                output::eprint_line(format!("{}; nothing was recorded.", discarded(&stopped.session)));
                return Ok(());
            }
            let session = stopped.session;
            ctx.notice(format!(
                "Stopped the timer on {} after {}.",
                session.target(),
                format_duration(session.duration_seconds.unwrap_or_default())
            ));
            print_session(ctx, &session)
        }
        TimerCommand::Switch(args) => {
            let target = args.target.spec();
            let target =
                if target == TargetSpec::default() { pick_target(ctx, "Switch to")? } else { target };
            let request =
                StartRequest { target, note: args.note, tags: args.tags, at: args.at, force: args.force };
            let switched = ctx.call::<TimerSwitch>(request)?;
            let started = switched.started.target();
            ctx.notice(match switched.stopped {
                None => format!(
                    "The timer already runs on {started} (since {}); nothing changed.",
                    ctx.printer().view.time(switched.started.start)
                ),
                Some(stopped) if stopped.discarded => {
                    format!("{}; started one on {started}.", discarded(&stopped.session))
                }
                Some(stopped) => format!(
                    "Stopped the timer on {} after {}; started one on {started}.",
                    stopped.session.target(),
                    format_duration(stopped.session.duration_seconds.unwrap_or_default()),
                ),
            });
            print_session(ctx, &switched.started)
        }
        TimerCommand::Status => {
            let running = ctx.call::<TimerStatus>(Empty {})?;
            let status =
                TimerStatusView { elapsed_seconds: running.elapsed_seconds, session: running.session };
            Ok(ctx.printer().one(&status)?)
        }
        TimerCommand::Cancel => {
            let session = ctx.call::<TimerCancel>(Empty {})?;
            ctx.notice(format!(
                "Cancelled the timer on {} that ran since {}; nothing was recorded.",
                session.target(),
                ctx.printer().view.time(session.start)
            ));
            Ok(())
        }
        TimerCommand::Continue(args) => {
            let session = ctx.call::<TimerContinue>(ContinueRequest {
                note: args.note,
                at: args.at,
                force: args.force,
            })?;
            started_notice(ctx, &session);
            print_session(ctx, &session)
        }
        TimerCommand::Manual(args) => {
            let request = ManualRequest {
                target: args.target.spec(),
                from: args.from,
                to: args.to,
                duration: args.duration,
                note: args.note,
                tags: args.tags,
                force: args.force,
            };
            let session = ctx.call::<TimerManual>(request)?;
            ctx.notice(format!(
                "Recorded {} on {}.",
                format_duration(session.duration_seconds.unwrap_or_default()),
                session.target()
            ));
            print_session(ctx, &session)
        }
        TimerCommand::Edit(args) => print_edited(
            ctx,
            &ctx.call::<TimerEdit>(TimerEditRequest { note: args.note, start: args.start })?,
        ),
        TimerCommand::Note(args) => print_edited(
            ctx,
            &ctx.call::<TimerEdit>(TimerEditRequest { note: Some(args.note), start: None })?,
        ),
    }
}
