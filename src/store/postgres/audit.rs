//! PostgreSQL queries for the append-only audit log.

use super::PgTx;
use crate::audit::{AuditEvent, AuditFilter, AuditStore};
use crate::error::Result;
use crate::id::OrgId;
use crate::store::sql::{self, pg_sql};

impl AuditStore for PgTx<'_> {
    fn append_audit(&self, event: &AuditEvent) -> Result<i64> {
        let row = self.query_one(
            pg_sql!(sql::APPEND_AUDIT),
            &[
                &event.org_id,
                &event.at,
                &event.actor_id,
                &event.actor,
                &event.action,
                &event.object_type,
                &event.object_id,
                &event.before.as_ref().map(|v| v.to_string()),
                &event.after.as_ref().map(|v| v.to_string()),
            ],
        )?;
        Ok(row.get(0))
    }

    fn list_audit(&self, org: OrgId, filter: &AuditFilter) -> Result<Vec<AuditEvent>> {
        self.rows(
            "SELECT event_id, org_id, at, actor_id, actor, action, object_type, object_id, before, after
             FROM audit_events
             WHERE org_id = $1
               AND ($2::BIGINT IS NULL OR at >= $2)
               AND ($3::TEXT IS NULL OR actor = $3)
               AND ($4::TEXT IS NULL OR object_type = $4)
               AND ($5::TEXT IS NULL OR object_id = $5)
               AND ($6::TEXT IS NULL OR action = $6 OR starts_with(action, $6 || '.'))
             ORDER BY event_id DESC
             LIMIT $7",
            &[
                &org,
                &filter.since,
                &filter.actor,
                &filter.object_type,
                &filter.object_id,
                &filter.action,
                &filter.limit.map(i64::from),
            ],
            sql::audit_event_from,
        )
    }
}
