//! `stint db copy --to LOCATION`: the whole database into a new SQLite file or an empty
//! PostgreSQL database, with progress on a terminal.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use clap::Args;
use stint::store::{CopyProgress, Location};
use stint::text::escape_for_terminal;

use super::Ctx;

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Where the copy goes: a new SQLite file, or a postgres:// URL of an empty database (read
    /// from STINT_COPY_TO when not given, which keeps a password off the command line)
    #[arg(long = "to", env = "STINT_COPY_TO", hide_env_values = true, value_name = "PATH|URL")]
    pub to: OsString,
}

pub fn copy(ctx: &Ctx, args: CopyArgs) -> anyhow::Result<()> {
    let location = ctx.db_location()?;
    let target = Location::parse(&args.to)?;
    let mut store = ctx.open_store(&location)?;
    let on_terminal = std::io::stderr().is_terminal() && !ctx.global.quiet;
    let pause = test_pause_file();
    let mut shown_table = "";
    let mut progress = |step: CopyProgress| {
        if on_terminal && (step.table != shown_table || step.rows.is_multiple_of(10_000)) {
            shown_table = step.table;
            let _ = write!(std::io::stderr(), "\r\x1b[Kcopying {}: {} rows...", step.table, step.rows);
        }
        if let Some(file) = &pause
            && step.table == "work_sessions"
        {
            hold_for_test(file);
        }
    };
    let copied = store.copy_to(&target, ctx.open_options(), ctx.now, &mut progress);
    if on_terminal {
        let _ = write!(std::io::stderr(), "\r\x1b[K");
    }
    let summary = copied?;
    ctx.notice(format!(
        "Copied {} to {}: {} rows in {} tables, checked; log in again there (login sessions are not copied).",
        escape_for_terminal(&location.to_string()),
        escape_for_terminal(&target.to_string()),
        summary.rows(),
        summary.tables.len()
    ));
    Ok(())
}

/// Test builds only: `STINT_TEST_COPY_PAUSE=FILE` makes a copy stop once it writes work
/// sessions, after creating FILE, so a test can kill it part-way through.
#[allow(clippy::disallowed_methods)] // a test hook, absent from release builds
fn test_pause_file() -> Option<std::path::PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("STINT_TEST_COPY_PAUSE") {
        return Some(file.into());
    }
    None
}

fn hold_for_test(file: &std::path::Path) {
    let _ = std::fs::write(file, b"paused\n");
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}
