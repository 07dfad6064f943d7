//! PostgreSQL queries for organisations, settings and idempotency keys.

use super::PgTx;
use super::types::get;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::idempotency::{IdempotencyStore, StoredReply};
use crate::org::{OrgStore, Organization};
use crate::settings::SettingsStore;
use crate::store::sql::{self, pg_sql};
use crate::time::Timestamp;

impl OrgStore for PgTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.execute(pg_sql!(sql::INSERT_ORG), &[&org.org_id, &org.name, &org.created_at])?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        self.query_opt(pg_sql!(sql::SOLE_ORG), &[])?
            .map(|r| Ok(Organization { org_id: get(&r, 0)?, name: r.get(1), created_at: get(&r, 2)? }))
            .transpose()
    }
}

impl SettingsStore for PgTx<'_> {
    fn setting_overrides(&self, org: OrgId) -> Result<Vec<(String, i64)>> {
        Ok(self
            .query(pg_sql!(sql::SETTING_OVERRIDES), &[&org])?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect())
    }

    fn put_setting(&self, org: OrgId, key: &str, value: i64, now: Timestamp) -> Result<()> {
        self.execute(pg_sql!(sql::PUT_SETTING), &[&org, &key, &value, &now])?;
        Ok(())
    }
}

impl IdempotencyStore for PgTx<'_> {
    fn stored_reply(&self, org: OrgId, user: UserId, key: &str) -> Result<Option<StoredReply>> {
        Ok(self
            .query_opt(pg_sql!(sql::STORED_REPLY), &[&org, &user, &key])?
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
        self.execute(pg_sql!(sql::FORGET_REPLIES_BEFORE), &[&org, &user, &expired_before])?;
        self.execute(
            pg_sql!(sql::STORE_REPLY),
            &[&org, &user, &key, &reply.request_digest, &reply.value, &now],
        )?;
        Ok(())
    }
}
