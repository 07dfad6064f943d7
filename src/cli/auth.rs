//! `stint auth ...`: login, logout, status, sessions, revoke, prune.

use clap::{Args, Subcommand};
use stint::auth::{Credential, LoginSessionView, Token};
use stint::id::IdPrefix;
use stint::server_url::ServerUrl;
use stint::service::Empty;
use stint::service::auth::{
    AuthLogout, AuthPrune, AuthRevoke, AuthSessions, AuthStatus, LoginRequest, LogoutRequest, Password,
    RevokeRequest, SessionsRequest, StatusView,
};
use stint::store::Location;
use stint::text::{counted, escape_for_terminal};
use stint::time::parse_duration;
use stint::{Error, ErrorKind};

use super::output::{Record, View};
use super::prompt::{SecretSource, confirmed, must_confirm};
use super::table::Col;
use super::{Ctx, Source};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in on this client, or resume this client's session (its token is rotated)
    #[command(after_help = super::help::examples_help("auth login"))]
    Login(LoginArgs),
    /// End this client's login session in the database, or every client's with --all
    Logout {
        /// Log out every client of yours
        #[arg(long)]
        all: bool,
    },
    /// Show who is logged in here; exit 4 when nobody is
    Status,
    /// List your login sessions with their state, or everyone's (admins)
    Sessions {
        /// Every user's sessions (admins)
        #[arg(long)]
        all_users: bool,
    },
    /// Revoke a login session by id prefix, or every session of a user
    Revoke(RevokeArgs),
    /// Delete revoked, expired and idle login sessions (admins)
    Prune,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Username, or USERNAME@ORG (required off a terminal; prompted for on one)
    pub name: Option<String>,
    /// The organisation to log in to (needed when the database serves several)
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Read the password from the first line of stdin instead of prompting
    #[arg(long)]
    pub password_stdin: bool,
    /// Session lifetime, shorter than the session.ttl setting (e.g. 8h)
    #[arg(long, value_name = "DURATION")]
    pub ttl: Option<String>,
    /// Print a token for STINT_TOKEN on stdout instead of storing it (a separate session that
    /// works from any client)
    #[arg(long)]
    pub print_token: bool,
    /// At the session limit, end your least recently used session to make room (after the
    /// password is checked)
    #[arg(long)]
    pub replace_oldest: bool,
    /// Store a token read from stdin (e.g. one printed by --print-token) after checking it; the
    /// token says who you are
    #[arg(long, conflicts_with_all = ["name", "org", "password_stdin", "print_token", "ttl", "replace_oldest"])]
    pub with_token: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("target").required(true))]
pub struct RevokeArgs {
    /// Login session id or unique prefix (4+ hex digits)
    #[arg(group = "target")]
    pub id: Option<IdPrefix>,
    /// Revoke every session of this user (yourself, or anyone as an admin); asks first on a terminal
    #[arg(long, value_name = "NAME", group = "target", add = super::dynamic::users())]
    pub user: Option<String>,
    /// Revoke every session of --user without asking (required off a terminal)
    #[arg(long, short = 'y', requires = "user")]
    pub yes: bool,
}

impl Record for LoginSessionView {
    const COLUMNS: &'static [&'static str] = &[
        "session_id",
        "user_id",
        "username",
        "client_id",
        "client_label",
        "kind",
        "state",
        "created_at",
        "last_seen_at",
        "expires_at",
        "idle_expires_at",
        "revoked_at",
        "client_address",
        "user_agent",
    ];
    const HEADERS: &'static [Col] = &[
        Col::id("SESSION"),
        Col::text("USER"),
        Col::text("CLIENT").drop(2),
        Col::fixed("KIND").drop(3),
        Col::fixed("STATE"),
        Col::fixed("CREATED").drop(5),
        Col::fixed("LAST SEEN").drop(1),
        Col::fixed("EXPIRES").drop(4),
        Col::fixed("IDLE EXPIRES").drop(6),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        vec![
            self.session_id.short(),
            self.username.clone(),
            // Two clients on one host share its label; the client id tells them apart. A login
            // through a server adds where it came from, as the server saw it.
            [
                Some(format!("{} ({})", self.client_label, self.client_id.short())),
                self.client_address.as_ref().map(|a| format!("from {a}")),
                self.user_agent.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
            self.kind.as_str().to_owned(),
            self.state.as_str().to_owned(),
            view.time(self.created_at),
            view.time(self.last_seen_at),
            view.time(self.expires_at),
            view.time(self.idle_expires_at),
        ]
    }
}

/// `auth status`: the session, and where this command went and why.
#[derive(serde::Serialize)]
struct Status {
    #[serde(flatten)]
    status: StatusView,
    /// The database or server, as shown (a password never is).
    location: String,
    /// Which setting named it: command line, environment, config file or default.
    #[serde(rename = "location_source")]
    source: Source,
}

impl Record for Status {
    const COLUMNS: &'static [&'static str] = &[
        "org",
        "username",
        "role",
        "session_id",
        "user_id",
        "client_id",
        "client_label",
        "kind",
        "state",
        "created_at",
        "last_seen_at",
        "expires_at",
        "idle_expires_at",
        "revoked_at",
        "location",
        "location_source",
    ];
    const HEADERS: &'static [Col] = &[
        Col::text("Organisation"),
        Col::text("User"),
        Col::fixed("Role"),
        Col::text("Client"),
        Col::id("Client id"),
        Col::id("Session"),
        Col::fixed("Since"),
        Col::fixed("Expires"),
        Col::fixed("Idle expires"),
        Col::text("Via"),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        let via = self.source.describe();
        let Status { status: this, location, .. } = self;
        vec![
            this.org.clone(),
            this.session.username.clone(),
            this.role.clone(),
            this.session.client_label.clone(),
            this.session.client_id.to_string(),
            this.session.session_id.to_string(),
            view.time(this.session.created_at),
            view.time(this.session.expires_at),
            view.time(this.session.idle_expires_at),
            format!("{location} (from {via})"),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: AuthCommand) -> anyhow::Result<()> {
    match cmd {
        AuthCommand::Login(args) => login(ctx, args),
        AuthCommand::Logout { all } => {
            let database = ctx.db_location()?;
            let clients = ctx.client_state()?;
            let result = ctx.call::<AuthLogout>(LogoutRequest { all });
            // Keep the token while its session may still be active (e.g. a busy database), so
            // that retrying the logout can revoke it.
            let ended = match &result {
                Ok(_) => true,
                Err(e) => e.downcast_ref::<Error>().is_some_and(|e| e.kind() == ErrorKind::Unauthenticated),
            };
            if !ctx.env.token_is_set() && ended {
                clients.forget_token(&database)?;
            }
            match result {
                Ok(count) => {
                    ctx.notice(format!("Logged out ({} revoked).", counted(count, "login session")));
                    Ok(())
                }
                Err(e)
                    if e.downcast_ref::<Error>().is_some_and(|e| e.kind() == ErrorKind::Unauthenticated) =>
                {
                    ctx.notice("Not logged in; nothing to do.");
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
        AuthCommand::Status => {
            let (location, source) = ctx.located()?;
            let status = ctx.call::<AuthStatus>(Empty {})?;
            Ok(ctx.printer().one(&Status { status, location: location.to_string(), source })?)
        }
        AuthCommand::Sessions { all_users } => {
            let sessions = ctx.call::<AuthSessions>(SessionsRequest { all_users })?;
            ctx.printer().list(&sessions)?;
            Ok(())
        }
        AuthCommand::Revoke(args) => {
            if let Some(name) = &args.user
                && must_confirm(args.yes, ctx.stdin_is_terminal, "revoking every login session of a user")?
                && !confirmed(&format!("Revoke every login session of {}?", escape_for_terminal(name)))?
            {
                ctx.notice("Nothing was revoked.");
                return Ok(());
            }
            let count = ctx.call::<AuthRevoke>(RevokeRequest { session: args.id, user: args.user })?;
            if count == 0 {
                ctx.notice("Already revoked; nothing changed.");
            } else {
                ctx.notice(format!("Revoked {}.", counted(count, "login session")));
            }
            Ok(())
        }
        AuthCommand::Prune => {
            let count = ctx.call::<AuthPrune>(Empty {})?;
            ctx.notice(format!("Deleted {}.", counted(count, "dead login session")));
            Ok(())
        }
    }
}

/// `auth login --with-token`: checks a token from stdin with `auth status` and stores it.
fn login_with_token(ctx: &Ctx) -> anyhow::Result<()> {
    let database = ctx.db_location()?;
    ctx.with_service(|service| service.check_reachable())?;
    let token = super::prompt::read_token(ctx.stdin_is_terminal)?;
    let token = Token::parse(token.trim())?;
    let clients = ctx.client_state()?;
    let credential = Credential { token: token.clone(), client_id: Some(clients.client_id()?) };
    ctx.with_service(|service| {
        service.set_credential(credential);
        Ok(())
    })?;
    let status = ctx.call::<AuthStatus>(Empty {})?;
    clients.save_token(&database, &status.org, &token)?;
    remember_server(ctx, &database)?;
    let name = stint::text::escape_for_terminal(&status.session.username);
    ctx.notice(format!("Stored the token of {name}'s session {}.", status.session.session_id.short()));
    Ok(())
}

/// After a login through a server, that server (and its CA) become this client's default in
/// config.toml, in place of a `db` there; the file's other keys stay.
fn remember_server(ctx: &Ctx, location: &Location) -> anyhow::Result<()> {
    let Location::Server(url) = location else { return Ok(()) };
    let clients = ctx.client_state()?;
    let mut config = clients.config()?;
    let same_server = config.server.as_deref().and_then(|s| ServerUrl::parse(s).ok()).as_ref() == Some(url);
    let ca_file = match &ctx.global.ca_file {
        // Absolute, so the remembered file is found from any directory.
        Some(path) => Some(std::path::absolute(path).unwrap_or_else(|_| path.clone())),
        None if same_server => config.ca_file.take(),
        None => None,
    };
    if let Some(db) = config.db.take() {
        let db = stint::store::postgres::redact(&db);
        ctx.notice(format!("config.toml: the server replaces db = {}.", escape_for_terminal(&db)));
    }
    config.server = Some(url.to_string());
    config.ca_file = ca_file;
    clients.save_config(&config)
}

fn login(ctx: &Ctx, args: LoginArgs) -> anyhow::Result<()> {
    if args.with_token {
        return login_with_token(ctx);
    }
    let name = match args.name {
        Some(name) => name,
        None if ctx.stdin_is_terminal => {
            dialoguer::Input::<String>::new().with_prompt("Username").interact_text()?
        }
        None => return Err(Error::invalid("no username given: pass it as `stint auth login NAME`").into()),
    };
    let ttl = args.ttl.as_deref().map(parse_duration).transpose()?;
    // The database and this client's files are checked before anyone types a password.
    let database = ctx.db_location()?;
    // Opening the service opens the store (or asks the server for its version): an unusable
    // database or server is named before the prompt.
    ctx.with_service(|service| service.check_reachable())?;
    let clients = ctx.client_state()?;
    let client_id = clients.client_id()?;
    let secret = SecretSource { from_stdin: args.password_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
    let password = secret.read(&format!("Password for {}", stint::text::escape_for_terminal(&name)))?;
    let request = LoginRequest {
        org: args.org,
        username: name,
        password: Password::new(password),
        client_id,
        client_label: super::host_label(),
        ttl,
        bearer: args.print_token,
        replace_oldest: args.replace_oldest,
        origin: Default::default(),
    };
    let logged_in = ctx.with_service(|service| service.login(request)?.into_result())?;
    let session = &logged_in.session;
    let view = ctx.printer().view;
    let expiry = format!(
        "expires {}, idle expiry {} unless used",
        view.time(session.expires_at),
        view.time(session.idle_expires_at)
    );
    for id in &logged_in.replaced {
        ctx.notice(format!(
            "Ended your least recently used session {} to stay within the limit.",
            id.short()
        ));
    }
    let name = &session.username;
    if args.print_token {
        super::output::print_line(logged_in.token.expose())?;
        ctx.notice(format!("Token for {name} printed (bearer session; {expiry})."));
        return Ok(());
    }
    clients.save_token(&database, &logged_in.org, &logged_in.token)?;
    remember_server(ctx, &database)?;
    let short = session.session_id.short();
    if logged_in.resumed {
        ctx.notice(format!("Resumed your session {short} on this client as {name} ({expiry})."));
    } else {
        ctx.notice(format!("Logged in as {name} (session {short}; {expiry})."));
    }
    for name in &logged_in.logged_out {
        let name = stint::text::escape_for_terminal(name);
        ctx.notice(format!("Logged out {name} on this client (their session here is revoked)."));
    }
    Ok(())
}
