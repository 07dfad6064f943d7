//! `stint session ...`: the work-session commands (the records timers make). List, show, edit
//! and delete live here; `report`, `summary` and `import` have files of their own.

use clap::{Args, Subcommand};
use stint::id::IdPrefix;
use stint::service::session::{EditRequest, ListRequest, SessionDelete, SessionEdit, SessionShow};
use stint::text::escape_for_terminal;
use stint::time::format_duration;
use stint::work::{SessionSelector, WorkSessionRef, WorkSessionView};

use super::args::{FilterArgs, print_edited};
use super::prompt::{confirmed, must_confirm};
use super::{Ctx, import, output, report, summary};

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List work sessions, oldest first (yours unless --user or --all-users)
    #[command(after_help = super::help::examples_help("session list"))]
    List(ListArgs),
    /// Show one work session
    Show(RefArgs),
    /// Correct a work session's times, target, note or tags (anyone's as a supervisor or admin)
    Edit(EditArgs),
    /// Delete a work session (anyone's as a supervisor or admin); asks first on a terminal
    Delete(DeleteArgs),
    /// Total time per user, ticket, case, day, week or month, clipped to the range
    #[command(after_help = super::help::examples_help("session report"))]
    Report(report::ReportArgs),
    /// Your day: sessions grouped by local day with what they were on, and totals (today's
    /// unless a period or --from/--to is given)
    #[command(after_help = super::help::examples_help("session summary"))]
    Summary(summary::SummaryArgs),
    /// Import work sessions from stint's CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)
    #[command(after_help = super::help::examples_help("session import"))]
    Import(import::ImportArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Cut sessions to the range and split them at local midnights, as reports count them
    #[arg(long)]
    pub clip: bool,
    /// Only the latest N sessions by start (still listed oldest first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

#[derive(Debug, Args)]
pub struct RefArgs {
    /// Work session: id or unique prefix (4+ hex digits), `last` or @1 (your latest by start), @2, ...
    #[arg(add = super::dynamic::sessions())]
    pub id: SessionSelector,
    /// Look for the id among this user's sessions (`last` and @N count theirs)
    #[arg(long, value_name = "NAME", add = super::dynamic::users())]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub session: RefArgs,
    /// Delete without asking (required off a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Work session: id or unique prefix (4+ hex digits), `last` or @1 (your latest by start), @2, ...
    #[arg(add = super::dynamic::sessions())]
    pub id: SessionSelector,
    /// Look for the id among this user's sessions (`last` and @N count theirs)
    #[arg(long, value_name = "NAME", add = super::dynamic::users())]
    pub user: Option<String>,
    /// New start
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// New end (a running timer is ended only by its owner, with `timer stop --at`)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Put the session on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number, conflicts_with = "no_ticket", add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
    /// Take the session off its ticket (it must keep a case)
    #[arg(long)]
    pub no_ticket: bool,
    /// Put the session on this case (id or unique prefix)
    #[arg(long, value_name = "ID", conflicts_with = "no_case", add = super::dynamic::cases())]
    pub case: Option<IdPrefix>,
    /// Take the session off its case (it must keep a ticket)
    #[arg(long)]
    pub no_case: bool,
    /// New note (an empty string clears it)
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Put this tag on the session (repeatable)
    #[arg(long = "tag", value_name = "NAME", allow_hyphen_values = true)]
    pub tags: Vec<String>,
    /// Take this tag off the session (repeatable)
    #[arg(long = "untag", value_name = "NAME", allow_hyphen_values = true)]
    pub untags: Vec<String>,
    /// Allow a session longer than timer.max_length, or a closed ticket or case
    #[arg(long)]
    pub force: bool,
}

fn reference(id: SessionSelector, user: Option<String>) -> WorkSessionRef {
    WorkSessionRef { id, user }
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> anyhow::Result<()> {
    match cmd {
        SessionCommand::List(args) => list(ctx, args),
        SessionCommand::Report(args) => report::run(ctx, args),
        SessionCommand::Summary(args) => summary::run(ctx, args),
        SessionCommand::Import(args) => import::run(ctx, args),
        SessionCommand::Show(args) => {
            let session = ctx.call::<SessionShow>(reference(args.id, args.user))?;
            Ok(ctx.printer().one(&session)?)
        }
        SessionCommand::Edit(args) => {
            let request = EditRequest {
                session: reference(args.id, args.user),
                from: args.from,
                to: args.to,
                ticket: args.ticket,
                no_ticket: args.no_ticket,
                case: args.case,
                no_case: args.no_case,
                note: args.note,
                tag: args.tags,
                untag: args.untags,
                force: args.force,
            };
            print_edited(ctx, &ctx.call::<SessionEdit>(request)?)
        }
        SessionCommand::Delete(args) => {
            let mut named = reference(args.session.id, args.session.user);
            if must_confirm(args.yes, ctx.stdin_is_terminal, "deleting a work session")? {
                let session = ctx.call::<SessionShow>(named.clone())?;
                output::eprint_line(describe(ctx, &session));
                if !confirmed("Delete?")? {
                    ctx.notice("Nothing was deleted.");
                    return Ok(());
                }
                // The session shown is the one deleted, even if `last` has moved on since.
                named.id = SessionSelector::Id(session.work_session_id.to_string().parse()?);
            }
            let deleted = ctx.call::<SessionDelete>(named)?;
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

/// One work session on one line, for the question before deleting it.
fn describe(ctx: &Ctx, session: &WorkSessionView) -> String {
    let view = &ctx.printer().view;
    let span = match (session.end, session.duration_seconds) {
        (Some(end), Some(length)) => {
            format!("{} to {} ({})", view.time(session.start), view.time(end), format_duration(length))
        }
        _ => format!("running since {}", view.time(session.start)),
    };
    let note = if session.note.is_empty() {
        String::new()
    } else {
        format!(", note \"{}\"", escape_for_terminal(&session.note))
    };
    let tags = if session.tags.is_empty() {
        String::new()
    } else {
        format!(", tagged {}", escape_for_terminal(&session.tags.join(" ")))
    };
    format!(
        "Work session {} of {} on {}: {span}{note}{tags}",
        session.work_session_id.short(),
        escape_for_terminal(&session.user),
        session.target(),
    )
}

/// Streams the listing: machine formats write each row as it is read, so an export of any
/// size stays flat in memory.
fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let request = ListRequest { filter: args.filter.request(), clip: args.clip, limit: args.limit };
    let printer = ctx.printer();
    let mut sink = printer.sink::<WorkSessionView>()?;
    ctx.stream(|service, each| service.list(request, each), |session| sink.push(&session))?;
    if sink.finish()? == 0 {
        ctx.empty_table("no work sessions match");
    }
    Ok(())
}
