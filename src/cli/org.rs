//! `stint org`: the operator's commands on organisations (direct database access, no login;
//! refused through a server): create, list, show, rename, suspend, activate, limit, delete.

use clap::{Args, Subcommand};
use stint::org::OrgStatus;
use stint::password;
use stint::setup::{self, OrgView};
use stint::text::{counted, escape_for_terminal};

use super::Ctx;
use super::output::{Record, View};
use super::prompt::{SecretSource, confirmed, must_confirm};
use super::table::Col;

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation and its first admin (in one transaction)
    Create(CreateArgs),
    /// List the organisations with what each holds
    List,
    /// Show one organisation, its limits and usage
    Show {
        /// Organisation name
        name: String,
    },
    /// Rename an organisation (its users log in with the new name)
    Rename {
        /// Organisation name
        name: String,
        /// The new name
        new_name: String,
    },
    /// Suspend an organisation: its users can neither log in nor act
    Suspend {
        /// Organisation name
        name: String,
    },
    /// Let a suspended organisation's users log in and act again
    Activate {
        /// Organisation name
        name: String,
    },
    /// Set an organisation's limits
    Limit(LimitArgs),
    /// Delete an organisation and everything in it; asks first on a terminal
    Delete {
        /// Organisation name
        name: String,
        /// Delete without asking (required off a terminal)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Organisation name (1-64 of a-z, 0-9, '.', '_', '-'; folded to lower case)
    pub name: String,
    /// Username of its first admin
    #[arg(long, value_name = "USERNAME")]
    pub admin: String,
    /// Read the admin's password from the first line of stdin instead of prompting
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("limit").required(true))]
pub struct LimitArgs {
    /// Organisation name
    pub name: String,
    /// The most users the organisation may hold (adding one more is refused)
    #[arg(long, value_name = "N", group = "limit")]
    pub max_users: Option<i64>,
    /// Remove the limit on users
    #[arg(long, group = "limit")]
    pub no_max_users: bool,
}

impl Record for OrgView {
    const COLUMNS: &'static [&'static str] =
        &["name", "org_id", "status", "max_users", "users", "tickets", "sessions", "created_at"];
    const HEADERS: &'static [Col] = &[
        Col::text("NAME"),
        Col::id("ORG ID"),
        Col::fixed("STATUS"),
        Col::number("MAX USERS").drop(2),
        Col::number("USERS"),
        Col::number("TICKETS"),
        Col::number("SESSIONS"),
        Col::fixed("CREATED").drop(1),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            self.name.clone(),
            if view.detail { self.org_id.to_string() } else { self.org_id.short() },
            self.status.as_str().to_owned(),
            self.max_users.map_or_else(|| "-".to_owned(), |n| n.to_string()),
            self.usage.users.to_string(),
            self.usage.tickets.to_string(),
            self.usage.sessions.to_string(),
            view.time(self.created_at),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: OrgCommand) -> anyhow::Result<()> {
    // Operator commands need the database itself: a server refuses them here (exit 5).
    let location = ctx.db_location()?;
    let mut store = ctx.open_store(&location)?;
    let now = ctx.now;
    match cmd {
        OrgCommand::Create(args) => {
            // Every refusal first, so a refused create never prompts or costs a hash.
            let (name, admin) = store.read(|tx| setup::check_create(tx, &args.name, &args.admin))?;
            let secret =
                SecretSource { from_stdin: args.password_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
            let hash = password::hash(&secret.read_new(&format!("Password for {admin}"))?)?;
            let (view, _) = store.write(|tx| setup::create_org(tx, &name, &admin, hash.clone(), now))?;
            ctx.notice(format!(
                "Created organisation {} with admin {admin} (they log in with `stint auth login {admin}@{}`).",
                view.name, view.name
            ));
            ctx.print_created(&view, view.org_id)
        }
        OrgCommand::List => {
            let orgs = store.read(|tx| setup::list_orgs(tx))?;
            ctx.printer().list(&orgs)?;
            Ok(())
        }
        OrgCommand::Show { name } => {
            let view = store.read(|tx| setup::show_org(tx, &name))?;
            Ok(ctx.printer().one(&view)?)
        }
        OrgCommand::Rename { name, new_name } => {
            let view = store.write(|tx| setup::rename_org(tx, &name, &new_name, now))?;
            ctx.notice(format!("Renamed the organisation to {}.", view.name));
            Ok(ctx.printer().one(&view)?)
        }
        OrgCommand::Suspend { name } => set_status(ctx, &mut store, &name, OrgStatus::Suspended),
        OrgCommand::Activate { name } => set_status(ctx, &mut store, &name, OrgStatus::Active),
        OrgCommand::Limit(args) => {
            let max = if args.no_max_users { None } else { args.max_users };
            let view = store.write(|tx| setup::limit_org(tx, &args.name, max, now))?;
            match view.max_users {
                Some(n) => {
                    ctx.notice(format!("{} may hold at most {}.", view.name, counted(n as u64, "user")))
                }
                None => ctx.notice(format!("{} has no limit on users.", view.name)),
            }
            Ok(ctx.printer().one(&view)?)
        }
        OrgCommand::Delete { name, yes } => {
            // The name is checked (and the last organisation refused) before the question.
            let view = store.read(|tx| setup::check_delete(tx, &name))?;
            if must_confirm(yes, ctx.stdin_is_terminal, "deleting an organisation")?
                && !confirmed(&format!(
                    "Delete organisation {} with {}, {} and {}, and its audit log? This cannot be undone.",
                    escape_for_terminal(&view.name),
                    counted(view.usage.users as u64, "user"),
                    counted(view.usage.tickets as u64, "ticket"),
                    counted(view.usage.sessions as u64, "work session"),
                ))?
            {
                ctx.notice("Nothing was deleted.");
                return Ok(());
            }
            let deleted = store.write(|tx| setup::delete_org(tx, &view.name))?;
            ctx.notice(format!("Deleted organisation {} and everything in it.", deleted.name));
            Ok(())
        }
    }
}

fn set_status(
    ctx: &Ctx,
    store: &mut stint::store::Store,
    name: &str,
    status: OrgStatus,
) -> anyhow::Result<()> {
    let now = ctx.now;
    let (view, changed) = store.write(|tx| setup::set_org_status(tx, name, status, now))?;
    match (changed, status) {
        (false, _) => ctx.notice(format!("{} is already {status}; nothing changed.", view.name)),
        (true, OrgStatus::Suspended) => ctx.notice(format!(
            "Suspended {}: its users can neither log in nor act until `stint org activate {}`.",
            view.name, view.name
        )),
        (true, OrgStatus::Active) => ctx.notice(format!("Activated {}.", view.name)),
    }
    Ok(ctx.printer().one(&view)?)
}
