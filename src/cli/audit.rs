//! `stint audit list`: the audit log, newest first, with filters.

use clap::{Args, Subcommand};
use stint::service::audit::{AuditEventView, AuditList, ListRequest};

use super::Ctx;
use super::output::{Format, Record, View};
use super::table::Col;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events, newest first (supervisors and admins)
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only events at or after this time (e.g. yesterday, -2h, 2024-05-01)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only events by this user
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only events on this object: a type (user, ticket, setting) or TYPE:ID
    #[arg(long, value_name = "TYPE[:ID]")]
    pub object: Option<String>,
    /// Only this action, or a family of them (e.g. user, user.add)
    #[arg(long)]
    pub action: Option<String>,
    /// At most this many events (a table without a filter shows the latest 50 unless given)
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

impl Record for AuditEventView {
    const COLUMNS: &'static [&'static str] =
        &["event_id", "at", "actor_id", "actor", "action", "object_type", "object_id", "before", "after"];
    const HEADERS: &'static [Col] = &[
        Col::number("#"),
        Col::fixed("TIME"),
        Col::text("ACTOR").drop(2),
        Col::fixed("ACTION"),
        Col::fixed("OBJECT").drop(1),
        Col::text("CHANGE").min(16),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        let change = match (&self.before, &self.after) {
            (Some(b), Some(a)) => format!("{b} -> {a}"),
            (None, Some(a)) => a.to_string(),
            (Some(b), None) => format!("was {b}"),
            (None, None) => String::new(),
        };
        let change = if change.chars().count() > 80 {
            format!("{}...", change.chars().take(77).collect::<String>())
        } else {
            change
        };
        vec![
            self.event_id.to_string(),
            view.time(self.at),
            self.actor.clone(),
            self.action.clone(),
            // Ids short, as everywhere in tables: `work_session:1a2b3c4d`.
            format!("{}:{}", self.object_type, super::table::short_id(&self.object_id)),
            change,
        ]
    }
}

/// How many events a table shows when neither `--limit` nor a filter narrows the log: a
/// screenful, not a whole history.
const TABLE_DEFAULT: u32 = 50;

pub fn run(ctx: &Ctx, cmd: AuditCommand) -> anyhow::Result<()> {
    let AuditCommand::List(args) = cmd;
    let unfiltered =
        args.since.is_none() && args.actor.is_none() && args.object.is_none() && args.action.is_none();
    let cut = args.limit.is_none() && unfiltered && ctx.global.format == Format::Table;
    let request = ListRequest {
        since: args.since,
        actor: args.actor,
        object: args.object,
        action: args.action,
        limit: if cut { Some(TABLE_DEFAULT) } else { args.limit },
    };
    let events = ctx.call::<AuditList>(request)?;
    let shown = ctx.printer().list(&events)?;
    if shown == 0 {
        ctx.empty_table("no audit events match");
    } else if cut && shown == TABLE_DEFAULT as usize {
        ctx.notice(format!(
            "Showing the latest {TABLE_DEFAULT} audit events; use --limit N or a filter (--since, --actor, --object, --action) for others."
        ));
    }
    Ok(())
}
