//! The stint binary: parse the command line, run it, and turn the outcome into an exit code.
#![forbid(unsafe_code)]

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue};
use clap::{CommandFactory, FromArgMatches};
use stint::{Error, ErrorKind};

fn main() -> ExitCode {
    // `COMPLETE=bash stint ...`: the shell asking for its script or for candidates.
    cli::dynamic::complete_if_asked();
    let matches = match cli::Cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(e) => return report_usage(&e),
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return report_usage(&e),
    };
    let sources = cli::Sources::from_matches(&matches);
    match cli::run(cli, sources) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

/// The exit code of each error kind; README.md and the man page document the same table.
fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Internal => 1,
        ErrorKind::Invalid => 2,
        ErrorKind::NotFound => 3,
        ErrorKind::Unauthenticated => 4,
        ErrorKind::PermissionDenied => 5,
        ErrorKind::Conflict => 6,
        ErrorKind::Busy => 7,
        ErrorKind::Unusable => 8,
    }
}

const EXIT_INTERRUPTED: u8 = 130;

fn report(err: &anyhow::Error) -> ExitCode {
    let io_kind = err.chain().find_map(|c| c.downcast_ref::<io::Error>()).map(io::Error::kind);
    if io_kind == Some(io::ErrorKind::BrokenPipe) {
        // `stint ... | head` closed the pipe: nothing is wrong.
        return ExitCode::SUCCESS;
    }
    if io_kind == Some(io::ErrorKind::Interrupted) {
        return ExitCode::from(EXIT_INTERRUPTED);
    }
    let (code, message) = match err.chain().find_map(|c| c.downcast_ref::<Error>()) {
        Some(core) => (exit_code(core.kind()), core.message().to_owned()),
        None => (1, format!("{err:#}")),
    };
    let _ = writeln!(io::stderr(), "error: {}", stint::text::escape_for_terminal(&message));
    ExitCode::from(code)
}

/// clap's usage errors as one line with clap's tips kept ("a similar subcommand exists: ...",
/// "to pass '-5' as a value, use '-- -5'"), exit 2; a bare `stint` or group prints its help on
/// stderr, exit 2; help and version print in full, exit 0.
fn report_usage(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = e.print();
        return ExitCode::from(2);
    }
    // A group given only global options (or STINT_DB) names no command either: its help too.
    if e.kind() == clap::error::ErrorKind::MissingSubcommand
        && let Some(ContextValue::String(path)) = e.get(ContextKind::InvalidSubcommand)
        && let Some(help) = help_of(path)
    {
        let _ = write!(io::stderr(), "{help}");
        return ExitCode::from(2);
    }
    let rendered = e.render().to_string();
    let first = rendered.lines().find(|l| !l.trim().is_empty()).unwrap_or("error: invalid usage");
    let mut line = first.trim_end().to_owned();
    // clap lists missing arguments on the lines below; keep them on this one.
    if e.kind() == clap::error::ErrorKind::MissingRequiredArgument
        && let Some(ContextValue::Strings(missing)) = e.get(ContextKind::InvalidArg)
    {
        line.push_str(&format!(" {}", missing.join(", ")));
    }
    if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue)
        && !valid.is_empty()
    {
        line.push_str(&format!(" (valid: {})", valid.join(", ")));
    }
    for tip in rendered.lines().filter_map(|l| l.trim().strip_prefix("tip: ")) {
        line.push_str(&format!("; {tip}"));
    }
    let _ = writeln!(io::stderr(), "{} (see --help)", stint::text::escape_for_terminal(&line));
    ExitCode::from(2)
}

/// The help of the command clap names by its path (`stint timer`), global options included.
fn help_of(path: &str) -> Option<String> {
    let mut command = cli::Cli::command();
    command.build();
    let mut names = path.split_whitespace();
    if names.next() != Some(command.get_name()) {
        return None;
    }
    let mut current = &mut command;
    for name in names {
        current = current.find_subcommand_mut(name)?;
    }
    Some(current.render_help().to_string())
}
