//! The command line: clap definitions (one file per command group), the per-command context,
//! and the service each command's operations run through.

pub mod args;
pub mod audit;
pub mod auth;
pub mod case;
pub mod clock;
pub mod completions;
pub mod config;
pub mod credentials;
pub mod db;
mod db_check;
pub mod db_copy;
pub mod demo;
pub mod dynamic;
pub mod help;
pub mod import;
pub mod init;
pub mod org;
pub mod output;
pub mod prompt;
pub mod report;
pub mod serve;
pub mod session;
pub mod summary;
pub mod table;
pub mod ticket;
pub mod timer;
pub mod user;
pub mod values;

use std::cell::RefCell;
use std::env::VarError;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use stint::Error;
use stint::server_url::ServerUrl;
use stint::service::remote::{RemoteOptions, RemoteService};
use stint::service::{LocalService, Op, Reply, Service};
use stint::store::{Location, OpenOptions, Store};
use stint::time::{Timestamp, Zone};
use stint::zone::ZoneSpec;

use credentials::ClientState;
use output::{Format, Printer, View};

/// Time tracking for IT and helpdesk teams: tickets, cases, timers and reports
#[derive(Debug, Parser)]
#[command(name = "stint", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = help::root_after_help())]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts, shown after each command's own.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Database file, or a postgres:// URL for operators (default: `db` in config.toml, else
    /// stint.db in the platform data directory)
    // Help never shows the variable's value: a URL may carry a password.
    #[arg(long, global = true, env = "STINT_DB", hide_env_values = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// A stint server to work through (https://HOST:PORT), instead of a database; remembered by
    /// `auth login --server`
    #[arg(long, global = true, env = "STINT_SERVER", hide_env_values = true, value_name = "URL")]
    pub server: Option<String>,
    /// A private CA's certificate (PEM) to check the server's certificate against; remembered by
    /// `auth login --server`
    #[arg(long, global = true, env = "STINT_SERVER_CA", value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Output format for records (config.toml's `format` replaces the default)
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show and read local times in UTC instead of the local zone (TZ); `utc = true` in
    /// config.toml makes it the default
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
    /// Serve the database to stint clients over HTTPS (team mode)
    Serve(serve::ServeArgs),
    /// Operate on the database itself (direct access): back it up
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Manage organisations (operators, with direct database access)
    #[command(subcommand)]
    Org(org::OrgCommand),
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
    /// The options as resolved: the command line, then the environment, then `config.toml`.
    pub global: GlobalArgs,
    /// Where `--db` and `--server` came from.
    pub sources: Sources,
    /// This client's `config.toml` (empty when there is none), read once.
    pub config: credentials::ClientConfig,
    /// The command writes in bulk (`session import`); see `OpenOptions::bulk`.
    pub bulk_write: bool,
    /// Whether opening the database may migrate it; shell completion only reads.
    pub migrate: bool,
    pub env: Environment,
    pub now: Timestamp,
    /// The zone `TZ` (or `--utc`) names, as data the service is given.
    pub zone_spec: ZoneSpec,
    /// The rules of `zone_spec`, for showing local times.
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

/// Reads a zone file for `ZoneSpec::from_tz`: opened once, then checked as opened, so what is
/// checked is what is read. Non-blocking, so a FIFO or a device named by `TZ` (`TZ=/dev/zero`)
/// is refused at once rather than read forever; at most `MAX_ZONE_FILE_BYTES` are read.
fn read_zone_file(path: &std::path::Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::{ErrorKind, Read};
    use std::os::unix::fs::OpenOptionsExt;
    let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
    let opened = std::fs::OpenOptions::new().read(true).custom_flags(flags.bits() as i32).open(path);
    let file = match opened {
        Ok(file) => file,
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => return Ok(None),
        Err(e) => return Err(e),
    };
    let limit = stint::zone::MAX_ZONE_FILE_BYTES as u64;
    let meta = file.metadata()?;
    if !meta.is_file() || meta.len() > limit {
        return Err(std::io::Error::other("not a regular file of a zone's size"));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other("grew past a zone's size"));
    }
    Ok(Some(bytes))
}

impl Ctx {
    pub fn new(mut global: GlobalArgs, mut sources: Sources, bulk_write: bool) -> anyhow::Result<Self> {
        let env = Environment::read()?;
        let config = client_state_in(&env)?.config()?;
        sources.fill_from_config(&mut global, &config);
        let zone_spec = if global.utc {
            ZoneSpec::Utc
        } else {
            #[allow(clippy::disallowed_methods)] // the zone is read once here and passed on as data
            let tz = std::env::var_os("TZ");
            ZoneSpec::from_tz(tz.as_deref(), read_zone_file)?
        };
        let zone: Box<dyn Zone> = zone_spec.zone()?;
        Ok(Self {
            global,
            sources,
            config,
            bulk_write,
            migrate: true,
            env,
            now: clock::now()?,
            zone_spec,
            zone,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            service: RefCell::new(None),
        })
    }

    /// Where commands go: `--server` or `--db`, then `STINT_SERVER` or `STINT_DB`, then
    /// `server` or `db` in config.toml, then `stint.db` in the platform data directory.
    pub fn db_location(&self) -> anyhow::Result<Location> {
        Ok(self.located()?.0)
    }

    /// [`Ctx::db_location`], and where it came from.
    pub fn located(&self) -> anyhow::Result<(Location, Source)> {
        let both = || -> anyhow::Error {
            Error::invalid("give a server (--server, STINT_SERVER) or a database (--db, STINT_DB), not both")
                .into()
        };
        let served = |source| -> anyhow::Result<(Location, Source)> {
            let text = self.global.server.as_deref().unwrap_or_default();
            Ok((Location::Server(ServerUrl::parse(text)?), source))
        };
        let database = |path: &PathBuf, source| -> anyhow::Result<(Location, Source)> {
            Ok((Location::parse(path.as_os_str())?, source))
        };
        match (&self.global.db, self.sources.db, &self.global.server, self.sources.server) {
            // A level's database and server: neither is more specific.
            (Some(_), Some(db), Some(_), Some(server)) if db == server => Err(both()),
            // The more specific of the two wins (the command line over the environment over
            // the file).
            (Some(path), Some(db), Some(_), Some(server)) if db < server => database(path, db),
            (Some(_), _, Some(_), Some(server)) => served(server),
            (Some(path), db, None, _) => database(path, db.unwrap_or(Source::Default)),
            (None, _, Some(_), server) => served(server.unwrap_or(Source::Default)),
            _ => Ok((Location::File(project_dirs()?.data_dir().join("stint.db")), Source::Default)),
        }
    }

    /// The private CA for a server: `--ca-file`/`STINT_SERVER_CA`, else the one remembered with
    /// the server, read (bounded) as PEM.
    fn server_ca(&self, url: &ServerUrl) -> anyhow::Result<Option<Vec<u8>>> {
        let path = match &self.global.ca_file {
            Some(path) => Some(path.clone()),
            None => {
                let config = &self.config;
                let same_server =
                    config.server.as_deref().and_then(|s| ServerUrl::parse(s).ok()).as_ref() == Some(url);
                if same_server { config.ca_file.clone() } else { None }
            }
        };
        path.map(|path| credentials::read_ca_file(&path)).transpose()
    }

    /// A client for `url` presenting this client's credential for it.
    fn remote_service(&self, location: &Location, url: &ServerUrl) -> anyhow::Result<RemoteService> {
        let credential = self
            .env
            .token()
            .and_then(|token| self.client_state()?.credential(location, token))
            .map_err(core_error);
        let options = RemoteOptions {
            extra_roots_pem: self.server_ca(url)?,
            user_agent: format!("stint/{}", env!("CARGO_PKG_VERSION")),
            busy_timeout: self.env.busy_timeout,
            test_now: clock::test_now_text(),
        };
        Ok(RemoteService::new(url.clone(), credential, &self.zone_spec, options)?)
    }

    pub fn open_options(&self) -> OpenOptions {
        OpenOptions { busy_timeout: self.env.busy_timeout, bulk: self.bulk_write, migrate: self.migrate }
    }

    pub fn open_store(&self, location: &Location) -> anyhow::Result<Store> {
        Ok(Store::open(location, self.open_options())?)
    }

    pub fn client_state(&self) -> anyhow::Result<ClientState> {
        client_state_in(&self.env)
    }

    pub fn printer(&self) -> Printer<'_> {
        Printer {
            format: self.global.format,
            view: View { zone: self.zone.as_ref(), detail: false },
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

    /// Says on stderr that a table has no rows, so an empty screen is not mistaken for a
    /// failure; machine formats say it with their empty output alone.
    pub fn empty_table(&self, message: &str) {
        if self.global.format == output::Format::Table {
            self.notice(message);
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
    fn service_zone(&self) -> anyhow::Result<Box<dyn Zone + Send + Sync>> {
        Ok(self.zone_spec.zone()?)
    }

    /// Runs `work` with this command's service, opening it on first use.
    pub fn with_service<T>(&self, work: impl FnOnce(&mut Service) -> stint::Result<T>) -> anyhow::Result<T> {
        let mut slot = self.service.borrow_mut();
        let service = match &mut *slot {
            Some(service) => service,
            None if let Location::Server(url) = self.db_location()? => {
                let location = Location::Server(url.clone());
                slot.insert(Service::Remote(self.remote_service(&location, &url)?))
            }
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
                    self.service_zone()?,
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

    /// Runs a streamed read, handing each row to `print` as it arrives. A failure to print
    /// (stdout closed) ends the read and is returned as itself, not as the read's error.
    pub fn stream<Item>(
        &self,
        read: impl FnOnce(&mut Service, &mut dyn FnMut(Item) -> stint::Result<()>) -> stint::Result<Reply<()>>,
        mut print: impl FnMut(Item) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        let mut output_error: Option<std::io::Error> = None;
        let streamed = self.with_service(|service| {
            read(service, &mut |item| {
                print(item).map_err(|e| {
                    output_error = Some(e);
                    Error::internal("output closed")
                })
            })
        });
        if let Some(e) = output_error {
            return Err(e.into());
        }
        self.warned(streamed?);
        Ok(())
    }

    /// Prints a reply's warning (a forgotten timer) on stderr and returns its value.
    pub fn warned<T>(&self, reply: Reply<T>) -> T {
        if let Some(warning) = reply.warning {
            output::eprint_line(format!("warning: {}", stint::text::escape_for_terminal(&warning)));
        }
        reply.value
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

/// The config directory the environment names (`STINT_CONFIG_DIR`), else the platform's.
fn client_state_in(env: &Environment) -> anyhow::Result<ClientState> {
    let dir = match &env.config_dir {
        Some(dir) => dir.clone(),
        None => project_dirs()?.config_dir().to_path_buf(),
    };
    Ok(ClientState::new(dir))
}

/// Where an option's value came from, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    CommandLine,
    Environment,
    ConfigFile,
    Default,
}

impl Source {
    /// How `auth status` names it.
    pub fn describe(self) -> &'static str {
        match self {
            Source::CommandLine => "the command line",
            Source::Environment => "the environment",
            Source::ConfigFile => "config.toml",
            Source::Default => "the default",
        }
    }
}

/// Where the options that config.toml can also set came from; `None` for one not given.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources {
    pub db: Option<Source>,
    pub server: Option<Source>,
    pub format: Option<Source>,
    pub utc: Option<Source>,
}

impl Sources {
    /// Reads clap's record of which options came from the command line or the environment.
    pub fn from_matches(matches: &clap::ArgMatches) -> Self {
        use clap::parser::ValueSource;
        let source = |id: &str| match matches.value_source(id) {
            Some(ValueSource::CommandLine) => Some(Source::CommandLine),
            Some(ValueSource::EnvVariable) => Some(Source::Environment),
            _ => None,
        };
        Self { db: source("db"), server: source("server"), format: source("format"), utc: source("utc") }
    }

    /// Whether `--db` itself was given (rather than `STINT_DB` or the file's `db`).
    pub fn db_on_command_line(&self) -> bool {
        self.db == Some(Source::CommandLine)
    }

    /// Gives `global` the file's values for what neither the command line nor the environment
    /// set. The file's database or server counts only when neither was given otherwise: a
    /// server named on the command line must not be overruled by a file's database.
    pub fn fill_from_config(&mut self, global: &mut GlobalArgs, config: &credentials::ClientConfig) {
        if self.db.is_none() && self.server.is_none() {
            if let Some(db) = &config.db {
                global.db = Some(PathBuf::from(db));
                self.db = Some(Source::ConfigFile);
            }
            if let Some(server) = &config.server {
                global.server = Some(server.clone());
                self.server = Some(Source::ConfigFile);
            }
        }
        if self.format.is_none()
            && let Some(format) = config.format
        {
            global.format = format;
            self.format = Some(Source::ConfigFile);
        }
        if self.utc.is_none()
            && let Some(utc) = config.utc
        {
            global.utc = utc;
            self.utc = Some(Source::ConfigFile);
        }
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli, sources: Sources) -> anyhow::Result<()> {
    // Completions need no database, clock or environment.
    if let Command::Completions(args) = cli.command {
        return completions::run(args);
    }
    let bulk_write = matches!(cli.command, Command::Session(session::SessionCommand::Import(_)));
    let ctx = Ctx::new(cli.global, sources, bulk_write)?;
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
        Command::Serve(args) => serve::run(&ctx, args),
        Command::Db(cmd) => db::run(&ctx, cmd),
        Command::Org(cmd) => org::run(&ctx, cmd),
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
