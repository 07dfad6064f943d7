//! `stint session summary`: the day view — work sessions grouped by local day with what they
//! were on, a total per day and one for the range. Machine formats give one record per (day,
//! session) with the day's total.

use std::io;

use clap::Args;
use stint::report::SummaryEntry;
use stint::service::session::SessionSummary;
use stint::text::guard_cell;
use stint::time::format_duration;
use stint::work::WorkSessionView;

use super::Ctx;
use super::args::FilterArgs;
use super::output::{DynamicRows, Format, Record, View, joined_columns};
use super::table::Col;

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Which sessions (today's unless a period or --from/--to is given)
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Where the duration sits in a table row, and where the user goes when rows say whose.
const DURATION_COLUMN: usize = 3;
const USER_COLUMN: usize = 4;

/// What the session was on: `#42 Printer jams`, or the case's short id and title.
fn target(entry: &SummaryEntry) -> String {
    let session = &entry.session;
    match (session.ticket, session.case_id, &entry.ticket_title, &entry.case_title) {
        (Some(n), _, Some(title), _) => format!("#{n} {title}"),
        (Some(n), _, None, _) => format!("#{n}"),
        (None, Some(case), _, Some(title)) => format!("{} {title}", case.short()),
        (None, Some(case), _, None) => case.short(),
        (None, None, _, _) => String::new(),
    }
}

impl Record for SummaryEntry {
    const COLUMNS: &'static [&'static str] = joined_columns!(
        &["day"],
        WorkSessionView::COLUMNS,
        &["ticket_title", "case_title", "day_total_seconds"],
    );
    const HEADERS: &'static [Col] = &[
        Col::fixed("DAY"),
        Col::fixed("START"),
        Col::fixed("END"),
        Col::number("DURATION"),
        Col::text("TARGET").min(16),
        Col::text("NOTE").drop(1),
    ];

    fn machine_cells(&self) -> io::Result<Vec<String>> {
        let mut cells = vec![self.day.format("%Y-%m-%d").to_string()];
        cells.extend(self.session.machine_cells()?);
        let title = |t: &Option<String>| t.as_deref().map(|t| guard_cell(t).into_owned()).unwrap_or_default();
        cells.extend([
            title(&self.ticket_title),
            title(&self.case_title),
            self.day_total_seconds.to_string(),
        ]);
        Ok(cells)
    }

    fn row(&self, view: &View) -> Vec<String> {
        let clock = |at: stint::time::Timestamp| at.in_zone(view.zone).format("%H:%M").to_string();
        let session = &self.session;
        let duration = session.duration_seconds.unwrap_or(0);
        vec![
            self.day.format("%Y-%m-%d").to_string(),
            clock(session.start),
            if session.running { "now".to_owned() } else { session.end.map(clock).unwrap_or_default() },
            marked(duration, session.running),
            target(self),
            session.note.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, args: SummaryArgs) -> anyhow::Result<()> {
    // Someone else's or everyone's sessions: each row says whose.
    let with_user = args.filter.all_users || args.filter.user.is_some();
    let entries = ctx.call::<SessionSummary>(args.filter.request())?;
    let printer = ctx.printer();
    if printer.format != Format::Table {
        printer.list(&entries)?;
        return Ok(());
    }
    if entries.is_empty() {
        ctx.notice("no work sessions match");
        return Ok(());
    }
    let mut headers: Vec<Col<String>> = SummaryEntry::HEADERS
        .iter()
        .map(|c| Col { heading: c.heading.to_owned(), kind: c.kind, drop: c.drop, min: c.min })
        .collect();
    if with_user {
        headers.insert(USER_COLUMN, Col::text("USER".to_owned()));
    }
    let blank_row = || vec![String::new(); headers.len()];
    let target_column = headers.iter().position(|h| h.heading == "TARGET").unwrap_or(DURATION_COLUMN + 1);
    let mut rows =
        DynamicRows { columns: Vec::new(), headers: headers.clone(), machine: Vec::new(), table: Vec::new() };
    let (mut total, mut running, mut day_running) = (0, false, false);
    for (i, entry) in entries.iter().enumerate() {
        let mut row = entry.row(&printer.view);
        let first_of_day = i == 0 || entries[i - 1].day != entry.day;
        if !first_of_day {
            row[0].clear();
        }
        if with_user {
            row.insert(USER_COLUMN, entry.session.user.clone());
        }
        rows.table.push(row);
        total += entry.session.duration_seconds.unwrap_or(0);
        running |= entry.session.running;
        day_running |= entry.session.running;
        let last_of_day = entries.get(i + 1).is_none_or(|next| next.day != entry.day);
        if last_of_day {
            let mut day_total = blank_row();
            day_total[DURATION_COLUMN] = marked(entry.day_total_seconds, day_running);
            day_total[target_column] = "day total".to_owned();
            rows.table.push(day_total);
            day_running = false;
        }
    }
    let mut footer = blank_row();
    footer[0] = "total".to_owned();
    footer[DURATION_COLUMN] = marked(total, running);
    printer.dynamic(&rows, Some(footer))?;
    Ok(())
}

/// A duration, marked when a running session counts in it.
fn marked(seconds: i64, running: bool) -> String {
    if running { format!("{} (running)", format_duration(seconds)) } else { format_duration(seconds) }
}
