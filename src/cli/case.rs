//! `stint case ...`: open, list, show, note, log, edit, close, archive.

use std::io::{Read, Write};

use anyhow::Context as _;
use clap::{Args, Subcommand};
use stint::Error;
use stint::case::{self, CaseDetail, CaseFilter, CaseSort, CaseView, MAX_NOTE_CHARS, NewCase, NoteView};
use stint::id::IdPrefix;
use stint::service::case::{
    CaseArchive, CaseClose, CaseEdit, CaseList, CaseLog, CaseNote, CaseOpen, CaseShow, EditRequest,
    IdRequest, NoteRequest, ShowRequest,
};
use stint::text::escape_for_terminal;
use stint::ticket;

use super::Ctx;
use super::output::{Format, Printer, Record, View, joined_columns};
use super::table::{self, Col};
use super::values::{CaseSortArg, CaseStatusArg, PriorityArg};

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Open a case that you own, optionally linked to a ticket
    #[command(after_help = super::help::examples_help("case open"))]
    Open(OpenArgs),
    /// List your cases, newest first (anyone's with --owner or --all-users, for supervisors and
    /// admins)
    List(ListArgs),
    /// Show a case with its description; a table also lists its latest 10 work sessions
    Show {
        /// Case id or a unique prefix of it (4+ hex digits)
        #[arg(add = super::dynamic::cases())]
        id: IdPrefix,
    },
    /// Add a note to a case's conversation
    #[command(after_help = super::help::examples_help("case note"))]
    Note(NoteArgs),
    /// Print a case's conversation, oldest note first
    Log {
        /// Case id or a unique prefix of it (4+ hex digits)
        #[arg(add = super::dynamic::cases())]
        id: IdPrefix,
    },
    /// Change a case's title, description, status, priority or linked ticket
    Edit(EditArgs),
    /// Close a case
    Close {
        /// Case id or a unique prefix of it (4+ hex digits)
        #[arg(add = super::dynamic::cases())]
        id: IdPrefix,
    },
    /// Archive a case; it takes no more notes until its status changes
    Archive {
        /// Case id or a unique prefix of it (4+ hex digits)
        #[arg(add = super::dynamic::cases())]
        id: IdPrefix,
    },
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// Title: 1 to 200 characters
    pub title: String,
    /// Longer description, up to 10,000 characters
    #[arg(long)]
    pub description: Option<String>,
    /// Priority
    #[arg(long, value_enum, ignore_case = true, default_value_t = PriorityArg::Normal)]
    pub priority: PriorityArg,
    /// Link the case to this ticket number
    #[arg(long, value_name = "NUMBER", value_parser = ticket::parse_number, add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only cases with this status; can be repeated or comma-separated
    #[arg(long, value_enum, ignore_case = true, value_name = "STATUS", value_delimiter = ',')]
    pub status: Vec<CaseStatusArg>,
    /// Cases of this user instead of yours (`me` for yourself; others need supervisor or admin)
    #[arg(long, value_name = "USER", conflicts_with = "all_users", add = super::dynamic::users())]
    pub owner: Option<String>,
    /// Everyone's cases (supervisors and admins)
    #[arg(long)]
    pub all_users: bool,
    /// Only the latest N cases, listed oldest first (with --sort: the first N in that order)
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Order [default: newest]
    #[arg(long, value_enum, ignore_case = true)]
    pub sort: Option<CaseSortArg>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// Case id or a unique prefix of it (4+ hex digits)
    #[arg(add = super::dynamic::cases())]
    pub id: IdPrefix,
    /// The note, up to 20,000 characters
    #[arg(conflicts_with = "stdin")]
    pub text: Option<String>,
    /// Read the note from stdin instead (one final line ending is dropped)
    #[arg(long)]
    pub stdin: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Case id or a unique prefix of it (4+ hex digits)
    #[arg(add = super::dynamic::cases())]
    pub id: IdPrefix,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New description (an empty string clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// New status
    #[arg(long, value_enum, ignore_case = true)]
    pub status: Option<CaseStatusArg>,
    /// New priority
    #[arg(long, value_enum, ignore_case = true)]
    pub priority: Option<PriorityArg>,
    /// Link the case to this ticket number instead
    #[arg(long, value_name = "NUMBER", value_parser = ticket::parse_number, conflicts_with = "no_ticket", add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
    /// Take the case off its ticket
    // `--unlink-ticket` was the first spelling; kept, hidden, so scripts keep working.
    #[arg(long, alias = "unlink-ticket")]
    pub no_ticket: bool,
}

fn ticket_cell(ticket: Option<i64>) -> String {
    ticket.map_or_else(|| "-".into(), |n| format!("#{n}"))
}

impl Record for CaseView {
    const COLUMNS: &'static [&'static str] = &[
        "case_id",
        "title",
        "status",
        "priority",
        "owner_id",
        "owner",
        "ticket",
        "created_at",
        "updated_at",
        "message_count",
    ];
    const HEADERS: &'static [Col] = &[
        Col::id("ID"),
        Col::text("TITLE").min(24),
        Col::fixed("STATUS"),
        Col::fixed("PRIORITY").drop(3),
        Col::text("OWNER").drop(2),
        Col::fixed("TICKET").drop(4),
        Col::number("NOTES").drop(5),
        Col::fixed("UPDATED").drop(6),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            self.case_id.short(),
            self.title.clone(),
            self.status.to_string(),
            self.priority.to_string(),
            self.owner.clone(),
            ticket_cell(self.ticket),
            self.message_count.to_string(),
            view.time(self.updated_at),
        ]
    }
}

impl Record for CaseDetail {
    const COLUMNS: &'static [&'static str] = joined_columns!(CaseView::COLUMNS, &["description"]);
    const HEADERS: &'static [Col] = &[
        Col::id("ID"),
        Col::text("TITLE"),
        Col::text("DESCRIPTION"),
        Col::fixed("STATUS"),
        Col::fixed("PRIORITY"),
        Col::text("OWNER"),
        Col::fixed("TICKET"),
        Col::number("NOTES"),
        Col::fixed("CREATED"),
        Col::fixed("UPDATED"),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        let c = &self.case;
        vec![
            c.case_id.to_string(),
            c.title.clone(),
            self.description.clone(),
            c.status.to_string(),
            c.priority.to_string(),
            c.owner.clone(),
            ticket_cell(c.ticket),
            c.message_count.to_string(),
            view.time(c.created_at),
            view.time(c.updated_at),
        ]
    }
}

impl Record for NoteView {
    const COLUMNS: &'static [&'static str] = &["note_id", "case_id", "author", "created_at", "body"];
    const HEADERS: &'static [Col] =
        &[Col::number("#"), Col::fixed("TIME"), Col::text("AUTHOR").drop(1), Col::text("NOTE").min(24)];
    fn row(&self, view: &View) -> Vec<String> {
        vec![self.note_id.to_string(), view.time(self.created_at), self.author.clone(), self.body.clone()]
    }
}

/// The conversation as people read it: each note's first line in the NOTE column and the rest
/// of it below, indented to that column, so a note of several paragraphs reads as written;
/// on a known width long lines wrap inside the column. Each line is escaped on its own.
fn print_log(printer: &Printer, notes: &[NoteView]) -> std::io::Result<()> {
    let numbers: Vec<String> = notes.iter().map(|n| n.note_id.to_string()).collect();
    let number_width = numbers.iter().map(String::len).max().unwrap_or(0).max(1);
    let author_width =
        notes.iter().map(|n| table::width(&escape_for_terminal(&n.author))).max().unwrap_or(0).max(6);
    let time_width = 16;
    let note_column = number_width + 2 + time_width + 2 + author_width + 2;
    let indent = " ".repeat(note_column);
    // Too narrow a terminal to wrap into: lines run on, as a terminal folds them.
    let note_width = printer.table_width().map(|w| w.saturating_sub(note_column)).filter(|&w| w >= 12);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let heading = format!("{:>number_width$}  {:time_width$}  {:author_width$}  NOTE", "#", "TIME", "AUTHOR");
    if printer.styled {
        writeln!(out, "\x1b[1m{heading}\x1b[0m")?;
    } else {
        writeln!(out, "{heading}")?;
    }
    for (note, number) in notes.iter().zip(&numbers) {
        let time = printer.view.time(note.created_at);
        let author = escape_for_terminal(&note.author);
        let author_pad = author_width.saturating_sub(table::width(&author));
        let mut lines = note.body.split('\n').flat_map(|line| {
            let line = escape_for_terminal(line.strip_suffix('\r').unwrap_or(line));
            match note_width {
                Some(width) => table::wrap(&line, width),
                None => vec![line],
            }
        });
        let first = lines.next().unwrap_or_default();
        let row = format!(
            "{number:>number_width$}  {time:time_width$}  {author}{}  {first}",
            " ".repeat(author_pad)
        );
        writeln!(out, "{}", row.trim_end())?;
        for line in lines {
            writeln!(out, "{}", format!("{indent}{line}").trim_end())?;
        }
    }
    out.flush()
}

/// `case show`: the case in full and, for machines, how many work sessions it has.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    case: &'a CaseDetail,
    session_count: u64,
}

impl Record for Shown<'_> {
    const COLUMNS: &'static [&'static str] = joined_columns!(CaseDetail::COLUMNS, &["session_count"]);
    const HEADERS: &'static [Col] = CaseDetail::HEADERS;
    fn row(&self, view: &View) -> Vec<String> {
        self.case.row(view)
    }
}

/// Prints one case, or only its id with `-q`.
fn print_case(ctx: &Ctx, view: &CaseView) -> anyhow::Result<()> {
    ctx.print_created(view, view.case_id)
}

/// Prints a changed case, with a notice when it already was as asked.
fn print_changed(ctx: &Ctx, changed: case::CaseChanged, unchanged: &str) -> anyhow::Result<()> {
    if !changed.changed {
        ctx.notice(format!("Case {} {unchanged}; nothing changed.", changed.case.case_id.short()));
    }
    print_case(ctx, &changed.case)
}

/// Reads a note from stdin: at most the note limit, valid UTF-8, one final line ending dropped.
fn read_note_from_stdin() -> anyhow::Result<String> {
    let limit = (MAX_NOTE_CHARS * 4 + 2) as u64;
    let mut bytes = Vec::new();
    std::io::stdin().lock().take(limit + 1).read_to_end(&mut bytes).context("reading the note from stdin")?;
    if bytes.len() as u64 > limit {
        return Err(
            Error::invalid(format!("the note on stdin is longer than {MAX_NOTE_CHARS} characters")).into()
        );
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    String::from_utf8(bytes).map_err(|_| Error::invalid("the note on stdin is not valid UTF-8").into())
}

pub fn run(ctx: &Ctx, cmd: CaseCommand) -> anyhow::Result<()> {
    match cmd {
        CaseCommand::Open(args) => {
            let new = NewCase {
                title: args.title,
                description: args.description.unwrap_or_default(),
                priority: args.priority.into(),
                ticket: args.ticket,
            };
            let opened = ctx.call::<CaseOpen>(new)?;
            ctx.notice(format!("Opened case {}.", opened.case_id.short()));
            print_case(ctx, &opened)
        }
        CaseCommand::List(args) => {
            let filter = CaseFilter {
                statuses: args.status.into_iter().map(Into::into).collect(),
                owner: args.owner,
                all_users: args.all_users,
                limit: args.limit,
                sort: args.sort.map_or(CaseSort::Newest, Into::into),
            };
            // A limit keeps the latest N, which read oldest first as in every limited listing.
            let oldest_first = args.limit.is_some() && args.sort.is_none();
            let mut cases = ctx.call::<CaseList>(filter)?;
            if oldest_first {
                cases.reverse();
            }
            if ctx.printer().list(&cases)? == 0 {
                ctx.empty_table("no cases match");
            }
            Ok(())
        }
        CaseCommand::Show { id } => {
            // Only a table lists the sessions on the case; every format counts them.
            let sessions = ctx.global.format == super::output::Format::Table;
            let shown = ctx.call::<CaseShow>(ShowRequest { id, sessions })?;
            ctx.printer().one(&Shown { case: &shown.case, session_count: shown.sessions.count })?;
            let short = shown.case.case.case_id.short();
            super::args::print_latest(ctx, &shown.sessions, &format!("--case {short}"))
        }
        CaseCommand::Note(args) => {
            let body = match (args.text, args.stdin) {
                (Some(text), _) => text,
                (None, true) => read_note_from_stdin()?,
                (None, false) => {
                    return Err(Error::invalid("give the note as TEXT or pipe it with --stdin").into());
                }
            };
            let note = ctx.call::<CaseNote>(NoteRequest { id: args.id, body })?;
            ctx.notice(format!("Added note {} to case {}.", note.note_id, note.case_id.short()));
            ctx.print_created(&note, note.note_id)
        }
        CaseCommand::Log { id } => {
            let notes = ctx.call::<CaseLog>(IdRequest { id })?;
            let printer = ctx.printer();
            if notes.is_empty() {
                printer.list(&notes)?;
                ctx.empty_table("the case has no notes yet");
            } else if printer.format == Format::Table {
                print_log(&printer, &notes)?;
            } else {
                printer.list(&notes)?;
            }
            Ok(())
        }
        CaseCommand::Edit(args) => {
            let request = EditRequest {
                id: args.id,
                title: args.title,
                description: args.description,
                status: args.status.map(Into::into),
                priority: args.priority.map(Into::into),
                ticket: args.ticket,
                no_ticket: args.no_ticket,
            };
            let changed = ctx.call::<CaseEdit>(request)?;
            print_changed(ctx, changed, "already had those values")
        }
        CaseCommand::Close { id } => {
            let changed = ctx.call::<CaseClose>(IdRequest { id })?;
            print_changed(ctx, changed, "is already closed")
        }
        CaseCommand::Archive { id } => {
            let changed = ctx.call::<CaseArchive>(IdRequest { id })?;
            print_changed(ctx, changed, "is already archived")
        }
    }
}
