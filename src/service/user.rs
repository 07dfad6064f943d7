//! User operations: the checks made before a password prompt, add, list, show, edit, passwd,
//! status changes and remove. New passwords arrive as typed and are hashed here, in
//! [`Op::prepare`], so no client ever chooses a hash's parameters.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::auth::Password;
use super::{Call, Mode, Op, Registry};
use crate::auth::Authenticated;
use crate::error::{Error, Result};
use crate::password;
use crate::permission::{self, Capability, Role};
use crate::store::Tx;
use crate::user::{
    self, Added, NewUser, PasswordChange, PasswordChanged, Status, UserChanged, UserEdit, UserFilter,
    UserView,
};

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<UserAddCheck>();
    registry.op::<UserAdd>();
    registry.op::<UserPasswdTarget>();
    registry.op::<UserPasswd>();
    registry.op::<UserList>();
    registry.op::<UserShow>();
    registry.op::<UserEditOp>();
    registry.op::<UserRemove>();
    registry.op::<UserSetStatus>();
}

/// A new password: it travels as typed and is replaced by its hash in `prepare`, where the
/// core runs. A hash is never read from a request. `Debug` shows neither.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NewPassword {
    typed: String,
    #[serde(skip)]
    hash: Option<String>,
}

impl NewPassword {
    pub fn new(typed: String) -> Self {
        Self { typed, hash: None }
    }

    /// Checks the password's strength and hashes it, forgetting the typed text.
    fn hashed(self) -> Result<Self> {
        let hash = password::hash(&self.typed)?;
        Ok(Self { typed: String::new(), hash: Some(hash) })
    }

    fn hash(&self) -> Result<String> {
        self.hash.clone().ok_or_else(|| Error::internal("a new password reached the core unhashed"))
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

/// Names one user: a username, a user id, or `me`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserName {
    pub name: String,
}

/// What `user add` checks before it asks for a password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddCheckRequest {
    pub username: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub if_not_exists: bool,
}

/// Everything `user add` would refuse, before a prompt or a hash: permission, the fields, a
/// taken name. `Some` is the user who has the name already (with `if_not_exists`).
pub struct UserAddCheck;
impl Op for UserAddCheck {
    const PATH: &'static str = "user/add-check";
    const MODE: Mode = Mode::Check;
    type Req = AddCheckRequest;
    type Resp = Option<UserView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &AddCheckRequest, call: &Call) -> Result<Option<UserView>> {
        user::check_add(
            tx,
            &auth.actor,
            &r.username,
            r.display_name.as_deref(),
            r.email.as_deref(),
            r.if_not_exists,
            call.now,
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddRequest {
    pub username: String,
    pub role: Role,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub password: NewPassword,
    pub if_not_exists: bool,
}

pub struct UserAdd;
impl Op for UserAdd {
    const PATH: &'static str = "user/add";
    const MODE: Mode = Mode::Write;
    type Req = AddRequest;
    type Resp = Added;
    fn prepare(request: AddRequest) -> Result<AddRequest> {
        Ok(AddRequest { password: request.password.hashed()?, ..request })
    }
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &AddRequest, call: &Call) -> Result<Added> {
        let new = NewUser {
            username: r.username.clone(),
            role: r.role,
            display_name: r.display_name.clone(),
            email: r.email.clone(),
            password_hash: r.password.hash()?,
        };
        user::add(tx, &auth.actor, new, r.if_not_exists, call.now)
    }
}

/// Whose password `user passwd` changes (default: the caller's own).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswdTargetRequest {
    pub name: Option<String>,
}

/// The user `user passwd` would change, checked before any prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswdTarget {
    pub username: String,
    /// The caller's own password: the current one is asked for.
    pub own: bool,
}

pub struct UserPasswdTarget;
impl Op for UserPasswdTarget {
    const PATH: &'static str = "user/passwd-target";
    const MODE: Mode = Mode::Check;
    type Req = PasswdTargetRequest;
    type Resp = PasswdTarget;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &PasswdTargetRequest, _: &Call) -> Result<PasswdTarget> {
        let target = user::find(tx, &auth.actor, r.name.as_deref().unwrap_or(user::SELF_NAME))?;
        let own = target.user_id == auth.actor.user_id;
        if !own {
            permission::require(auth.actor.role, Capability::ManageUsers)?;
        }
        Ok(PasswdTarget { username: target.username, own })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswdRequest {
    pub name: Option<String>,
    /// The caller's current password, for a change of their own.
    pub current: Option<Password>,
    pub new: NewPassword,
}

pub struct UserPasswd;
impl Op for UserPasswd {
    const PATH: &'static str = "user/passwd";
    const MODE: Mode = Mode::Write;
    type Req = PasswdRequest;
    type Resp = PasswordChanged;
    fn prepare(request: PasswdRequest) -> Result<PasswdRequest> {
        Ok(PasswdRequest { new: request.new.hashed()?, ..request })
    }
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &PasswdRequest, call: &Call) -> Result<PasswordChanged> {
        let change = PasswordChange {
            current: r.current.as_ref().map(|p| p.expose().to_owned()),
            new_hash: r.new.hash()?,
        };
        user::set_password(tx, &auth.actor, r.name.as_deref(), change, call.now)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    pub role: Option<Role>,
    pub status: Option<Status>,
    /// Only the latest this many users by when they were added, listed oldest first.
    #[serde(default)]
    pub limit: Option<u32>,
}

pub struct UserList;
impl Op for UserList {
    const PATH: &'static str = "user/list";
    const MODE: Mode = Mode::Read;
    type Req = ListRequest;
    type Resp = Vec<UserView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ListRequest, call: &Call) -> Result<Vec<UserView>> {
        let filter = UserFilter { role: r.role, status: r.status };
        let mut users = user::list(tx, &auth.actor, &filter, call.now)?;
        if let Some(limit) = r.limit {
            // An organisation's users are few; the whole list is read anyway for its order.
            users.sort_by_key(|u| (u.created_at, u.user_id));
            let keep = usize::try_from(limit).unwrap_or(usize::MAX).min(users.len());
            users.drain(..users.len() - keep);
        }
        Ok(users)
    }
}

pub struct UserShow;
impl Op for UserShow {
    const PATH: &'static str = "user/show";
    const MODE: Mode = Mode::Read;
    type Req = UserName;
    type Resp = UserView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &UserName, call: &Call) -> Result<UserView> {
        user::show(tx, &auth.actor, &r.name, call.now)
    }
}

/// `user edit` as typed: `None` leaves a field alone; `clear_email` removes the address.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    pub name: String,
    pub role: Option<Role>,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub clear_email: bool,
}

pub struct UserEditOp;
impl Op for UserEditOp {
    const PATH: &'static str = "user/edit";
    const MODE: Mode = Mode::Write;
    type Req = EditRequest;
    type Resp = UserChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &EditRequest, call: &Call) -> Result<UserChanged> {
        let email = match (&r.email, r.clear_email) {
            (Some(_), true) => return Err(Error::invalid("give --email or --clear-email, not both")),
            (_, true) => Some(None),
            (email, false) => email.clone().map(Some),
        };
        let edit = UserEdit { role: r.role, display_name: r.display_name.clone(), email };
        user::edit(tx, &auth.actor, &r.name, edit, call.now)
    }
}

pub struct UserRemove;
impl Op for UserRemove {
    const PATH: &'static str = "user/remove";
    const MODE: Mode = Mode::Write;
    type Req = UserName;
    type Resp = UserView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &UserName, call: &Call) -> Result<UserView> {
        user::remove(tx, &auth.actor, &r.name, call.now)
    }
}

/// `user suspend`, `activate` and `deactivate`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetStatusRequest {
    pub name: String,
    pub status: Status,
}

pub struct UserSetStatus;
impl Op for UserSetStatus {
    const PATH: &'static str = "user/set-status";
    const MODE: Mode = Mode::Write;
    type Req = SetStatusRequest;
    type Resp = UserChanged;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &SetStatusRequest, call: &Call) -> Result<UserChanged> {
        user::set_status(tx, &auth.actor, &r.name, r.status, call.now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::UserId;
    use crate::service::auth::tests::{at, round_trip};
    use crate::user::StoppedTimer;

    fn user_view(username: &str) -> UserView {
        UserView {
            user_id: UserId::random(),
            username: username.into(),
            display_name: "Alice Example".into(),
            email: Some("alice@example.org".into()),
            role: Role::Supervisor,
            status: Status::Suspended,
            created_at: at(1_700_000_000),
            updated_at: at(1_700_000_600),
            last_login_at: Some(at(1_700_000_300)),
            active_sessions: 2,
            username_reserved: username == "me",
        }
    }

    #[test]
    fn responses_survive_a_json_round_trip() {
        let views = vec![user_view("alice"), user_view("me")];
        assert_eq!(round_trip(&views), views);
        for existing in [Some(user_view("bob")), None] {
            assert_eq!(round_trip(&existing), existing);
        }
        let added = Added { user: user_view("carol"), created: true };
        assert_eq!(round_trip(&added), added);
        let target = PasswdTarget { username: "carol".into(), own: false };
        assert_eq!(round_trip(&target), target);
        let changed = UserChanged {
            user: user_view("dave"),
            changed: true,
            stopped_timer: Some(StoppedTimer {
                target: "#42".into(),
                end: Some(at(1_700_001_000)),
                duration_seconds: Some(900),
            }),
        };
        assert_eq!(round_trip(&changed), changed);
        for outcome in [
            PasswordChanged::Changed { user: user_view("erin"), revoked: 3 },
            PasswordChanged::WrongCurrent { retry_after: None },
            PasswordChanged::WrongCurrent { retry_after: Some(64) },
        ] {
            assert_eq!(round_trip(&outcome), outcome);
        }
    }

    /// Through the local service: the password typed for `user add` becomes a hash the new
    /// user logs in with; the checks before a prompt answer as the CLI needs.
    #[test]
    fn a_user_added_through_the_service_can_log_in() {
        use crate::service::Service;
        use crate::service::auth::tests::{login_as, service_with_admin};
        let (local, _) = service_with_admin(at(1_700_000_000));
        let mut service = Service::Local(local);
        let check = AddCheckRequest {
            username: "carol".into(),
            display_name: None,
            email: None,
            if_not_exists: false,
        };
        assert_eq!(service.call::<UserAddCheck>(check.clone()).expect("checked").value, None);
        let request = AddRequest {
            username: "carol".into(),
            role: Role::Technician,
            display_name: Some("Carol".into()),
            email: None,
            password: NewPassword::new("carols-password".into()),
            if_not_exists: false,
        };
        let added = service.call::<UserAdd>(request).expect("added").value;
        assert!(added.created);
        assert_eq!(round_trip(&added), added);
        let taken = service.call::<UserAddCheck>(check).expect_err("taken");
        assert_eq!(taken.kind(), crate::ErrorKind::Conflict);
        let target = service.call::<UserPasswdTarget>(PasswdTargetRequest { name: Some("carol".into()) });
        assert_eq!(target.expect("found").value, PasswdTarget { username: "carol".into(), own: false });
        let login = service.login(login_as("carol", "carols-password", crate::id::ClientId::random()));
        assert!(login.expect("answers").into_result().is_ok());
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let add = serde_json::json!({
            "username": "carol", "role": "viewer", "display_name": null, "email": null,
            "password": "carols-password", "if_not_exists": false,
        });
        assert!(serde_json::from_value::<AddRequest>(add.clone()).is_ok());
        // A client cannot slip in a hash of its own making.
        let mut with_hash = add;
        with_hash["hash"] = serde_json::json!("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA");
        assert!(serde_json::from_value::<AddRequest>(with_hash).is_err());
        let status = serde_json::json!({"name": "bob", "status": "suspended", "reason": "left"});
        assert!(serde_json::from_value::<SetStatusRequest>(status).is_err());
        assert!(serde_json::from_value::<UserName>(serde_json::json!({"name": "bob", "id": 1})).is_err());
    }

    #[test]
    fn requests_never_show_passwords() {
        let add = AddRequest {
            username: "carol".into(),
            role: Role::Viewer,
            display_name: None,
            email: None,
            password: NewPassword::new("carols-secret-1".into()),
            if_not_exists: false,
        };
        let passwd = PasswdRequest {
            name: None,
            current: Some(Password::new("old-secret-2".into())),
            new: NewPassword::new("new-secret-3".into()),
        };
        let shown = format!("{add:?} {passwd:?} {:?}", UserAdd::prepare(add.clone()).expect("hashes"));
        for secret in ["carols-secret-1", "old-secret-2", "new-secret-3", "argon2"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }

    #[test]
    fn new_passwords_are_hashed_where_the_core_runs() {
        let request =
            PasswdRequest { name: None, current: None, new: NewPassword::new("long enough".into()) };
        // Unprepared, the core refuses rather than store a missing hash.
        assert_eq!(request.new.hash().map_err(|e| e.kind()), Err(crate::ErrorKind::Internal));
        let prepared = UserPasswd::prepare(request).expect("hashes");
        let hash = prepared.new.hash().expect("a hash");
        assert_ne!(password::verify("long enough", &hash).expect("verifies"), password::Verified::No);
        assert!(prepared.new.typed.is_empty());
        // The typed text is what travels; the hash never does.
        assert_eq!(serde_json::to_value(&prepared.new).expect("serialises"), "");

        let weak = UserPasswd::prepare(PasswdRequest {
            name: None,
            current: None,
            new: NewPassword::new("short".into()),
        })
        .expect_err("too short");
        assert_eq!(weak.kind(), crate::ErrorKind::Invalid);
        assert!(weak.to_string().contains("at least 8 characters"), "{weak}");
    }
}
