//! `stint audit list`: the audit log, oldest first like any log, with filters.

use clap::{Args, Subcommand};
use serde_json::Value;
use stint::service::audit::{AuditEventView, AuditList, ListRequest};

use super::Ctx;
use super::output::{Format, Record, View};
use super::table::Col;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events, oldest first (supervisors and admins)
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only events at or after this time (e.g. yesterday, -2h, 2024-05-01)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only events by this user
    #[arg(long, value_name = "NAME", add = super::dynamic::usernames())]
    pub actor: Option<String>,
    /// Only events on this object: a type (user, ticket, setting) or TYPE:ID
    #[arg(long, value_name = "TYPE[:ID]")]
    pub object: Option<String>,
    /// Only this action, or a family of them (e.g. user, user.add)
    #[arg(long)]
    pub action: Option<String>,
    /// Only the latest N events, still oldest first (a table without a filter shows the latest 50)
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
        vec![
            self.event_id.to_string(),
            view.time(self.at),
            self.actor.clone(),
            self.action.clone(),
            // Ids short, as everywhere in tables: `work_session:1a2b3c4d`.
            format!("{}:{}", self.object_type, super::table::short_id(&self.object_id)),
            what_changed(self.before.as_ref(), self.after.as_ref(), &self.object_id),
        ]
    }
}

/// What an event changed, as people read it: `status: open → closed, title: "a" → "b"` for an
/// edit (the fields that differ), `title: "a", status: open` for a creation, and the same after
/// `was` for a removal. Machine formats keep the whole before- and after-images.
fn what_changed(before: Option<&Value>, after: Option<&Value>, object_id: &str) -> String {
    match (before, after) {
        (Some(Value::Object(old)), Some(Value::Object(new))) => {
            let keys = old.keys().chain(new.keys().filter(|k| !old.contains_key(*k)));
            let changed: Vec<String> = keys
                .filter(|k| old.get(*k) != new.get(*k))
                .map(|k| format!("{k}: {} → {}", shown(old.get(k)), shown(new.get(k))))
                .collect();
            if changed.is_empty() { "no change".to_owned() } else { changed.join(", ") }
        }
        (None, Some(Value::Object(new))) => fields(new, object_id),
        (Some(Value::Object(old)), None) => format!("was {}", fields(old, object_id)),
        (Some(old), Some(new)) => format!("{} → {}", shown(Some(old)), shown(Some(new))),
        (None, Some(new)) => shown(Some(new)),
        (Some(old), None) => format!("was {}", shown(Some(old))),
        (None, None) => String::new(),
    }
}

/// A record's set fields, `key: value` each; left out are what the row shows already (the
/// object's id, the event's time), nulls, and empty texts and lists.
fn fields(object: &serde_json::Map<String, Value>, object_id: &str) -> String {
    let set = object.iter().filter(|(k, v)| match v {
        _ if matches!(k.as_str(), "created_at" | "updated_at") => false,
        Value::Null => false,
        Value::String(s) => !s.is_empty() && s != object_id,
        Value::Number(n) => n.to_string() != object_id,
        Value::Array(a) => !a.is_empty(),
        _ => true,
    });
    set.map(|(k, v)| format!("{k}: {}", shown(Some(v)))).collect::<Vec<_>>().join(", ")
}

/// One value in a change: a word (a status, a name, an id) bare, other text quoted, `none`
/// for nothing, anything else as compact JSON.
fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "none".to_owned(),
        Some(Value::String(s))
            if !s.is_empty()
                && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '@')) =>
        {
            s.clone()
        }
        Some(other) => other.to_string(),
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
    // Said before the rows, so a reader that closes the pipe early (`| head`) still gets it.
    if cut && events.len() == TABLE_DEFAULT as usize {
        ctx.notice(format!(
            "Showing the latest {TABLE_DEFAULT} audit events; use --limit N or a filter (--since, --actor, --object, --action) for others."
        ));
    }
    if ctx.printer().list(&events)? == 0 {
        ctx.empty_table("no audit events match");
    }
    Ok(())
}
