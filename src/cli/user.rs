//! `stint user ...`: add, list, show, edit, passwd, suspend, activate, deactivate, remove.

use clap::{Args, Subcommand};
use stint::Error;
use stint::password;
use stint::permission::{self, Capability, Role};
use stint::text::counted;
use stint::user::{self, NewUser, PasswordChange, PasswordChanged, Status, UserEdit, UserFilter, UserView};

use super::Ctx;
use super::output::{Record, View};
use super::prompt::SecretSource;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user (admins); the password comes from --password-stdin or a prompt
    Add(AddArgs),
    /// List users (everyone for admins and supervisors, yourself otherwise)
    List(ListArgs),
    /// Show a user, or yourself with `me`
    Show {
        /// Username or user id, or `me`
        name: String,
    },
    /// Change a user's role, display name or email (admins)
    Edit(EditArgs),
    /// Change your password (asks for the current one first), or anyone's as an admin; the
    /// user's other login sessions end
    Passwd {
        /// Username or user id (default: yourself)
        name: Option<String>,
        /// Read from stdin instead of prompting: your current password on the first line and the
        /// new one on the second, or only the new one for another user
        #[arg(long)]
        password_stdin: bool,
    },
    /// Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)
    Suspend { name: String },
    /// Re-activate a suspended or deactivated user (admins)
    Activate { name: String },
    /// Deactivate a user who left, keeping their history; a running timer stops (admins)
    Deactivate { name: String },
    /// Remove a user who owns no data (admins); otherwise use deactivate
    Remove { name: String },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Username: 1 to 64 of a-z, 0-9, '.', '_', '-' (upper case is folded)
    pub name: String,
    /// Role: admin, supervisor, technician or viewer
    #[arg(long)]
    pub role: Role,
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
    #[arg(long)]
    pub role: Option<Role>,
    /// Only users with this status: active, suspended or deactivated
    #[arg(long)]
    pub status: Option<Status>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub name: String,
    /// New role
    #[arg(long)]
    pub role: Option<Role>,
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
    const HEADERS: &'static [&'static str] =
        &["USER", "NAME", "EMAIL", "ROLE", "STATUS", "LAST LOGIN", "SESSIONS", "ID"];
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

fn read_new_password(ctx: &Ctx, from_stdin: bool, who: &str) -> anyhow::Result<String> {
    let secret = SecretSource { from_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
    let pw = secret.read_new(&format!("New password for {who}"))?;
    Ok(password::hash(&pw)?)
}

pub fn run(ctx: &Ctx, cmd: UserCommand) -> anyhow::Result<()> {
    let now = ctx.now;
    match cmd {
        UserCommand::Add(args) => {
            let username = user::check_new_username(&args.name)?;
            // Every check first, so a refused add never prompts or costs a hash.
            let existing = ctx.check_as(|tx, auth| {
                user::check_add(
                    tx,
                    &auth.actor,
                    &username,
                    args.display_name.as_deref(),
                    args.email.as_deref(),
                    args.if_not_exists,
                    now,
                )
            })?;
            if let Some(existing) = existing {
                ctx.notice(format!("User {} already exists; nothing changed.", existing.username));
                return print_user(ctx, &existing);
            }
            let hash = read_new_password(ctx, args.password_stdin, &username)?;
            let new = NewUser {
                username,
                role: args.role,
                display_name: args.display_name,
                email: args.email,
                password_hash: hash,
            };
            let added =
                ctx.write_as(|tx, auth| user::add(tx, &auth.actor, new.clone(), args.if_not_exists, now))?;
            if added.created {
                ctx.notice(format!("Added {} {}.", added.user.role, added.user.username));
            } else {
                ctx.notice(format!("User {} already exists; nothing changed.", added.user.username));
            }
            print_user(ctx, &added.user)
        }
        UserCommand::List(args) => {
            let filter = UserFilter { role: args.role, status: args.status };
            let users = ctx.read_as(|tx, auth| user::list(tx, &auth.actor, &filter, now))?;
            ctx.printer().list(&users)?;
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
            let view = ctx.read_as(|tx, auth| user::show(tx, &auth.actor, &name, now))?;
            Ok(ctx.printer().one(&view)?)
        }
        UserCommand::Edit(args) => {
            let edit = UserEdit {
                role: args.role,
                display_name: args.display_name,
                email: if args.clear_email { Some(None) } else { args.email.map(Some) },
            };
            let changed =
                ctx.write_as(|tx, auth| user::edit(tx, &auth.actor, &args.name, edit.clone(), now))?;
            if !changed.changed {
                ctx.notice(format!("{} already had those values; nothing changed.", changed.user.username));
            }
            print_user(ctx, &changed.user)
        }
        UserCommand::Passwd { name, password_stdin } => {
            let (target, own) = ctx.check_as(|tx, auth| {
                let target = user::find(tx, &auth.actor, name.as_deref().unwrap_or(user::SELF_NAME))?;
                let own = target.user_id == auth.actor.user_id;
                if !own {
                    permission::require(auth.actor.role, Capability::ManageUsers)?;
                }
                Ok((target.username, own))
            })?;
            let secret =
                SecretSource { from_stdin: password_stdin, stdin_is_terminal: ctx.stdin_is_terminal };
            let new_prompt = format!("New password for {target}");
            let (current, new) = if own {
                let change = secret.read_own_change("Current password", &new_prompt)?;
                (Some(change.current), change.new)
            } else {
                (None, secret.read_new(&new_prompt)?)
            };
            let change = PasswordChange { current, new_hash: password::hash(&new)? };
            let outcome = ctx.write_as(|tx, auth| {
                user::set_password(tx, &auth.actor, name.as_deref(), change.clone(), now)
            })?;
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
        UserCommand::Remove { name } => {
            let removed = ctx.write_as(|tx, auth| user::remove(tx, &auth.actor, &name, now))?;
            ctx.notice(format!("Removed {}.", removed.username));
            Ok(())
        }
    }
}

fn set_status(ctx: &Ctx, name: &str, status: Status) -> anyhow::Result<()> {
    let now = ctx.now;
    let changed = ctx.write_as(|tx, auth| user::set_status(tx, &auth.actor, name, status, now))?;
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
