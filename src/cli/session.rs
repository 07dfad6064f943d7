//! `stint session ...`: the work-session commands (the records timers make). List, show, edit
//! and delete live here; `report` and `import` have files of their own.

use std::io;

use clap::{Args, Subcommand};
use stint::Error;
use stint::id::IdPrefix;
use stint::report::clip_view;
use stint::time::format_duration;
use stint::work::{self, WorkSessionEdit, WorkSessionRef, WorkSessionView};

use super::args::{FilterArgs, print_session, session_filter, time_arg};
use super::{Ctx, import, report};

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
    Report(report::ReportArgs),
    /// Import work sessions from stint's CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)
    Import(import::ImportArgs),
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

fn reference(id: IdPrefix, user: Option<String>) -> WorkSessionRef {
    WorkSessionRef { prefix: id, user }
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> anyhow::Result<()> {
    let now = ctx.now;
    match cmd {
        SessionCommand::List(args) => list(ctx, args),
        SessionCommand::Report(args) => report::run(ctx, args),
        SessionCommand::Import(args) => import::run(ctx, args),
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
                clip_view(&session, filter.from, filter.to, now, zone)
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
