//! SQLite queries for organisations, settings and idempotency keys.

use rusqlite::params;

use super::SqliteTx;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::idempotency::{IdempotencyStore, StoredReply};
use crate::org::{OrgStore, Organization};
use crate::settings::SettingsStore;
use crate::store::sql;
use crate::time::Timestamp;

impl OrgStore for SqliteTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.prepare_cached(sql::INSERT_ORG)?.execute(params![org.org_id, org.name, org.created_at])?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        self.optional_row(sql::SOLE_ORG, [], |r| {
            Ok(Organization { org_id: r.get(0)?, name: r.get(1)?, created_at: r.get(2)? })
        })
    }
}

impl SettingsStore for SqliteTx<'_> {
    fn setting_overrides(&self, org: OrgId) -> Result<Vec<(String, i64)>> {
        self.rows(sql::SETTING_OVERRIDES, [org], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    fn put_setting(&self, org: OrgId, key: &str, value: i64, now: Timestamp) -> Result<()> {
        self.prepare_cached(sql::PUT_SETTING)?.execute(params![org, key, value, now])?;
        Ok(())
    }
}

impl IdempotencyStore for SqliteTx<'_> {
    fn stored_reply(&self, org: OrgId, user: UserId, key: &str) -> Result<Option<StoredReply>> {
        self.optional_row(sql::STORED_REPLY, params![org, user, key], |r| {
            Ok(StoredReply { request_digest: r.get(0)?, value: r.get(1)? })
        })
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
        self.prepare_cached(sql::FORGET_REPLIES_BEFORE)?.execute(params![org, user, expired_before])?;
        self.prepare_cached(sql::STORE_REPLY)?.execute(params![
            org,
            user,
            key,
            reply.request_digest,
            reply.value,
            now
        ])?;
        Ok(())
    }
}
