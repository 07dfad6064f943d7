//! `stint db`: operator commands on the database itself (direct access, no login): `backup`,
//! `check` (in `db_check.rs`) and `copy` (in `db_copy.rs`).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use stint::store::sqlite::Overwrite;

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Write a consistent copy of a SQLite database to FILE while others keep using it
    Backup(BackupArgs),
    /// Check a database's integrity and stint's invariants (read-only); exit 8 if any is broken
    Check,
    /// Copy the whole database into a new SQLite file or an empty PostgreSQL database
    Copy(super::db_copy::CopyArgs),
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where the backup goes (created with mode 0600)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, command: DbCommand) -> anyhow::Result<()> {
    match command {
        DbCommand::Backup(args) => backup(ctx, args),
        DbCommand::Check => super::db_check::check(ctx),
        DbCommand::Copy(args) => super::db_copy::copy(ctx, args),
    }
}

fn backup(ctx: &Ctx, args: BackupArgs) -> anyhow::Result<()> {
    let location = ctx.db_location()?;
    let mut store = ctx.open_store(&location)?;
    let overwrite = if args.force { Overwrite::Replace } else { Overwrite::Refuse };
    store.backup_to(&args.file, overwrite)?;
    ctx.notice(format!(
        "Backed up {} to {}.",
        stint::text::escape_for_terminal(&location.to_string()),
        stint::text::escape_for_terminal(&args.file.display().to_string())
    ));
    Ok(())
}
