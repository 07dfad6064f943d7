//! The append-only audit log: one event per change, written in the change's own transaction.

use serde::Serialize;

use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::id::{OrgId, UserId};
use crate::permission::{self, Capability};
use crate::time::Timestamp;

/// A stored audit event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEvent {
    pub event_id: i64,
    #[serde(skip)]
    pub org_id: OrgId,
    pub at: Timestamp,
    pub actor_id: Option<UserId>,
    pub actor: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// A change about to be recorded: what happened to which object, with snapshots.
#[derive(Debug, Clone)]
pub struct Change {
    action: &'static str,
    object_type: &'static str,
    object_id: String,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
}

impl Change {
    pub fn new(action: &'static str, object_type: &'static str, object_id: impl ToString) -> Self {
        Self { action, object_type, object_id: object_id.to_string(), before: None, after: None }
    }

    pub fn before(mut self, snapshot: &impl Serialize) -> Self {
        self.before = serde_json::to_value(snapshot).ok();
        self
    }

    pub fn after(mut self, snapshot: &impl Serialize) -> Self {
        self.after = serde_json::to_value(snapshot).ok();
        self
    }
}

/// Which events `audit list` shows (storage answers newest first; `limit` keeps the latest).
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub since: Option<Timestamp>,
    /// A username.
    pub actor: Option<String>,
    /// An object type (`user`) or a type and id (`ticket:42`).
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub action: Option<String>,
    pub limit: Option<u32>,
}

impl AuditFilter {
    /// Reads `TYPE` or `TYPE:ID` into the object filters.
    pub fn with_object(mut self, object: &str) -> Self {
        match object.split_once(':') {
            Some((kind, id)) => {
                self.object_type = Some(kind.to_owned());
                self.object_id = Some(id.to_owned());
            }
            None => self.object_type = Some(object.to_owned()),
        }
        self
    }
}

/// Storage questions about the audit log. There is no update and no delete.
pub trait AuditStore {
    fn append_audit(&self, event: &AuditEvent) -> Result<i64>;
    fn list_audit(&self, org: OrgId, filter: &AuditFilter) -> Result<Vec<AuditEvent>>;
}

/// Appends one event for `change` made by `actor` at `now`.
pub fn record<S: AuditStore + ?Sized>(tx: &S, actor: &Actor, now: Timestamp, change: Change) -> Result<()> {
    record_as(tx, actor.org_id, Some(actor.user_id), &actor.username, now, change)
}

/// Appends one event on behalf of someone who may not be a logged-in actor (a failed login).
pub fn record_as<S: AuditStore + ?Sized>(
    tx: &S,
    org: OrgId,
    actor_id: Option<UserId>,
    actor_name: &str,
    now: Timestamp,
    change: Change,
) -> Result<()> {
    tx.append_audit(&AuditEvent {
        event_id: 0,
        org_id: org,
        at: now,
        actor_id,
        actor: actor_name.to_owned(),
        action: change.action.to_owned(),
        object_type: change.object_type.to_owned(),
        object_id: change.object_id,
        before: change.before,
        after: change.after,
    })?;
    Ok(())
}

/// The audit log as `filter` selects it; supervisors and admins only.
pub fn list(tx: &dyn AuditStore, actor: &Actor, filter: &AuditFilter) -> Result<Vec<AuditEvent>> {
    permission::require(actor.role, Capability::ReadAudit)?;
    if filter.limit == Some(0) {
        return Err(Error::invalid("--limit must be at least 1"));
    }
    // Storage answers newest first, so a limit keeps the latest events; the log reads oldest
    // first, like any log, with the latest event last.
    let mut events = tx.list_audit(actor.org_id, filter)?;
    events.reverse();
    Ok(events)
}
