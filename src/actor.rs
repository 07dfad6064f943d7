//! The acting user: who runs a command. Every domain module needs it, so it sits below them all.

use crate::id::{LoginSessionId, OrgId, UserId};
use crate::permission::Role;

/// Who runs a command: read from the database in the command's own transaction (a stored user
/// becomes one with `User::actor`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub org_id: OrgId,
    pub username: String,
    pub role: Role,
    pub session_id: Option<LoginSessionId>,
}
