//! PostgreSQL queries for organisations, settings and idempotency keys.

use super::PgTx;
use super::types::get;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::idempotency::{IdempotencyStore, StoredReply};
use crate::org::{OrgStore, Organization};
use crate::settings::SettingsStore;
use crate::time::Timestamp;

impl OrgStore for PgTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.execute(
            "INSERT INTO organizations (org_id, name, created_at) VALUES ($1, $2, $3)",
            &[&org.org_id, &org.name, &org.created_at],
        )?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        self.query_opt(
            "SELECT org_id, name, created_at FROM organizations ORDER BY created_at, org_id LIMIT 1",
            &[],
        )?
        .map(|r| Ok(Organization { org_id: get(&r, 0)?, name: r.get(1), created_at: get(&r, 2)? }))
        .transpose()
    }
}

impl SettingsStore for PgTx<'_> {
    fn setting_overrides(&self, org: OrgId) -> Result<Vec<(String, i64)>> {
        Ok(self
            .query("SELECT key, value FROM settings WHERE org_id = $1 ORDER BY key", &[&org])?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    fn put_setting(&self, org: OrgId, key: &str, value: i64, now: Timestamp) -> Result<()> {
        self.execute(
            "INSERT INTO settings (org_id, key, value, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (org_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            &[&org, &key, &value, &now],
        )?;
        Ok(())
    }
}

impl IdempotencyStore for PgTx<'_> {
    fn stored_reply(&self, org: OrgId, user: UserId, key: &str) -> Result<Option<StoredReply>> {
        Ok(self
            .query_opt(
                "SELECT request_digest, value FROM idempotency_keys WHERE org_id = $1 AND user_id = $2 AND key = $3",
                &[&org, &user, &key],
            )?
            .map(|r| StoredReply { request_digest: r.get(0), value: r.get(1) }))
    }

    fn store_reply(
        &self,
        org: OrgId,
        user: UserId,
        key: &str,
        reply: &StoredReply,
        now: Timestamp,
        expired_before: Timestamp,
    ) -> Result<()> {
        self.execute(
            "DELETE FROM idempotency_keys WHERE org_id = $1 AND user_id = $2 AND created_at < $3",
            &[&org, &user, &expired_before],
        )?;
        self.execute(
            "INSERT INTO idempotency_keys (org_id, user_id, key, request_digest, value, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[&org, &user, &key, &reply.request_digest, &reply.value, &now],
        )?;
        Ok(())
    }
}
