//! SQLite queries for the append-only audit log.

use rusqlite::params;

use super::{SqliteTx, escape_like};
use crate::audit::{AuditEvent, AuditFilter, AuditStore};
use crate::error::Result;
use crate::id::OrgId;
use crate::store::sql;

impl AuditStore for SqliteTx<'_> {
    fn append_audit(&self, event: &AuditEvent) -> Result<i64> {
        Ok(self.prepare_cached(sql::APPEND_AUDIT)?.query_row(
            params![
                event.org_id,
                event.at,
                event.actor_id,
                event.actor,
                event.action,
                event.object_type,
                event.object_id,
                event.before.as_ref().map(|v| v.to_string()),
                event.after.as_ref().map(|v| v.to_string()),
            ],
            |r| r.get(0),
        )?)
    }

    fn list_audit(&self, org: OrgId, filter: &AuditFilter) -> Result<Vec<AuditEvent>> {
        self.rows(
            "SELECT event_id, org_id, at, actor_id, actor, action, object_type, object_id, before, after
             FROM audit_events
             WHERE org_id = ?1
               AND (?2 IS NULL OR at >= ?2)
               AND (?3 IS NULL OR actor = ?3)
               AND (?4 IS NULL OR object_type = ?4)
               AND (?5 IS NULL OR object_id = ?5)
               AND (?6 IS NULL OR action = ?6 OR action LIKE ?8 || '.%' ESCAPE '\\')
             ORDER BY event_id DESC
             LIMIT ?7",
            params![
                org,
                filter.since,
                filter.actor,
                filter.object_type,
                filter.object_id,
                filter.action,
                filter.limit.map_or(-1, i64::from),
                filter.action.as_deref().map(escape_like),
            ],
            |r| sql::audit_event_from(r),
        )
    }
}
