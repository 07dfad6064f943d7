//! `stint session report`: totals per group over work sessions, as a table with bars or as
//! machine rows; the demo prints its reports through here too.

use clap::Args;
use stint::Error;
use stint::report::{self, GroupBy, GroupKey};
use stint::service::session::{ReportRequest, SessionReport};
use stint::time::{format_duration, parse_duration};

use super::Ctx;
use super::args::FilterArgs;
use super::output::DynamicRows;
use super::table::Col;
use super::values::GroupByArg;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Group by this; repeat to nest (e.g. --by user --by day)
    #[arg(long = "by", value_enum, ignore_case = true, value_name = "GROUP")]
    pub by: Vec<GroupByArg>,
    /// Round each row for display to this unit (e.g. 15m; halves round up); the table's total is
    /// the sum of the rounded rows, and machine formats add rounded_seconds beside the raw seconds
    #[arg(long, value_name = "DURATION")]
    pub round: Option<String>,
}

/// The block characters for eighths of a cell, for proportional bars.
const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar `width` cells wide at most, proportional to `value / max`.
fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 || value <= 0 {
        return String::new();
    }
    let eighths = (value as u128 * (width as u128 * 8) / max as u128) as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8]);
    }
    out
}

pub fn run(ctx: &Ctx, args: ReportArgs) -> anyhow::Result<()> {
    let round = args.round.as_deref().map(parse_duration).transpose()?.unwrap_or(1);
    if round == 0 {
        return Err(Error::invalid("--round must be longer than zero").into());
    }
    let request =
        ReportRequest { filter: args.filter.request(), by: args.by.into_iter().map(Into::into).collect() };
    let result = ctx.call::<SessionReport>(request)?;
    print_report(ctx, &result, args.round.is_some().then_some(round))
}

/// A group's cell for people: a ticket as `#42 Printer jams`, a case as its short id and title
/// (the table cuts a long one to fit).
fn key_cell(key: &GroupKey, titles: &report::Titles) -> String {
    let title = titles.of(key);
    let key_text = match key {
        GroupKey::Case(Some(id)) => id.chars().take(8).collect(),
        other => other.to_string(),
    };
    match title {
        Some(title) => format!("{key_text} {title}"),
        None => key_text,
    }
}

/// Prints a report: a table with totals (and a subtotal per outer group when grouped twice or
/// more) and, for calendar groups, bars; or one machine row per group. `round` is the display
/// rounding unit, if one was asked for: each row is rounded on its own and the table's totals
/// are the sums of the rounded rows, so the column adds up; machine rows keep the raw
/// `duration_seconds` beside `rounded_seconds`.
pub fn print_report(ctx: &Ctx, result: &report::Report, round_unit: Option<i64>) -> anyhow::Result<()> {
    let round = round_unit.unwrap_or(1);
    let groups = &result.group_by;
    let calendar = groups.iter().any(|g| g.is_calendar());
    let titled = |g: &GroupBy| match g {
        GroupBy::Ticket => Some("ticket_title"),
        GroupBy::Case => Some("case_title"),
        _ => None,
    };
    let mut columns: Vec<&str> = Vec::new();
    for group in groups {
        columns.push(group.column());
        columns.extend(titled(group));
    }
    columns.extend(["duration_seconds", "running", "sessions"]);
    if round_unit.is_some() {
        columns.push("rounded_seconds");
    }
    let mut headers: Vec<Col<String>> =
        groups.iter().map(|g| Col::text(g.to_string().to_uppercase())).collect();
    headers.push(Col::number("DURATION".into()));
    if calendar {
        // Bars are the first thing a narrow terminal can do without.
        headers.push(Col::fixed(String::new()).drop_rank(1));
    }
    let max = result.rows.iter().map(|r| r.seconds).max().unwrap_or(0);
    let shown = |seconds: i64, running: bool| {
        let text = format_duration(seconds);
        if running { format!("{text} (running)") } else { text }
    };
    let mut rows = DynamicRows { columns, headers, machine: Vec::new(), table: Vec::new() };
    let for_people = ctx.global.format == super::output::Format::Table;
    // Rounded sums: the whole table's, and the current outer group's (key cell, sum, running).
    let mut rounded_sum = 0;
    let mut outer: Option<(String, i64, bool)> = None;
    let subtotal_row = |(cell, seconds, running): (String, i64, bool)| {
        let mut table = vec![cell, "subtotal".to_owned()];
        table.resize(groups.len(), String::new());
        table.push(shown(seconds, running));
        if calendar {
            table.push(String::new());
        }
        table
    };
    for row in &result.rows {
        let rounded = report::round_to(row.seconds, round);
        if !for_people {
            let mut machine: Vec<serde_json::Value> = Vec::new();
            for (group, key) in groups.iter().zip(&row.keys) {
                machine.push(key.to_json());
                if titled(group).is_some() {
                    machine.push(result.titles.of(key).map_or(serde_json::Value::Null, Into::into));
                }
            }
            machine.extend([row.seconds.into(), row.running.into(), row.sessions.into()]);
            if round_unit.is_some() {
                machine.push(rounded.into());
            }
            rows.machine.push(machine);
            continue;
        }
        rounded_sum += rounded;
        let mut table: Vec<String> = row.keys.iter().map(|k| key_cell(k, &result.titles)).collect();
        if groups.len() > 1 {
            let outer_cell = table[0].clone();
            match &mut outer {
                Some((cell, seconds, running)) if *cell == outer_cell => {
                    *seconds += rounded;
                    *running |= row.running;
                }
                _ => {
                    if let Some(done) = outer.replace((outer_cell, rounded, row.running)) {
                        rows.table.push(subtotal_row(done));
                    }
                }
            }
        }
        table.push(shown(rounded, row.running));
        if calendar {
            table.push(bar(row.seconds, max, 30));
        }
        rows.table.push(table);
    }
    if let Some(done) = outer {
        rows.table.push(subtotal_row(done));
    }
    if groups.is_empty() {
        // Ungrouped: the total is the only row, under a label column of its own.
        rows.headers.insert(0, Col::text(String::new()));
        rows.table.clear();
    }
    // The rows add up to the total unless a session counted under several tags.
    let total = if groups.is_empty() || result.counted_under_several_tags {
        report::round_to(result.total_seconds, round)
    } else {
        rounded_sum
    };
    let footer = {
        let mut footer = vec![String::new(); groups.len().max(1)];
        footer[0] = "total".into();
        footer.push(shown(total, result.running));
        if calendar {
            footer.push(String::new());
        }
        footer
    };
    ctx.printer().dynamic(&rows, Some(footer))?;
    if result.counted_under_several_tags {
        ctx.notice("A session with several tags counts under each of them, so the rows add up to more than the total, which counts it once.");
    }
    Ok(())
}
