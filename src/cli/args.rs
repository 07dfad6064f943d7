//! Helpers more than one command file shares: the work-session filter flags
//! (`session list`, `session report`), and how one work session, or a correction of one, is
//! shown.

use std::io;

use clap::{ArgGroup, Args};
use stint::id::IdPrefix;
use stint::service::session::{FilterRequest, LatestSessions};
use stint::text::guard_cell;
use stint::time::{Period, Timestamp, format_duration};
use stint::work::{Edited, WorkSessionView};

use super::Ctx;
use super::output::{Record, View};
use super::table::Col;

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
    #[arg(long, value_name = "NAME", conflicts_with = "all_users", add = super::dynamic::users())]
    pub user: Option<String>,
    /// Everyone's sessions (supervisors, admins and viewers)
    #[arg(long)]
    pub all_users: bool,
    /// Only sessions on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number, add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
    /// Only sessions on this case (id or unique prefix of 4+ hex digits)
    #[arg(long, value_name = "ID", add = super::dynamic::cases())]
    pub case: Option<IdPrefix>,
    /// Only sessions with this tag
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub tag: Option<String>,
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

impl FilterArgs {
    /// The filter flags as a request; the service reads the times with its clock.
    pub fn request(self) -> FilterRequest {
        let period = self.period();
        FilterRequest {
            from: self.from,
            to: self.to,
            period,
            user: self.user,
            all_users: self.all_users,
            ticket: self.ticket,
            case: self.case,
            tag: self.tag,
            running: self.running,
        }
    }
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
        "tags",
    ];
    const HEADERS: &'static [Col] = &[
        Col::fixed("START"),
        Col::fixed("END").drop(2),
        Col::fixed("DURATION"),
        Col::text("USER").drop(4),
        Col::fixed("TARGET"),
        Col::text("TAGS").drop(5),
        Col::fixed("SOURCE").drop(6),
        Col::text("NOTE").drop(1).min(16),
        Col::id("ID").drop(3),
    ];
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
            text(&self.tags.join(stint::text::TAG_SEPARATOR)),
        ])
    }

    fn row(&self, view: &View) -> Vec<String> {
        vec![
            view.time(self.start),
            self.end.map_or_else(|| "running".into(), |end| view.end_time(self.start, end)),
            self.duration_seconds.map_or_else(|| "running".into(), format_duration),
            self.user.clone(),
            // A session is on a ticket or a case, never both: one column says which.
            match (self.ticket, self.case_id) {
                (Some(n), _) => format!("#{n}"),
                (None, Some(case)) => case.short(),
                (None, None) => String::new(),
            },
            self.tags.join(" "),
            self.source.to_string(),
            self.note.clone(),
            self.work_session_id.to_string(),
        ]
    }
}

/// Ends a detail view (`ticket show`, `case show`) with its latest work sessions and, when
/// there are more, how many and the command that lists them all (`filter`: `--ticket 5`).
pub fn print_latest(ctx: &Ctx, latest: &LatestSessions, filter: &str) -> anyhow::Result<()> {
    if latest.sessions.is_empty() {
        return Ok(());
    }
    super::output::print_line("")?;
    ctx.printer().list(&latest.sessions)?;
    let more = latest.count.saturating_sub(latest.sessions.len() as u64);
    if more > 0 {
        let everyone = if latest.all_users { " --all-users" } else { "" };
        super::output::print_line(format!("{more} more: stint session list {filter}{everyone}"))?;
    }
    Ok(())
}

/// Prints one work session, or only its id with `-q`.
pub fn print_session(ctx: &Ctx, session: &WorkSessionView) -> anyhow::Result<()> {
    ctx.print_created(session, session.work_session_id)
}

/// Says whether a correction changed anything, then prints the session.
pub fn print_edited(ctx: &Ctx, edited: &Edited) -> anyhow::Result<()> {
    let id = edited.session.work_session_id.short();
    if edited.changed {
        ctx.notice(format!("Updated work session {id}."));
    } else {
        ctx.notice(format!("Work session {id} already had those values; nothing changed."));
    }
    print_session(ctx, &edited.session)
}
