//! `stint session import`: reads a file or stdin in one of the import formats and imports its
//! work sessions in one transaction (all or nothing), with progress on a terminal.

use std::io::{self, IsTerminal, Read, Write};

use clap::Args;
use stint::Error;
use stint::id::IdPrefix;
use stint::import_formats::InputFormat;
use stint::service::session::ImportRequest;
use stint::text::counted;
use stint::time::format_duration;
use stint::work::ImportSummary;

use super::Ctx;
use super::output::{Record, View};
use super::table::Col;
use super::values::InputFormatArg;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// File to read, or - for stdin
    pub file: String,
    /// Input format (default: from the file's extension)
    #[arg(long, value_enum, ignore_case = true, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    /// Put records that name no target on this ticket (42 or #42)
    #[arg(long, value_name = "N", value_parser = stint::ticket::parse_number, add = super::dynamic::tickets())]
    pub ticket: Option<i64>,
    /// Put records that name no target on this case (id or unique prefix)
    #[arg(long, value_name = "ID", add = super::dynamic::cases())]
    pub case: Option<IdPrefix>,
    /// Read each record's target from its tags: ticket:N or case:ID (Timewarrior, Watson)
    #[arg(long)]
    pub map_tag: bool,
    /// Import as this user's sessions (supervisors and admins migrating a team)
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Check everything and report what would be imported, without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Allow sessions longer than timer.max_length and closed tickets or cases
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, args: ImportArgs) -> anyhow::Result<()> {
    let format = match args.input_format {
        Some(format) => format.into(),
        None => InputFormat::from_extension(&args.file).ok_or_else(|| {
            Error::invalid("cannot tell the input format from the file name; give --input-format")
        })?,
    };
    let request = ImportRequest {
        format,
        user: args.user,
        ticket: args.ticket,
        case: args.case,
        map_tag: args.map_tag,
        force: args.force,
        dry_run: args.dry_run,
    };
    let input: Box<dyn Read + Send> = if args.file == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(&args.file).map_err(|e| {
            Error::invalid(format!("cannot read {}: {e}", stint::text::escape_for_terminal(&args.file)))
        })?)
    };
    let progress = std::io::stderr().is_terminal() && !ctx.global.quiet;
    let mut show_progress = |count: u64| {
        if progress && count.is_multiple_of(10_000) {
            let _ = write!(io::stderr(), "\rread {count} records...");
        }
    };
    let reply = ctx.with_service(|service| service.import(request, input, &mut show_progress))?;
    let summary = ctx.warned(reply);
    if progress {
        let _ = write!(io::stderr(), "\r");
    }
    let verb = if args.dry_run { "Would import" } else { "Imported" };
    ctx.notice(format!(
        "{verb} {}, {} in all, for {}{}.",
        counted(summary.sessions, "work session"),
        format_duration(summary.seconds),
        counted(summary.users, "user"),
        if args.dry_run { "; nothing was written" } else { "" }
    ));
    if summary.unread_target_tags > 0 {
        // Nothing else keeps these tags, so they are named even when the import went through.
        ctx.notice(format!(
            "{} {} read: ticket:N and case:ID tags name targets only with --map-tag.",
            counted(summary.unread_target_tags, "ticket:/case: tag"),
            match (args.dry_run, summary.unread_target_tags) {
                (true, _) => "would not be",
                (false, 1) => "was not",
                (false, _) => "were not",
            }
        ));
    }
    Ok(ctx.printer().one(&summary)?)
}

impl Record for ImportSummary {
    const COLUMNS: &'static [&'static str] =
        &["sessions", "seconds", "users", "running", "unread_target_tags"];
    const HEADERS: &'static [Col] =
        &[Col::number("Sessions"), Col::fixed("Total"), Col::number("Users"), Col::number("Running")];
    fn row(&self, _view: &View) -> Vec<String> {
        vec![
            self.sessions.to_string(),
            format_duration(self.seconds),
            self.users.to_string(),
            self.running.to_string(),
        ]
    }
}
