//! `stint session report`: totals per group over work sessions, as a table with bars or as
//! machine rows; the demo prints its reports through here too.

use clap::Args;
use stint::Error;
use stint::report;
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
    /// Round each total for display to this unit (e.g. 15m); machine formats keep raw seconds
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

/// Prints a report: a table with totals and, for calendar groups, bars; or one machine row per
/// group. `round` is the display rounding unit, if one was asked for.
pub fn print_report(ctx: &Ctx, result: &report::Report, round_unit: Option<i64>) -> anyhow::Result<()> {
    let round = round_unit.unwrap_or(1);
    let calendar = result.group_by.iter().any(|g| g.is_calendar());
    let mut columns: Vec<&str> = result.group_by.iter().map(|g| g.column()).collect();
    columns.extend(["duration_seconds", "running", "sessions"]);
    if round_unit.is_some() {
        columns.push("rounded_seconds");
    }
    let mut headers: Vec<Col<String>> =
        result.group_by.iter().map(|g| Col::text(g.to_string().to_uppercase())).collect();
    headers.push(Col::number("DURATION".into()));
    if calendar {
        // Bars are the first thing a narrow terminal can do without.
        headers.push(Col::fixed(String::new()).drop_rank(1));
    }
    let max = result.rows.iter().map(|r| r.seconds).max().unwrap_or(0);
    let shown = |seconds: i64, running: bool| {
        let text = format_duration(report::round_to(seconds, round));
        if running { format!("{text} (running)") } else { text }
    };
    let mut rows = DynamicRows { columns, headers, machine: Vec::new(), table: Vec::new() };
    let for_people = ctx.global.format == super::output::Format::Table;
    for row in &result.rows {
        if !for_people {
            let mut machine: Vec<serde_json::Value> = row.keys.iter().map(|k| k.to_json()).collect();
            machine.extend([row.seconds.into(), row.running.into(), row.sessions.into()]);
            if round_unit.is_some() {
                machine.push(report::round_to(row.seconds, round).into());
            }
            rows.machine.push(machine);
            continue;
        }
        let mut table: Vec<String> = row.keys.iter().map(ToString::to_string).collect();
        table.push(shown(row.seconds, row.running));
        if calendar {
            table.push(bar(row.seconds, max, 30));
        }
        rows.table.push(table);
    }
    if result.group_by.is_empty() {
        // Ungrouped: the total is the only row, under a label column of its own.
        rows.headers.insert(0, Col::text(String::new()));
        rows.table.clear();
    }
    let footer = {
        let mut footer = vec![String::new(); result.group_by.len().max(1)];
        footer[0] = "total".into();
        footer.push(shown(result.total_seconds, result.running));
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
