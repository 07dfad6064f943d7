//! `stint init`: create a database, its organisation and first admin, and log the admin in.

use anyhow::Context as _;
use clap::Args;
use stint::setup::{self, Setup};
use stint::store::{Location, Store};
use stint::{password, user};

use super::Ctx;
use super::prompt::SecretSource;
use super::user::print_user;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Username of the first admin
    #[arg(long, value_name = "NAME")]
    pub admin: String,
    /// Read the admin's password from the first line of stdin instead of prompting
    #[arg(long)]
    pub password_stdin: bool,
    /// Name of the database's first organisation (1-64 of a-z, 0-9, '.', '_', '-')
    #[arg(long = "org", alias = "org-name", value_name = "NAME", default_value = "default")]
    pub org_name: String,
}

pub fn run(ctx: &Ctx, args: InitArgs) -> anyhow::Result<()> {
    // Everything that can be refused is checked before a file exists, and before the prompt.
    let admin = user::check_new_username(&args.admin)?;
    stint::org::normalize_name(&args.org_name)?;
    let location = ctx.db_location()?;
    Store::check_creatable(&location, ctx.open_options())?;
    let clients = ctx.client_state()?;
    let client_id = clients.client_id()?;
    let secret = SecretSource { from_stdin: args.password_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
    let pw = secret.read_new(&format!("Password for {admin}"))?;
    let hash = password::hash(&pw)?;

    if ctx.global.db.is_none()
        && let Location::File(path) = &location
        && let Some(dir) = path.parent()
    {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let org = stint::org::normalize_name(&args.org_name)?;
    let setup = Setup {
        org_name: org.clone(),
        admin,
        password_hash: hash,
        client_id,
        client_label: super::host_label(),
    };
    let now = ctx.now;
    let (mut store, logged_in) =
        Store::create(&location, ctx.open_options(), |tx| setup::initialise(tx, setup, now))?;
    clients.save_token(&location, &org, &logged_in.token)?;
    ctx.notice(format!(
        "Created {} with admin {} (logged in on this client).",
        stint::text::escape_for_terminal(&location.to_string()),
        logged_in.actor.username
    ));
    let view = store.read(|tx| user::show(tx, &logged_in.actor, "me", now))?;
    print_user(ctx, &view)
}
