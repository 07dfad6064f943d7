//! `stint session summary`: the day view — work sessions grouped by local day with what they
//! were on, a total per day and one for the range. Machine formats give one record per (day,
//! session) with the day's total.

use std::io;

use clap::Args;
use stint::report::SummaryEntry;
use stint::text::guard_cell;
use stint::time::format_duration;
use stint::work::WorkSessionView;

use super::Ctx;
use super::args::FilterArgs;
use super::output::{Format, Record, View, joined_columns};
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

/// Prints the day view as the service hands it over, a day at a time: machine formats one
/// record per entry, a table each day's rows under its date, the day's total after them, and
/// the range's total last.
pub fn run(ctx: &Ctx, args: SummaryArgs) -> anyhow::Result<()> {
    // Someone else's or everyone's sessions: each row says whose.
    let with_user = args.filter.all_users || args.filter.user.is_some();
    let request = args.filter.request();
    let printer = ctx.printer();
    if printer.format != Format::Table {
        let mut sink = printer.sink::<SummaryEntry>()?;
        ctx.stream(|service, each| service.summary(request, each), |entry| sink.push(&entry))?;
        sink.finish()?;
        return Ok(());
    }
    let mut headers: Vec<Col<String>> = SummaryEntry::HEADERS
        .iter()
        .map(|c| Col { heading: c.heading.to_owned(), kind: c.kind, drop: c.drop, min: c.min })
        .collect();
    if with_user {
        headers.insert(USER_COLUMN, Col::text("USER".to_owned()));
    }
    let columns = headers.len();
    let target_column = headers.iter().position(|h| h.heading == "TARGET").unwrap_or(DURATION_COLUMN + 1);
    let total_row = |label_column: usize, label: &str, seconds: i64, running: bool| {
        let mut row = vec![String::new(); columns];
        row[label_column] = label.to_owned();
        row[DURATION_COLUMN] = marked(seconds, running);
        row
    };
    let mut table = printer.dynamic_table(headers);
    // The day being printed: its date, its total, and whether a running session counts in it.
    let mut open_day: Option<(chrono::NaiveDate, i64, bool)> = None;
    let (mut total, mut running) = (0, false);
    ctx.stream(
        |service, each| service.summary(request, each),
        |entry| {
            let mut row = entry.row(&printer.view);
            match open_day {
                Some((day, _, _)) if day == entry.day => row[0].clear(),
                Some((_, seconds, day_running)) => {
                    table.push(total_row(target_column, "day total", seconds, day_running))?;
                }
                None => {}
            }
            let day_running =
                entry.session.running || open_day.is_some_and(|(day, _, r)| r && day == entry.day);
            open_day = Some((entry.day, entry.day_total_seconds, day_running));
            if with_user {
                row.insert(USER_COLUMN, entry.session.user.clone());
            }
            total += entry.session.duration_seconds.unwrap_or(0);
            running |= entry.session.running;
            table.push(row)
        },
    )?;
    let Some((_, seconds, day_running)) = open_day else {
        ctx.notice("no work sessions match");
        return Ok(());
    };
    table.push(total_row(target_column, "day total", seconds, day_running))?;
    table.push(total_row(0, "total", total, running))?;
    table.finish()?;
    Ok(())
}

/// A duration, marked when a running session counts in it.
fn marked(seconds: i64, running: bool) -> String {
    if running { format!("{} (running)", format_duration(seconds)) } else { format_duration(seconds) }
}
