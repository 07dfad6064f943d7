//! The command line: clap definitions (one file per command group), the per-command context,
//! and the helpers that run a core call as the logged-in user inside one transaction.

pub mod args;
pub mod audit;
pub mod auth;
pub mod case;
pub mod clock;
pub mod completions;
pub mod config;
pub mod credentials;
pub mod demo;
pub mod import;
pub mod init;
pub mod output;
pub mod prompt;
pub mod report;
pub mod session;
pub mod ticket;
pub mod timer;
pub mod user;

use std::cell::RefCell;
use std::env::VarError;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use stint::auth::{self as core_auth, Authenticated};
use stint::service::{LocalService, Op, Reply, Service};
use stint::store::{Location, OpenOptions, Store, Tx};
use stint::time::{Timestamp, Zone};
use stint::{Error, ErrorKind};

use credentials::ClientState;
use output::{Format, Printer, View};

/// Time tracking for IT and helpdesk teams: tickets, cases, timers and reports
#[derive(Debug, Parser)]
#[command(name = "stint", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = "Exit codes: 0 ok, 1 failure, 2 invalid input, 3 not found, 4 not authenticated, \
5 permission denied, 6 conflict, 7 database busy (retry), 8 database unusable, 130 interrupted.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Database file, or a postgres:// URL for operators (default: stint.db in the platform data
    /// directory)
    // Help never shows the variable's value: a URL may carry a password.
    #[arg(long, global = true, env = "STINT_DB", hide_env_values = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Output format for records
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show and read local times in UTC instead of the local zone (TZ)
    #[arg(long, global = true)]
    pub utc: bool,
    /// Print only ids of what a command creates, and no notices
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a database and its first admin, and log that admin in here
    Init(init::InitArgs),
    /// Build a sample service desk in a new database (a temporary file unless --db) and tour it
    Demo,
    /// Manage users: add, list, edit, suspend, remove; change passwords
    #[command(subcommand)]
    User(user::UserCommand),
    /// Log in and out, and manage login sessions
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Track work requests: create, list, assign and close numbered tickets
    #[command(subcommand)]
    Ticket(ticket::TicketCommand),
    /// Investigate problems in cases that keep a conversation of notes
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// Track time: start, stop and switch timers; record past work
    #[command(subcommand)]
    Timer(timer::TimerCommand),
    /// List, report, import, show, correct and delete work sessions
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Read and change team-wide settings
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Read the audit log of every change
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
}

/// The longest busy timeout: both SQLite and PostgreSQL keep it as a signed 32-bit count of
/// milliseconds (about 24.8 days).
const MAX_BUSY_TIMEOUT_MS: u64 = i32::MAX as u64;

/// What the binary read from its environment, once, at start-up.
#[derive(Debug, Clone)]
pub struct Environment {
    pub config_dir: Option<PathBuf>,
    /// `STINT_TOKEN` as set; read as text only by the commands that present it.
    token: Option<std::ffi::OsString>,
    pub busy_timeout: Duration,
    pub no_color: bool,
    /// `COLUMNS`, when it is a positive number: the table width when the terminal reports none.
    pub columns: Option<u16>,
}

impl Environment {
    #[allow(clippy::disallowed_methods)] // the one reader of stint's environment variables
    pub fn read() -> anyhow::Result<Self> {
        let bad_timeout = || {
            Error::invalid(format!(
                "STINT_BUSY_TIMEOUT_MS must be a whole number of milliseconds from 0 to {MAX_BUSY_TIMEOUT_MS}"
            ))
        };
        let busy_timeout = match std::env::var("STINT_BUSY_TIMEOUT_MS") {
            Ok(text) => match text.trim().parse::<u64>() {
                Ok(ms) if ms <= MAX_BUSY_TIMEOUT_MS => Duration::from_millis(ms),
                _ => return Err(bad_timeout().into()),
            },
            Err(VarError::NotUnicode(_)) => return Err(bad_timeout().into()),
            Err(VarError::NotPresent) => OpenOptions::default().busy_timeout,
        };
        let token = std::env::var_os("STINT_TOKEN").filter(|t| !t.is_empty());
        // Unset, empty, zero or junk all mean "unknown", never a width of nothing.
        let columns =
            std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|&c| c > 0);
        Ok(Self {
            columns,
            config_dir: std::env::var_os("STINT_CONFIG_DIR").map(PathBuf::from),
            token,
            busy_timeout,
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        })
    }

    /// Whether `STINT_TOKEN` is set: the session is then the script's, not this client's.
    pub fn token_is_set(&self) -> bool {
        self.token.is_some()
    }

    /// `STINT_TOKEN` as text. One that is set but unreadable must not fall back to this
    /// client's own login.
    pub fn token(&self) -> anyhow::Result<Option<&str>> {
        match &self.token {
            None => Ok(None),
            Some(token) => match token.to_str() {
                Some(text) => Ok(Some(text)),
                None => Err(Error::unauthenticated("STINT_TOKEN is malformed (not UTF-8)").into()),
            },
        }
    }
}

/// Everything one command needs: options, environment, terminal facts, the zone and `now`.
pub struct Ctx {
    pub global: GlobalArgs,
    /// Whether `--db` was given on the command line (rather than through `STINT_DB`).
    pub db_on_command_line: bool,
    /// The command writes in bulk (`session import`); see `OpenOptions::bulk`.
    pub bulk_write: bool,
    pub env: Environment,
    pub now: Timestamp,
    pub zone: Box<dyn Zone>,
    pub stdin_is_terminal: bool,
    pub stdout_is_terminal: bool,
    /// Opened by the first operation the command runs, then reused by the rest.
    service: RefCell<Option<Service>>,
}

fn project_dirs() -> anyhow::Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "stint").ok_or_else(|| {
        Error::internal("cannot find a home directory; set STINT_DB and STINT_CONFIG_DIR").into()
    })
}

/// The directories chrono looks up a zone name in, in its order.
const ZONE_INFO_DIRECTORIES: [&str; 4] =
    ["/usr/share/zoneinfo", "/share/zoneinfo", "/etc/zoneinfo", "/usr/share/lib/zoneinfo"];

/// chrono reads `TZ` as a zone file (the first path of that name it can open) or else a POSIX
/// rule, and silently takes UTC for anything it cannot read, so typed local times would be
/// stored hours off: such a `TZ` is refused. So is a FIFO or a device there (`TZ=/dev/zero`),
/// which chrono would read forever. Empty, `UTC` and `:` mean UTC, as chrono takes them.
fn check_tz() -> anyhow::Result<()> {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    #[allow(clippy::disallowed_methods)] // chrono reads TZ itself; this checks what it will read
    let Some(tz) = std::env::var_os("TZ") else { return Ok(()) };
    let Some(tz) = tz.to_str() else {
        return Err(Error::invalid("TZ is not valid UTF-8; set it to a zone such as Europe/Berlin").into());
    };
    let (name, file_only) = match tz.strip_prefix(':') {
        Some(name) => (name, true),
        None => (tz, false),
    };
    if name.is_empty() || name == "UTC" {
        return Ok(());
    }
    let shown = stint::text::escape_for_terminal(tz);
    let refuse = |why: String| -> anyhow::Result<()> {
        Err(Error::invalid(format!("TZ={shown} {why}; set TZ to a zone such as Europe/Berlin, or use --utc"))
            .into())
    };
    let candidates: Vec<PathBuf> = if name == "localtime" && !file_only {
        vec![PathBuf::from("/etc/localtime")]
    } else if name.starts_with('/') {
        vec![PathBuf::from(name)]
    } else {
        ZONE_INFO_DIRECTORIES.iter().map(|d| std::path::Path::new(d).join(name)).collect()
    };
    for path in candidates {
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        let file = stint::text::escape_for_terminal(&path.display().to_string());
        let kind = meta.file_type();
        if kind.is_fifo() || kind.is_char_device() || kind.is_block_device() || kind.is_socket() {
            return refuse(format!("names {file}, which is not a time zone file"));
        }
        let mut magic = [0_u8; 4];
        let is_tzif = meta.is_file()
            && std::fs::File::open(&path).and_then(|mut f| f.read_exact(&mut magic)).is_ok()
            && &magic == b"TZif";
        return if is_tzif { Ok(()) } else { refuse(format!("names {file}, which is not a time zone file")) };
    }
    if !file_only && stint::time::is_posix_tz_rule(name) {
        return Ok(());
    }
    if file_only {
        return refuse("names no time zone file".into());
    }
    refuse("names no time zone: no such zone file, and not a POSIX TZ rule".into())
}

impl Ctx {
    pub fn new(global: GlobalArgs, db_on_command_line: bool, bulk_write: bool) -> anyhow::Result<Self> {
        if !global.utc {
            check_tz()?;
        }
        let zone: Box<dyn Zone> = if global.utc { Box::new(chrono::Utc) } else { Box::new(chrono::Local) };
        Ok(Self {
            global,
            db_on_command_line,
            bulk_write,
            env: Environment::read()?,
            now: clock::now()?,
            zone,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            service: RefCell::new(None),
        })
    }

    /// The database: `--db`, then `STINT_DB`, then `stint.db` in the platform data directory.
    pub fn db_location(&self) -> anyhow::Result<Location> {
        match &self.global.db {
            Some(path) => Ok(Location::parse(path.as_os_str())?),
            None => Ok(Location::File(project_dirs()?.data_dir().join("stint.db"))),
        }
    }

    pub fn open_options(&self) -> OpenOptions {
        OpenOptions { busy_timeout: self.env.busy_timeout, bulk: self.bulk_write }
    }

    pub fn open_store(&self, location: &Location) -> anyhow::Result<Store> {
        Ok(Store::open(location, self.open_options())?)
    }

    pub fn client_state(&self) -> anyhow::Result<ClientState> {
        let dir = match &self.env.config_dir {
            Some(dir) => dir.clone(),
            None => project_dirs()?.config_dir().to_path_buf(),
        };
        Ok(ClientState::new(dir))
    }

    pub fn printer(&self) -> Printer<'_> {
        Printer {
            format: self.global.format,
            view: View { zone: self.zone.as_ref() },
            styled: self.stdout_is_terminal && !self.env.no_color,
            on_terminal: self.stdout_is_terminal,
            columns: self.env.columns,
        }
    }

    /// An informational message on stderr (silenced by `-q`).
    pub fn notice(&self, message: impl AsRef<str>) {
        if !self.global.quiet {
            output::eprint_line(message.as_ref());
        }
    }

    /// Prints a record a command created or changed, or with `-q` only its id.
    pub fn print_created<T: output::Record>(
        &self,
        record: &T,
        id: impl std::fmt::Display,
    ) -> anyhow::Result<()> {
        if self.global.quiet {
            output::print_line(id)?;
        } else {
            self.printer().one(record)?;
        }
        Ok(())
    }

    /// The zone the service reads and shows local times in.
    fn service_zone(&self) -> Box<dyn Zone + Send + Sync> {
        if self.global.utc { Box::new(chrono::Utc) } else { Box::new(chrono::Local) }
    }

    /// Runs `work` with this command's service, opening it on first use.
    pub fn with_service<T>(&self, work: impl FnOnce(&mut Service) -> stint::Result<T>) -> anyhow::Result<T> {
        let mut slot = self.service.borrow_mut();
        let service = match &mut *slot {
            Some(service) => service,
            None => {
                let database = self.db_location()?;
                let store = self.open_store(&database)?;
                // Read now, reported when an operation needs it: an unusable database is
                // named before a missing login.
                let credential = self
                    .env
                    .token()
                    .and_then(|token| self.client_state()?.credential(&database, token))
                    .map_err(core_error);
                slot.insert(Service::Local(LocalService::new(
                    store,
                    credential,
                    self.now,
                    self.service_zone(),
                )))
            }
        };
        Ok(work(service)?)
    }

    /// Runs one operation as the logged-in user, printing the warning it brings back.
    pub fn call<O: Op>(&self, request: O::Req) -> anyhow::Result<O::Resp> {
        let reply = self.with_service(|service| service.call::<O>(request))?;
        Ok(self.warned(reply))
    }

    /// Prints a reply's warning (a forgotten timer) on stderr and returns its value.
    pub fn warned<T>(&self, reply: Reply<T>) -> T {
        if let Some(warning) = reply.warning {
            output::eprint_line(format!("warning: {}", stint::text::escape_for_terminal(&warning)));
        }
        reply.value
    }

    /// Runs `work` in a read transaction as the logged-in user.
    pub fn read_as<T>(
        &self,
        work: impl FnMut(&dyn Tx, &Authenticated) -> stint::Result<T>,
    ) -> anyhow::Result<T> {
        self.run_as(Mode::Read, work)
    }

    /// Like `read_as`, for a check made before the command's own transaction (a permission
    /// test before a password prompt): it warns about nothing, since the command itself will.
    // Its last callers became service operations; it goes with `run_as` once every group has.
    #[allow(dead_code)]
    pub fn check_as<T>(
        &self,
        work: impl FnMut(&dyn Tx, &Authenticated) -> stint::Result<T>,
    ) -> anyhow::Result<T> {
        self.run_as(Mode::Check, work)
    }

    /// Runs `work` in a write transaction (lock taken first) as the logged-in user. `work` may
    /// be rerun when the database asks for it (see `Store::write`).
    pub fn write_as<T>(
        &self,
        work: impl FnMut(&dyn Tx, &Authenticated) -> stint::Result<T>,
    ) -> anyhow::Result<T> {
        self.run_as(Mode::Write, work)
    }

    /// Runs `work` in a write transaction as the logged-in user, then rolls everything back:
    /// a dry run that checks every rule.
    pub fn dry_run_as<T>(
        &self,
        work: impl FnMut(&dyn Tx, &Authenticated) -> stint::Result<T>,
    ) -> anyhow::Result<T> {
        self.run_as(Mode::DryRun, work)
    }

    fn run_as<T>(
        &self,
        mode: Mode,
        mut work: impl FnMut(&dyn Tx, &Authenticated) -> stint::Result<T>,
    ) -> anyhow::Result<T> {
        let database = self.db_location()?;
        let mut store = self.open_store(&database)?;
        let credential = self.client_state()?.credential(&database, self.env.token()?)?;
        let now = self.now;
        let write = matches!(mode, Mode::Write | Mode::DryRun);
        let body = |tx: &dyn Tx| {
            // A write locks the acting user first, so one user's commands take turns.
            let auth = if write {
                core_auth::authenticate_for_write(tx, &credential, now)?
            } else {
                core_auth::authenticate(tx, &credential, now)?
            };
            if mode == Mode::Write && auth.touch_due {
                core_auth::touch(tx, auth.session.session_id, now)?;
            }
            let value = work(tx, &auth)?;
            // After the command, so a timer it just stopped is not warned about.
            let warning = match mode {
                Mode::Check => None,
                _ => stint::work::forgotten_timer_warning(tx, &auth.actor, now).ok().flatten(),
            };
            Ok((value, auth, warning))
        };
        let result = match mode {
            Mode::Read | Mode::Check => store.read(body),
            Mode::Write => store.write(body),
            Mode::DryRun => store.dry_run(body),
        };
        match result {
            Ok((value, auth, warning)) => {
                if let Some(warning) = warning {
                    output::eprint_line(format!("warning: {}", stint::text::escape_for_terminal(&warning)));
                }
                if mode != Mode::Write && auth.touch_due {
                    // Best effort: a busy database must not fail a read.
                    let _ = store.write(|tx| core_auth::touch(tx, auth.session.session_id, now));
                }
                Ok(value)
            }
            Err(e) if e.kind() == ErrorKind::Unauthenticated => {
                let _ = store.write(|tx| core_auth::detect_token_reuse(tx, &credential, now));
                Err(e.into())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// A client-side failure as a core error, so it keeps its kind (and exit code) wherever the
/// operation runs; anything else keeps its whole message, as `report` prints it.
pub fn core_error(error: anyhow::Error) -> Error {
    match error.downcast::<Error>() {
        Ok(core) => core,
        Err(other) => Error::internal(format!("{other:#}")),
    }
}

/// How `Ctx::run_as` runs a command's transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Read,
    Check,
    Write,
    DryRun,
}

/// Runs one parsed command line.
pub fn run(cli: Cli, db_on_command_line: bool) -> anyhow::Result<()> {
    // Completions need no database, clock or environment.
    if let Command::Completions(args) = cli.command {
        return completions::run(args);
    }
    let bulk_write = matches!(cli.command, Command::Session(session::SessionCommand::Import(_)));
    let ctx = Ctx::new(cli.global, db_on_command_line, bulk_write)?;
    match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Demo => demo::run(&ctx),
        Command::User(cmd) => user::run(&ctx, cmd),
        Command::Auth(cmd) => auth::run(&ctx, cmd),
        Command::Ticket(cmd) => ticket::run(&ctx, cmd),
        Command::Case(cmd) => case::run(&ctx, cmd),
        Command::Timer(cmd) => timer::run(&ctx, cmd),
        Command::Session(cmd) => session::run(&ctx, cmd),
        Command::Config(cmd) => config::run(&ctx, cmd),
        Command::Audit(cmd) => audit::run(&ctx, cmd),
        Command::Completions(args) => completions::run(args),
    }
}

/// This machine's name, shown as the client label of its login sessions.
pub fn host_label() -> String {
    let name = gethostname::gethostname().to_string_lossy().into_owned();
    let name = stint::text::escape_for_terminal(&name);
    if name.is_empty() { "unknown host".into() } else { name.chars().take(100).collect() }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own consistency check (duplicate names, defaults that fail their parser, conflicts
    /// with unknown arguments), which otherwise runs only for the commands a test happens to parse.
    #[test]
    fn the_clap_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
