//! Users: handles, roles, statuses and the rules around them (last admin, owned data).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::audit::{self, AuditStore, Change};
use crate::error::{Error, Result};
use crate::id::{LoginSessionId, OrgId, UserId};
use crate::org::{self, OrgStore};
use crate::password;
use crate::permission::{self, Capability, Role};
use crate::settings::{self, SettingsStore};
use crate::text;
use crate::time::Timestamp;

/// Whether a user may log in and act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Suspended,
    Deactivated,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Active, Status::Suspended, Status::Deactivated];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Deactivated => "deactivated",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Status::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::invalid(format!(
                "unknown user status {:?}; valid statuses: active, suspended, deactivated",
                text::escape_for_terminal(s)
            ))
        })
    }
}

/// A stored user, password hash included; never serialised as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub user_id: UserId,
    pub org_id: OrgId,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub status: Status,
    pub password_hash: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub last_login_at: Option<Timestamp>,
    pub failed_logins: i64,
    pub last_failed_login_at: Option<Timestamp>,
}

impl User {
    /// This user as the actor of a command, through `session_id` when it runs in a login session.
    pub fn actor(&self, session_id: Option<LoginSessionId>) -> Actor {
        Actor {
            user_id: self.user_id,
            org_id: self.org_id,
            username: self.username.clone(),
            role: self.role,
            session_id,
        }
    }
}

/// What commands show of a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserView {
    pub user_id: UserId,
    pub username: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub status: Status,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub last_login_at: Option<Timestamp>,
    pub active_sessions: i64,
    /// The username is the reserved `me` (a user from before it was reserved): commands that
    /// name this user must use its id.
    pub username_reserved: bool,
}

impl UserView {
    pub fn of(user: &User, active_sessions: i64) -> Self {
        Self {
            user_id: user.user_id,
            username: user.username.clone(),
            display_name: user.display_name.clone(),
            email: user.email.clone(),
            role: user.role,
            status: user.status,
            created_at: user.created_at,
            updated_at: user.updated_at,
            last_login_at: user.last_login_at,
            active_sessions,
            username_reserved: is_reserved(&user.username),
        }
    }
}

/// The audit snapshot of a user: no hash, no counters.
#[derive(Serialize, PartialEq)]
struct Snapshot<'a> {
    username: &'a str,
    display_name: &'a str,
    email: &'a Option<String>,
    role: Role,
    status: Status,
}

fn snapshot(user: &User) -> Snapshot<'_> {
    Snapshot {
        username: &user.username,
        display_name: &user.display_name,
        email: &user.email,
        role: user.role,
        status: user.status,
    }
}

pub const MAX_USERNAME_LEN: usize = 64;
pub const MAX_DISPLAY_NAME_CHARS: usize = 200;
pub const MAX_EMAIL_LEN: usize = 254;

/// The name that means "yourself" wherever a user is named; no user may take it.
pub const SELF_NAME: &str = "me";

/// Whether `name` is the reserved [`SELF_NAME`], in any case.
pub fn is_reserved(name: &str) -> bool {
    name.eq_ignore_ascii_case(SELF_NAME)
}

/// Normalises and checks the username of a new user: as [`normalize_username`], and not the
/// reserved `me`, which would make `user edit me` act on the admin instead of on that user.
pub fn check_new_username(input: &str) -> Result<String> {
    let name = normalize_username(input)?;
    if is_reserved(&name) {
        return Err(Error::invalid(format!(
            "the username {SELF_NAME:?} is reserved: it means \"yourself\" wherever a user is named; choose another"
        )));
    }
    // Wherever a user is named, a user id is tried first: a name that reads as one could be
    // another user's id, and that user would answer for it.
    if name.parse::<UserId>().is_ok() {
        return Err(Error::invalid(format!(
            "the username {name:?} reads as a user id, which names a user wherever a name does; choose another"
        )));
    }
    Ok(name)
}

/// Normalises a username to lower case and checks `[a-z0-9._-]{1,64}`.
pub fn normalize_username(input: &str) -> Result<String> {
    text::fold_name("username", input, MAX_USERNAME_LEN)
}

fn check_email(email: &str) -> Result<()> {
    let plausible = email.len() <= MAX_EMAIL_LEN
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty() && !domain.contains('@'));
    if plausible {
        Ok(())
    } else {
        Err(Error::invalid(format!("invalid email address {:?}", text::escape_for_terminal(email))))
    }
}

/// Which users `user list` shows.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub status: Option<Status>,
}

/// Storage questions about users.
pub trait UserStore {
    fn insert_user(&self, user: &User) -> Result<()>;
    fn user_by_name(&self, org: OrgId, username: &str) -> Result<Option<User>>;
    fn user_by_id(&self, org: OrgId, user: UserId) -> Result<Option<User>>;
    fn update_user(&self, user: &User) -> Result<()>;
    fn delete_user(&self, org: OrgId, user: UserId) -> Result<()>;
    fn list_users(&self, org: OrgId, filter: &UserFilter) -> Result<Vec<User>>;
    fn count_active_admins(&self, org: OrgId) -> Result<i64>;
    /// Whether tickets, cases, notes or work sessions refer to the user.
    fn user_owns_data(&self, org: OrgId, user: UserId) -> Result<bool>;
    /// Makes every other write transaction that locks the same user wait until this one ends,
    /// so the checks that follow see each other's changes. A store whose write transactions
    /// already run one at a time (SQLite's `BEGIN IMMEDIATE`) does nothing.
    fn lock_user_for_write(&self, org: OrgId, user: UserId) -> Result<()>;
}

/// The questions user commands ask about a user's login sessions and password checks. `auth`,
/// which owns login sessions and the failed-login throttle, answers them (for every store), so
/// `user` stays below `auth`.
pub trait UserLoginSessions {
    /// How many active login sessions `user` holds, idle past `idle_timeout` not counted.
    fn active_login_sessions_of(&self, user: UserId, now: Timestamp, idle_timeout: i64) -> Result<i64>;
    /// Revokes every unrevoked login session of `user`; returns how many.
    fn revoke_all_login_sessions_of(&self, user: UserId, now: Timestamp, reason: &str) -> Result<u64>;
    /// Revokes every unrevoked login session of `user` except `keep`; returns how many.
    fn revoke_other_login_sessions_of(
        &self,
        user: &User,
        keep: Option<LoginSessionId>,
        now: Timestamp,
        reason: &str,
    ) -> Result<u64>;
    /// How many more seconds the account refuses password checks unchecked, after repeated
    /// failures; `None` when it takes them. `auth login` and `user passwd` share the throttle.
    fn password_check_wait(&self, user: &User, now: Timestamp) -> Option<i64>;
    /// Records a refused password check as a failed login: audited and, when the password was
    /// checked and wrong (`counted`), counted towards the throttle.
    fn record_failed_password_check(
        &self,
        user: &mut User,
        reason: &str,
        counted: bool,
        now: Timestamp,
    ) -> Result<()>;
}

/// The question user commands ask about timers: a user who is suspended or deactivated has their
/// running timer stopped. `work`, which owns the timer rules, answers it, so `user` stays below
/// `work`.
pub trait UserTimers {
    /// Stops the running timer of `user`, whom `actor` (an admin) has just suspended or
    /// deactivated; `None` when none was running. The caller holds `user`'s lock.
    fn stop_timer_of_inactive_user(
        &self,
        actor: &Actor,
        user: UserId,
        now: Timestamp,
    ) -> Result<Option<StoppedTimer>>;
}

/// A running timer that a suspension or deactivation stopped, as the notice names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoppedTimer {
    /// The ticket and/or case it was on.
    pub target: String,
    pub end: Option<Timestamp>,
    pub duration_seconds: Option<i64>,
}

/// The stores user commands touch (timers: a suspension stops the user's timer).
pub trait UserCommandStore:
    UserStore + AuditStore + SettingsStore + OrgStore + UserLoginSessions + UserTimers
{
}
impl<T: UserStore + AuditStore + SettingsStore + OrgStore + UserLoginSessions + UserTimers + ?Sized>
    UserCommandStore for T
{
}

/// How many active login sessions a user holds, with the idle timeout from settings.
fn active_session_count(tx: &dyn UserCommandStore, org: OrgId, user: UserId, now: Timestamp) -> Result<i64> {
    let idle = settings::load(tx, org)?.session_idle_timeout;
    tx.active_login_sessions_of(user, now, idle)
}

/// Finds a user by name, by user id, or `me` (in any case) for the actor, as not-found when
/// missing. The id reaches a user whose name is the reserved `me` (made before it was
/// reserved); an id that is no user's is tried as a name.
pub fn find(tx: &dyn UserStore, actor: &Actor, name: &str) -> Result<User> {
    if is_reserved(name) {
        return tx
            .user_by_id(actor.org_id, actor.user_id)?
            .ok_or_else(|| Error::not_found("your user no longer exists"));
    }
    if let Ok(id) = name.parse::<UserId>()
        && let Some(user) = tx.user_by_id(actor.org_id, id)?
    {
        return Ok(user);
    }
    let username = normalize_username(name)?;
    tx.user_by_name(actor.org_id, &username)?
        .ok_or_else(|| Error::not_found(format!("no user named {username:?}")))
}

/// Finds a user that a command is about to change: another user is locked too (the actor was
/// locked when the command authenticated) and read again, so changes to one account queue,
/// and each takes its locks in the same order: own account, then the other, then the tenant.
fn find_to_change(tx: &dyn UserStore, actor: &Actor, name: &str) -> Result<User> {
    let user = find(tx, actor, name)?;
    if user.user_id == actor.user_id {
        return Ok(user);
    }
    tx.lock_user_for_write(actor.org_id, user.user_id)?;
    tx.user_by_id(actor.org_id, user.user_id)?
        .ok_or_else(|| Error::not_found(format!("no user named {:?}", user.username)))
}

/// A new user's fields; the password arrives already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub role: Role,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub password_hash: String,
}

fn check_profile(display_name: Option<&str>, email: Option<&str>) -> Result<()> {
    text::validate("display name", display_name.unwrap_or_default(), false, MAX_DISPLAY_NAME_CHARS)?;
    email.map_or(Ok(()), check_email)
}

fn build_user(org: OrgId, new: NewUser, now: Timestamp) -> Result<User> {
    let username = check_new_username(&new.username)?;
    check_profile(new.display_name.as_deref(), new.email.as_deref())?;
    let display_name = new.display_name.unwrap_or_default();
    Ok(User {
        user_id: UserId::random(),
        org_id: org,
        username,
        display_name,
        email: new.email,
        role: new.role,
        status: Status::Active,
        password_hash: new.password_hash,
        created_at: now,
        updated_at: now,
        last_login_at: None,
        failed_logins: 0,
        last_failed_login_at: None,
    })
}

/// Creates the first admin of a fresh database (`stint init`); it audits itself. `init` logs
/// that admin in, so this counts as their first login.
pub fn create_first_admin<S: UserStore + AuditStore + ?Sized>(
    tx: &S,
    org: OrgId,
    username: &str,
    password_hash: String,
    now: Timestamp,
) -> Result<User> {
    let mut user = build_user(
        org,
        NewUser {
            username: username.to_owned(),
            role: Role::Admin,
            display_name: None,
            email: None,
            password_hash,
        },
        now,
    )?;
    user.last_login_at = Some(now);
    tx.insert_user(&user)?;
    let actor = user.actor(None);
    audit::record(tx, &actor, now, Change::new("user.add", "user", user.user_id).after(&snapshot(&user)))?;
    Ok(user)
}

/// The result of `user add`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Added {
    pub user: UserView,
    /// False when the name existed and `--if-not-exists` was given.
    pub created: bool,
}

/// Adds a user (admins only). An existing name is a conflict unless `if_not_exists`.
pub fn add(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    new: NewUser,
    if_not_exists: bool,
    now: Timestamp,
) -> Result<Added> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let user = build_user(actor.org_id, new, now)?;
    if let Some(existing) = existing_user(tx, actor, &user.username, if_not_exists, now)? {
        return Ok(Added { user: existing, created: false });
    }
    org::check_user_limit(tx, actor.org_id, true)?;
    tx.insert_user(&user)?;
    audit::record(tx, actor, now, Change::new("user.add", "user", user.user_id).after(&snapshot(&user)))?;
    Ok(Added { user: UserView::of(&user, 0), created: true })
}

/// A taken name: a conflict, or with `if_not_exists` the user who has it.
fn existing_user(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    username: &str,
    if_not_exists: bool,
    now: Timestamp,
) -> Result<Option<UserView>> {
    match tx.user_by_name(actor.org_id, username)? {
        None => Ok(None),
        Some(existing) if if_not_exists => {
            let sessions = active_session_count(tx, actor.org_id, existing.user_id, now)?;
            Ok(Some(UserView::of(&existing, sessions)))
        }
        Some(_) => Err(Error::conflict(format!("user {username:?} already exists"))),
    }
}

/// What `user add` would refuse, checked before a password is asked for and hashed:
/// permission, the fields, and a taken name. `Some` is the user who already has the name,
/// with `if_not_exists`: then there is nothing to add.
pub fn check_add(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    username: &str,
    display_name: Option<&str>,
    email: Option<&str>,
    if_not_exists: bool,
    now: Timestamp,
) -> Result<Option<UserView>> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let username = check_new_username(username)?;
    check_profile(display_name, email)?;
    let existing = existing_user(tx, actor, &username, if_not_exists, now)?;
    if existing.is_none() {
        org::check_user_limit(tx, actor.org_id, false)?;
    }
    Ok(existing)
}

/// Lists users: everyone for those who may, otherwise only the actor.
pub fn list(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    filter: &UserFilter,
    now: Timestamp,
) -> Result<Vec<UserView>> {
    let users = if permission::allows(actor.role, Capability::ListUsers) {
        tx.list_users(actor.org_id, filter)?
    } else {
        let me = find(tx, actor, SELF_NAME)?;
        let keep = filter.role.is_none_or(|r| r == me.role) && filter.status.is_none_or(|s| s == me.status);
        if keep { vec![me] } else { vec![] }
    };
    // One settings read for the whole list, not one per user.
    let idle = settings::load(tx, actor.org_id)?.session_idle_timeout;
    users.iter().map(|u| Ok(UserView::of(u, tx.active_login_sessions_of(u.user_id, now, idle)?))).collect()
}

/// Shows one user; those who cannot list users may only show themselves.
pub fn show(tx: &dyn UserCommandStore, actor: &Actor, name: &str, now: Timestamp) -> Result<UserView> {
    let user = find(tx, actor, name)?;
    if user.user_id != actor.user_id {
        permission::require(actor.role, Capability::ListUsers)?;
    }
    Ok(UserView::of(&user, active_session_count(tx, actor.org_id, user.user_id, now)?))
}

/// Fields `user edit` may change; `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct UserEdit {
    pub role: Option<Role>,
    pub display_name: Option<String>,
    /// `Some(None)` clears the address.
    pub email: Option<Option<String>>,
}

/// Refuses a change that would leave the organisation without an active admin.
fn keep_an_admin(tx: &dyn UserCommandStore, user: &User, still_active_admin: bool) -> Result<()> {
    let is_active_admin = user.role == Role::Admin && user.status == Status::Active;
    if is_active_admin && !still_active_admin && tx.count_active_admins(user.org_id)? <= 1 {
        return Err(Error::conflict(format!(
            "{} is the last active admin; make another user admin first",
            user.username
        )));
    }
    Ok(())
}

/// The outcome of a change that may already have been in effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserChanged {
    pub user: UserView,
    pub changed: bool,
    /// The user's timer that a suspension or deactivation stopped.
    pub stopped_timer: Option<StoppedTimer>,
}

/// Edits a user's role, display name or email (admins only).
pub fn edit(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    name: &str,
    edit: UserEdit,
    now: Timestamp,
) -> Result<UserChanged> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let before = find_to_change(tx, actor, name)?;
    let mut after = before.clone();
    if let Some(role) = edit.role {
        after.role = role;
    }
    if let Some(display_name) = edit.display_name {
        text::validate("display name", &display_name, false, MAX_DISPLAY_NAME_CHARS)?;
        after.display_name = display_name;
    }
    if let Some(email) = edit.email {
        if let Some(address) = &email {
            check_email(address)?;
        }
        after.email = email;
    }
    keep_an_admin(tx, &before, after.role == Role::Admin)?;
    let changed = snapshot(&before) != snapshot(&after);
    if changed {
        after.updated_at = now;
        tx.update_user(&after)?;
        audit::record(
            tx,
            actor,
            now,
            Change::new("user.edit", "user", after.user_id)
                .before(&snapshot(&before))
                .after(&snapshot(&after)),
        )?;
    }
    let sessions = active_session_count(tx, actor.org_id, after.user_id, now)?;
    Ok(UserChanged { user: UserView::of(&after, sessions), changed, stopped_timer: None })
}

/// What `user passwd` brings: the new password, already hashed, and for a change of one's own
/// password the current one. No `Debug`: it holds a password.
#[derive(Clone)]
pub struct PasswordChange {
    pub current: Option<String>,
    pub new_hash: String,
}

/// The outcome of `user passwd`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordChanged {
    /// Changed; `revoked` login sessions of the user ended.
    Changed { user: UserView, revoked: u64 },
    /// The current password was wrong, or not checked because the account is throttled. The
    /// failed login is audited (and counted) when this commits; the caller then reports it as
    /// not authenticated, like a failed `auth login`.
    WrongCurrent { retry_after: Option<i64> },
}

/// Sets a new password for oneself (the current password must be right) or, as an admin, for
/// anyone. Every other login session of that user is revoked: all of them when an admin resets
/// another user's password, all but the one the change was made from when it is one's own.
pub fn set_password(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    name: Option<&str>,
    change: PasswordChange,
    now: Timestamp,
) -> Result<PasswordChanged> {
    let mut user = find_to_change(tx, actor, name.unwrap_or(SELF_NAME))?;
    let own = user.user_id == actor.user_id;
    if own {
        let Some(current) = &change.current else {
            return Err(Error::invalid("changing your own password needs your current password"));
        };
        // Checked like a login: refused unchecked while throttled, and a wrong one counts.
        let retry_after = tx.password_check_wait(&user, now);
        let right = retry_after.is_none()
            && password::verify(current, &user.password_hash)? != password::Verified::No;
        if !right {
            let reason = if retry_after.is_some() {
                "throttled after repeated failures"
            } else {
                "wrong current password"
            };
            tx.record_failed_password_check(&mut user, reason, retry_after.is_none(), now)?;
            return Ok(PasswordChanged::WrongCurrent { retry_after });
        }
    } else {
        permission::require(actor.role, Capability::ManageUsers)?;
    }
    user.password_hash = change.new_hash;
    user.failed_logins = 0;
    user.last_failed_login_at = None;
    user.updated_at = now;
    tx.update_user(&user)?;
    let revoked = if own {
        tx.revoke_other_login_sessions_of(&user, actor.session_id, now, "password changed")?
    } else {
        tx.revoke_all_login_sessions_of(user.user_id, now, "password changed")?
    };
    audit::record(tx, actor, now, Change::new("user.passwd", "user", user.user_id))?;
    let sessions = active_session_count(tx, actor.org_id, user.user_id, now)?;
    Ok(PasswordChanged::Changed { user: UserView::of(&user, sessions), revoked })
}

/// Moves a user to `status` (admins only); idempotent. Leaving `active` revokes every login
/// session of the user and stops their running timer.
pub fn set_status(
    tx: &dyn UserCommandStore,
    actor: &Actor,
    name: &str,
    status: Status,
    now: Timestamp,
) -> Result<UserChanged> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let before = find_to_change(tx, actor, name)?;
    if before.status == status {
        let sessions = active_session_count(tx, actor.org_id, before.user_id, now)?;
        return Ok(UserChanged {
            user: UserView::of(&before, sessions),
            changed: false,
            stopped_timer: None,
        });
    }
    keep_an_admin(tx, &before, status == Status::Active && before.role == Role::Admin)?;
    let mut after = before.clone();
    after.status = status;
    after.updated_at = now;
    if status == Status::Active {
        after.failed_logins = 0;
    }
    tx.update_user(&after)?;
    if status != Status::Active {
        tx.revoke_all_login_sessions_of(after.user_id, now, status.as_str())?;
    }
    let action = match status {
        Status::Active => "user.activate",
        Status::Suspended => "user.suspend",
        Status::Deactivated => "user.deactivate",
    };
    audit::record(
        tx,
        actor,
        now,
        Change::new(action, "user", after.user_id).before(&snapshot(&before)).after(&snapshot(&after)),
    )?;
    let stopped_timer = match status {
        Status::Active => None,
        _ => tx.stop_timer_of_inactive_user(actor, after.user_id, now)?,
    };
    let sessions = active_session_count(tx, actor.org_id, after.user_id, now)?;
    Ok(UserChanged { user: UserView::of(&after, sessions), changed: true, stopped_timer })
}

/// Removes a user who owns no data (admins only); one who does should be deactivated.
pub fn remove(tx: &dyn UserCommandStore, actor: &Actor, name: &str, now: Timestamp) -> Result<UserView> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let user = find_to_change(tx, actor, name)?;
    if user.user_id == actor.user_id {
        return Err(Error::conflict("you cannot remove yourself; ask another admin"));
    }
    keep_an_admin(tx, &user, false)?;
    if tx.user_owns_data(actor.org_id, user.user_id)? {
        return Err(Error::conflict(format!(
            "{} owns tickets, cases or work sessions; use `stint user deactivate {}` instead",
            user.username, user.username
        )));
    }
    tx.delete_user(actor.org_id, user.user_id)?;
    audit::record(tx, actor, now, Change::new("user.remove", "user", user.user_id).before(&snapshot(&user)))?;
    Ok(UserView::of(&user, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_normalised_and_checked() {
        assert_eq!(normalize_username("Bob.Smith_2-x"), Ok("bob.smith_2-x".into()));
        for bad in ["", "bob smith", "bob@x", "bøb", &"a".repeat(65), "a\0b", "a/b"] {
            assert!(normalize_username(bad).is_err(), "{bad:?}");
        }
        assert!(normalize_username(&"a".repeat(64)).is_ok());
    }

    #[test]
    fn me_is_reserved_in_any_case() {
        for reserved in ["me", "ME", "Me"] {
            assert_eq!(check_new_username(reserved).map_err(|e| e.kind()), Err(crate::ErrorKind::Invalid));
        }
        assert_eq!(check_new_username("meg"), Ok("meg".into()));
        assert_eq!(check_new_username("Bob"), Ok("bob".into()));
    }

    #[test]
    fn emails_are_plausible() {
        assert!(check_email("a@b.example").is_ok());
        for bad in ["", "ab", "@b", "a@", "a b@c", "a@b@c", "a@b\n"] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }
}
