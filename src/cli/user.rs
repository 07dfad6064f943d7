//! `stint user ...`: add, list, show, edit, passwd, suspend, activate, deactivate, remove.

use clap::{Args, Subcommand};
use stint::Error;
use stint::service::auth::Password;
use stint::service::user::{
    AddCheckRequest, AddRequest, EditRequest, ListRequest, NewPassword, PasswdRequest, PasswdTargetRequest,
    SetStatusRequest, UserAdd, UserAddCheck, UserEditOp, UserList, UserName, UserPasswd, UserPasswdTarget,
    UserRemove, UserSetStatus, UserShow,
};
use stint::text::{counted, escape_for_terminal};
use stint::user::{self, PasswordChanged, Status, UserView};

use super::Ctx;
use super::output::{Record, View};
use super::prompt::{SecretSource, confirmed, must_confirm};
use super::table::Col;
use super::values::{RoleArg, UserStatusArg};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user (admins); the password comes from --password-stdin or a prompt
    #[command(after_help = super::help::examples_help("user add"))]
    Add(AddArgs),
    /// List users (everyone for admins and supervisors, yourself otherwise)
    List(ListArgs),
    /// Show a user, or yourself with `me`
    Show {
        /// Username or user id, or `me`
        #[arg(add = super::dynamic::users())]
        name: String,
    },
    /// Change a user's role, display name or email (admins)
    Edit(EditArgs),
    /// Change your password (asks for the current one first), or anyone's as an admin; the
    /// user's other login sessions end
    Passwd {
        /// Username or user id (default: yourself)
        #[arg(add = super::dynamic::users())]
        name: Option<String>,
        /// Read from stdin instead of prompting: your current password on the first line and the
        /// new one on the second, or only the new one for another user
        #[arg(long)]
        password_stdin: bool,
    },
    /// Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)
    Suspend {
        #[arg(add = super::dynamic::users())]
        name: String,
    },
    /// Re-activate a suspended or deactivated user (admins)
    Activate {
        #[arg(add = super::dynamic::users())]
        name: String,
    },
    /// Deactivate a user who left, keeping their history; a running timer stops (admins)
    Deactivate {
        #[arg(add = super::dynamic::users())]
        name: String,
    },
    /// Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal
    Remove {
        #[arg(add = super::dynamic::users())]
        name: String,
        /// Remove without asking (required off a terminal)
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Username: 1 to 64 of a-z, 0-9, '.', '_', '-' (upper case is folded)
    pub name: String,
    /// Role
    #[arg(long, value_enum, ignore_case = true)]
    pub role: RoleArg,
    /// Email address
    #[arg(long)]
    pub email: Option<String>,
    /// Full name shown in lists
    #[arg(long)]
    pub display_name: Option<String>,
    /// Read the password from the first line of stdin instead of prompting
    #[arg(long)]
    pub password_stdin: bool,
    /// Succeed with a notice when the user exists (exit 6 otherwise)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only users with this role
    #[arg(long, value_enum, ignore_case = true)]
    pub role: Option<RoleArg>,
    /// Only users with this status
    #[arg(long, value_enum, ignore_case = true)]
    pub status: Option<UserStatusArg>,
    /// Only the latest N users by when they were added (listed oldest first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    #[arg(add = super::dynamic::users())]
    pub name: String,
    /// New role
    #[arg(long, value_enum, ignore_case = true)]
    pub role: Option<RoleArg>,
    /// New email address
    #[arg(long, conflicts_with = "clear_email")]
    pub email: Option<String>,
    /// Remove the email address
    #[arg(long)]
    pub clear_email: bool,
    /// New display name
    #[arg(long)]
    pub display_name: Option<String>,
}

impl Record for UserView {
    const COLUMNS: &'static [&'static str] = &[
        "user_id",
        "username",
        "display_name",
        "email",
        "role",
        "status",
        "created_at",
        "updated_at",
        "last_login_at",
        "active_sessions",
        "username_reserved",
    ];
    const HEADERS: &'static [Col] = &[
        Col::text("USER"),
        Col::text("NAME").drop(2),
        Col::text("EMAIL").drop(3),
        Col::fixed("ROLE"),
        Col::fixed("STATUS"),
        Col::fixed("LAST LOGIN").drop(4),
        Col::number("SESSIONS").drop(5),
        Col::id("ID").drop(1),
    ];
    fn row(&self, view: &View) -> Vec<String> {
        // A legacy user named `me` cannot be named as `me`: the table says so where it shows.
        let username = if self.username_reserved {
            format!("{} (reserved name; use the id)", self.username)
        } else {
            self.username.clone()
        };
        vec![
            username,
            self.display_name.clone(),
            self.email.clone().unwrap_or_default(),
            self.role.to_string(),
            self.status.to_string(),
            view.opt_time(self.last_login_at),
            self.active_sessions.to_string(),
            self.user_id.to_string(),
        ]
    }
}

/// Prints one user, or only its id with `-q`.
pub fn print_user(ctx: &Ctx, view: &UserView) -> anyhow::Result<()> {
    ctx.print_created(view, view.user_id)
}

fn read_new_password(ctx: &Ctx, from_stdin: bool, who: &str) -> anyhow::Result<NewPassword> {
    let secret = SecretSource { from_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
    Ok(NewPassword::new(secret.read_new(&format!("New password for {who}"))?))
}

pub fn run(ctx: &Ctx, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add(args) => {
            let username = user::check_new_username(&args.name)?;
            // Every check first, so a refused add never prompts or costs a hash.
            let existing = ctx.call::<UserAddCheck>(AddCheckRequest {
                username: username.clone(),
                display_name: args.display_name.clone(),
                email: args.email.clone(),
                if_not_exists: args.if_not_exists,
            })?;
            if let Some(existing) = existing {
                ctx.notice(format!("User {} already exists; nothing changed.", existing.username));
                return print_user(ctx, &existing);
            }
            let password = read_new_password(ctx, args.password_stdin, &username)?;
            let added = ctx.call::<UserAdd>(AddRequest {
                username,
                role: args.role.into(),
                display_name: args.display_name,
                email: args.email,
                password,
                if_not_exists: args.if_not_exists,
            })?;
            if added.created {
                ctx.notice(format!("Added {} {}.", added.user.role, added.user.username));
            } else {
                ctx.notice(format!("User {} already exists; nothing changed.", added.user.username));
            }
            print_user(ctx, &added.user)
        }
        UserCommand::List(args) => {
            let users = ctx.call::<UserList>(ListRequest {
                role: args.role.map(Into::into),
                status: args.status.map(Into::into),
                limit: args.limit,
            })?;
            if ctx.printer().list(&users)? == 0 {
                ctx.empty_table("no users match");
            }
            if let Some(reserved) = users.iter().find(|u| u.username_reserved) {
                ctx.notice(format!(
                    "note: user {} has the reserved name \"me\", which means yourself in commands; \
                     name that user by its id ({})",
                    reserved.username, reserved.user_id
                ));
            }
            Ok(())
        }
        UserCommand::Show { name } => {
            let view = ctx.call::<UserShow>(UserName { name })?;
            Ok(ctx.printer().one(&view)?)
        }
        UserCommand::Edit(args) => {
            let changed = ctx.call::<UserEditOp>(EditRequest {
                name: args.name,
                role: args.role.map(Into::into),
                display_name: args.display_name,
                email: args.email,
                clear_email: args.clear_email,
            })?;
            if !changed.changed {
                ctx.notice(format!("{} already had those values; nothing changed.", changed.user.username));
            }
            print_user(ctx, &changed.user)
        }
        UserCommand::Passwd { name, password_stdin } => {
            let target = ctx.call::<UserPasswdTarget>(PasswdTargetRequest { name: name.clone() })?;
            let own = target.own;
            let target = target.username;
            let secret =
                SecretSource { from_stdin: password_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
            let new_prompt = format!("New password for {target}");
            let (current, new) = if own {
                let change = secret.read_own_change("Current password", &new_prompt)?;
                (Some(Password::new(change.current)), change.new)
            } else {
                (None, secret.read_new(&new_prompt)?)
            };
            let outcome =
                ctx.call::<UserPasswd>(PasswdRequest { name, current, new: NewPassword::new(new) })?;
            match outcome {
                PasswordChanged::Changed { revoked, .. } if own => ctx.notice(format!(
                    "Changed your password; {} ended, and this one stays logged in.",
                    counted(revoked, "other login session")
                )),
                PasswordChanged::Changed { user, revoked } => ctx.notice(format!(
                    "Changed the password of {}; {} ended.",
                    user.username,
                    counted(revoked, "login session")
                )),
                PasswordChanged::WrongCurrent { retry_after: None } => {
                    return Err(
                        Error::unauthenticated("the current password is wrong; nothing changed").into()
                    );
                }
                PasswordChanged::WrongCurrent { retry_after: Some(wait) } => {
                    return Err(Error::unauthenticated(format!(
                        "the current password was not checked; {}",
                        stint::auth::throttle_notice(wait)
                    ))
                    .into());
                }
            }
            Ok(())
        }
        UserCommand::Suspend { name } => set_status(ctx, &name, Status::Suspended),
        UserCommand::Activate { name } => set_status(ctx, &name, Status::Active),
        UserCommand::Deactivate { name } => set_status(ctx, &name, Status::Deactivated),
        UserCommand::Remove { name, yes } => {
            if must_confirm(yes, ctx.stdin_is_terminal, "removing a user")?
                && !confirmed(&format!("Remove user {}?", escape_for_terminal(&name)))?
            {
                ctx.notice("Nothing was removed.");
                return Ok(());
            }
            let removed = ctx.call::<UserRemove>(UserName { name })?;
            ctx.notice(format!("Removed {}.", removed.username));
            Ok(())
        }
    }
}

fn set_status(ctx: &Ctx, name: &str, status: Status) -> anyhow::Result<()> {
    let changed = ctx.call::<UserSetStatus>(SetStatusRequest { name: name.to_owned(), status })?;
    if let Some(timer) = &changed.stopped_timer {
        ctx.notice(format!(
            "{} is now {status}; their running timer on {} was stopped at {}, after {}.",
            changed.user.username,
            timer.target,
            ctx.printer().view.opt_time(timer.end),
            stint::time::format_duration(timer.duration_seconds.unwrap_or(0))
        ));
    } else if changed.changed {
        ctx.notice(format!("{} is now {status}.", changed.user.username));
    } else {
        ctx.notice(format!("{} is already {status}; nothing changed.", changed.user.username));
    }
    Ok(())
}
