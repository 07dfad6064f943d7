//! The audit log operation: `audit list`, its `--since` read with the service's clock.

use serde::{Deserialize, Serialize};

use super::timer::instant;
use super::{Call, Mode, Op, Registry};
use crate::audit::{self, AuditEvent, AuditFilter};
use crate::auth::Authenticated;
use crate::error::Result;
use crate::id::UserId;
use crate::store::Tx;
use crate::time::Timestamp;

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<AuditList>();
}

/// `audit list` filters as typed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRequest {
    /// A time expression (`yesterday`, `-2h`).
    pub since: Option<String>,
    pub actor: Option<String>,
    /// A type (`user`) or `TYPE:ID`.
    pub object: Option<String>,
    pub action: Option<String>,
    pub limit: Option<u32>,
}

/// An audit event as commands show it: the stored event without its organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEventView {
    pub event_id: i64,
    pub at: Timestamp,
    pub actor_id: Option<UserId>,
    pub actor: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl From<AuditEvent> for AuditEventView {
    fn from(event: AuditEvent) -> Self {
        Self {
            event_id: event.event_id,
            at: event.at,
            actor_id: event.actor_id,
            actor: event.actor,
            action: event.action,
            object_type: event.object_type,
            object_id: event.object_id,
            before: event.before,
            after: event.after,
        }
    }
}

pub struct AuditList;
impl Op for AuditList {
    const PATH: &'static str = "audit/list";
    const MODE: Mode = Mode::Read;
    type Req = ListRequest;
    type Resp = Vec<AuditEventView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &ListRequest, call: &Call) -> Result<Vec<AuditEventView>> {
        let mut filter = AuditFilter {
            since: instant(r.since.as_deref(), call)?,
            actor: r.actor.as_ref().map(|a| a.to_ascii_lowercase()),
            action: r.action.clone(),
            limit: r.limit,
            ..AuditFilter::default()
        };
        if let Some(object) = &r.object {
            filter = filter.with_object(object);
        }
        Ok(audit::list(tx, &auth.actor, &filter)?.into_iter().map(AuditEventView::from).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::OrgId;
    use crate::service::auth::tests::{at, round_trip};

    fn event() -> AuditEvent {
        AuditEvent {
            event_id: 17,
            org_id: OrgId::random(),
            at: at(1_700_000_000),
            actor_id: Some(UserId::random()),
            actor: "admin".into(),
            action: "setting.set".into(),
            object_type: "setting".into(),
            object_id: "session.ttl".into(),
            before: Some(serde_json::json!({"value": "30d"})),
            after: Some(serde_json::json!({"value": "12h"})),
        }
    }

    #[test]
    fn events_survive_a_json_round_trip_and_show_as_stored_events_do() {
        let stored = event();
        let views = vec![
            AuditEventView::from(stored.clone()),
            AuditEventView { actor_id: None, before: None, ..stored.clone().into() },
        ];
        assert_eq!(round_trip(&views), views);
        // The view's JSON is the stored event's, field for field and in order.
        assert_eq!(
            serde_json::to_string(&views[0]).expect("serialises"),
            serde_json::to_string(&stored).expect("serialises")
        );
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        // Filters left out are no filters.
        assert!(serde_json::from_value::<ListRequest>(serde_json::json!({"since": "-2h"})).is_ok());
        let full =
            serde_json::json!({"since": "-2h", "actor": null, "object": null, "action": null, "limit": 5});
        assert!(serde_json::from_value::<ListRequest>(full.clone()).is_ok());
        let mut newer = full;
        newer["until"] = serde_json::json!("now");
        assert!(serde_json::from_value::<ListRequest>(newer).is_err());
    }
}
