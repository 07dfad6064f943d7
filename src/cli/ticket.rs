//! `stint ticket ...`: create, list, show, edit, assign, close, reopen.

use clap::{Args, Subcommand};
use serde::Serialize;
use stint::Error;
use stint::service::ticket::{
    AssignRequest, EditRequest, NumberRequest, ShowRequest, TicketAssign, TicketClose, TicketCreate,
    TicketEdit, TicketList, TicketReopen, TicketShow, TicketShown,
};
use stint::ticket::{self, AssigneeFilter, NewTicket, TicketFilter, TicketSort, TicketView};
use stint::time::format_duration;

use super::Ctx;
use super::output::{Format, Record, View, joined_columns};
use super::table::Col;
use super::values::{PriorityArg, TicketSortArg, TicketStatusArg};

#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// Create a ticket and print it (only its number with -q)
    #[command(after_help = super::help::examples_help("ticket create"))]
    Create(CreateArgs),
    /// List tickets, newest first
    #[command(after_help = super::help::examples_help("ticket list"))]
    List(ListArgs),
    /// Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions
    /// (everyone's, or only yours for technicians)
    Show {
        /// Ticket number, e.g. 42 or #42
        #[arg(value_parser = ticket::parse_number, add = super::dynamic::tickets())]
        number: i64,
    },
    /// Change a ticket's title, description, status, priority or requester
    Edit(EditArgs),
    /// Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign
    Assign(AssignArgs),
    /// Close a ticket
    Close {
        /// Ticket number, e.g. 42 or #42
        #[arg(value_parser = ticket::parse_number, add = super::dynamic::tickets())]
        number: i64,
    },
    /// Reopen a resolved or closed ticket
    Reopen {
        /// Ticket number, e.g. 42 or #42
        #[arg(value_parser = ticket::parse_number, add = super::dynamic::tickets())]
        number: i64,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Title: 1 to 200 characters
    pub title: String,
    /// Longer description, up to 10,000 characters
    #[arg(long)]
    pub description: Option<String>,
    /// Priority
    #[arg(long, value_enum, ignore_case = true, default_value_t = PriorityArg::Normal)]
    pub priority: PriorityArg,
    /// Who asked for the work (free text, e.g. a name and email address)
    #[arg(long)]
    pub requester: Option<String>,
    /// Assign the ticket to this user (`me` for yourself)
    #[arg(long, value_name = "USER", add = super::dynamic::users())]
    pub assignee: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only tickets with this status; can be repeated or comma-separated
    #[arg(long, value_enum, ignore_case = true, value_name = "STATUS", value_delimiter = ',')]
    pub status: Vec<TicketStatusArg>,
    /// Only tickets assigned to this user (`me` for yourself)
    #[arg(long, value_name = "USER", conflicts_with = "unassigned", add = super::dynamic::users())]
    pub assignee: Option<String>,
    /// Only tickets assigned to nobody
    #[arg(long)]
    pub unassigned: bool,
    /// Only tickets with this priority
    #[arg(long, value_enum, ignore_case = true)]
    pub priority: Option<PriorityArg>,
    /// Only tickets whose title or description contains this text (literally: % and _ are
    /// ordinary characters; ASCII letters match either case)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only the latest N tickets, listed oldest first (with --sort: the first N in that order)
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Order [default: newest]
    #[arg(long, value_enum, ignore_case = true)]
    pub sort: Option<TicketSortArg>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Ticket number, e.g. 42 or #42
    #[arg(value_parser = ticket::parse_number, add = super::dynamic::tickets())]
    pub number: i64,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New description (an empty string clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// New status
    #[arg(long, value_enum, ignore_case = true)]
    pub status: Option<TicketStatusArg>,
    /// New priority
    #[arg(long, value_enum, ignore_case = true)]
    pub priority: Option<PriorityArg>,
    /// New requester (an empty string clears it)
    #[arg(long)]
    pub requester: Option<String>,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Ticket number, e.g. 42 or #42
    #[arg(value_parser = ticket::parse_number, add = super::dynamic::tickets())]
    pub number: i64,
    /// The user to assign (`me` for yourself)
    #[arg(conflicts_with = "unassign", add = super::dynamic::users())]
    pub user: Option<String>,
    /// Leave the ticket assigned to nobody
    #[arg(long)]
    pub unassign: bool,
}

impl Record for TicketView {
    const COLUMNS: &'static [&'static str] = &[
        "number",
        "title",
        "description",
        "status",
        "priority",
        "requester",
        "assignee",
        "assignee_id",
        "creator",
        "created_at",
        "updated_at",
        "total_seconds",
    ];
    const HEADERS: &'static [Col] = &[
        Col::number("#"),
        Col::text("TITLE").min(24),
        Col::fixed("STATUS"),
        Col::fixed("PRIORITY").drop(3),
        Col::text("ASSIGNEE").drop(2),
        Col::text("REQUESTER").drop(5),
        Col::fixed("UPDATED").drop(4),
        Col::fixed("TIME").drop(1),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            self.number.to_string(),
            self.title.clone(),
            self.status.to_string(),
            self.priority.to_string(),
            self.assignee.clone().unwrap_or_else(|| "-".into()),
            self.requester.clone(),
            view.time(self.updated_at),
            format_duration(self.total_seconds),
        ]
    }
}

/// One ticket in full, for `show` and the commands that change a ticket. Machine formats print
/// it exactly as a list entry.
#[derive(Serialize)]
#[serde(transparent)]
struct Detail<'a>(&'a TicketView);

impl Record for Detail<'_> {
    const COLUMNS: &'static [&'static str] = TicketView::COLUMNS;
    const HEADERS: &'static [Col] = &[
        Col::fixed("NUMBER"),
        Col::text("TITLE"),
        Col::text("DESCRIPTION"),
        Col::fixed("STATUS"),
        Col::fixed("PRIORITY"),
        Col::text("REQUESTER"),
        Col::text("ASSIGNEE"),
        Col::text("CREATOR"),
        Col::fixed("CREATED"),
        Col::fixed("UPDATED"),
        Col::fixed("TIME SPENT"),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        let t = self.0;
        vec![
            format!("#{}", t.number),
            t.title.clone(),
            t.description.clone(),
            t.status.to_string(),
            t.priority.to_string(),
            t.requester.clone(),
            t.assignee.clone().unwrap_or_else(|| "-".into()),
            t.creator.clone(),
            view.time(t.created_at),
            view.time(t.updated_at),
            format_duration(t.total_seconds),
        ]
    }
}

/// `ticket show`: the ticket in full and, for machines, how many work sessions it has.
#[derive(Serialize)]
struct Shown {
    #[serde(flatten)]
    ticket: TicketView,
    session_count: u64,
}

impl Shown {
    fn of(shown: &TicketShown) -> Self {
        Shown { ticket: shown.ticket.clone(), session_count: shown.sessions.count }
    }
}

impl Record for Shown {
    const COLUMNS: &'static [&'static str] = joined_columns!(TicketView::COLUMNS, &["session_count"]);
    const HEADERS: &'static [Col] = Detail::HEADERS;
    fn row(&self, view: &View) -> Vec<String> {
        Detail(&self.ticket).row(view)
    }
}

/// Prints one ticket, or only its number with `-q`.
fn print_ticket(ctx: &Ctx, view: &TicketView) -> anyhow::Result<()> {
    ctx.print_created(&Detail(view), view.number)
}

/// Prints a changed ticket, with a notice when it already was as asked.
fn print_changed(ctx: &Ctx, changed: ticket::TicketChanged, unchanged: &str) -> anyhow::Result<()> {
    if !changed.changed {
        ctx.notice(format!("Ticket #{} {unchanged}; nothing changed.", changed.ticket.number));
    }
    print_ticket(ctx, &changed.ticket)
}

pub fn run(ctx: &Ctx, cmd: TicketCommand) -> anyhow::Result<()> {
    match cmd {
        TicketCommand::Create(args) => {
            let new = NewTicket {
                title: args.title,
                description: args.description.unwrap_or_default(),
                priority: args.priority.into(),
                requester: args.requester.unwrap_or_default(),
                assignee: args.assignee,
            };
            let created = ctx.call::<TicketCreate>(new)?;
            ctx.notice(format!("Created ticket #{}.", created.number));
            print_ticket(ctx, &created)
        }
        TicketCommand::List(args) => {
            let assignee = match (args.assignee, args.unassigned) {
                (Some(name), _) => Some(AssigneeFilter::User(name)),
                (None, true) => Some(AssigneeFilter::Unassigned),
                (None, false) => None,
            };
            let filter = TicketFilter {
                statuses: args.status.into_iter().map(Into::into).collect(),
                assignee,
                priority: args.priority.map(Into::into),
                search: args.search,
                limit: args.limit,
                sort: args.sort.map_or(TicketSort::Newest, Into::into),
            };
            // A limit keeps the latest N, which read oldest first as in every limited listing.
            let oldest_first = args.limit.is_some() && args.sort.is_none();
            let mut tickets = ctx.call::<TicketList>(filter)?;
            if oldest_first {
                tickets.reverse();
            }
            if ctx.printer().list(&tickets)? == 0 {
                ctx.empty_table("no tickets match");
            }
            Ok(())
        }
        TicketCommand::Show { number } => {
            // Only a table lists the sessions under the ticket. Its time spent, the last field,
            // sums every session on the ticket, so a table shows the rest before asking for it.
            if ctx.global.format != Format::Table {
                let shown = ctx.call::<TicketShow>(ShowRequest { number, sessions: false, totals: true })?;
                return Ok(ctx.printer().one(&Shown::of(&shown))?);
            }
            let first = ctx.call::<TicketShow>(ShowRequest { number, sessions: false, totals: false })?;
            let shown = ctx.printer().one_last_field_later(
                &Shown::of(&first),
                || ctx.call::<TicketShow>(ShowRequest { number, sessions: true, totals: true }),
                Shown::of,
            )?;
            super::args::print_latest(ctx, &shown.sessions, &format!("--ticket {number}"))
        }
        TicketCommand::Edit(args) => {
            let edit = ticket::TicketEdit {
                title: args.title,
                description: args.description,
                status: args.status.map(Into::into),
                priority: args.priority.map(Into::into),
                requester: args.requester,
            };
            let changed = ctx.call::<TicketEdit>(EditRequest { number: args.number, edit })?;
            print_changed(ctx, changed, "already had those values")
        }
        TicketCommand::Assign(args) => {
            let user = match (args.user, args.unassign) {
                (Some(user), _) => Some(user),
                (None, true) => None,
                (None, false) => {
                    return Err(
                        Error::invalid("give a USER to assign (`me` for yourself) or --unassign").into()
                    );
                }
            };
            let changed = ctx.call::<TicketAssign>(AssignRequest { number: args.number, user })?;
            let unchanged = match &changed.ticket.assignee {
                Some(name) => format!("is already assigned to {name}"),
                None => "is already unassigned".to_owned(),
            };
            print_changed(ctx, changed, &unchanged)
        }
        TicketCommand::Close { number } => {
            let changed = ctx.call::<TicketClose>(NumberRequest { number })?;
            print_changed(ctx, changed, "is already closed")
        }
        TicketCommand::Reopen { number } => {
            let changed = ctx.call::<TicketReopen>(NumberRequest { number })?;
            let unchanged = format!("is {}, not resolved or closed", changed.ticket.status);
            print_changed(ctx, changed, &unchanged)
        }
    }
}
