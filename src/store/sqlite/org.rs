//! SQLite queries for organisations, settings and idempotency keys.

use rusqlite::params;

use super::SqliteTx;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::idempotency::{IdempotencyStore, StoredReply};
use crate::org::{OrgStatus, OrgStore, OrgUsage, Organization};
use crate::settings::SettingsStore;
use crate::store::sql;
use crate::time::Timestamp;

fn org_from(r: &rusqlite::Row<'_>) -> Result<Organization> {
    let status: String = r.get(2)?;
    Ok(Organization {
        org_id: r.get(0)?,
        name: r.get(1)?,
        status: OrgStatus::parse(&status)?,
        max_users: r.get(3)?,
        created_at: r.get(4)?,
    })
}

impl OrgStore for SqliteTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.prepare_cached(sql::INSERT_ORG)?.execute(params![
            org.org_id,
            org.name,
            org.status.as_str(),
            org.max_users,
            org.created_at
        ])?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        self.optional_row(sql::SOLE_ORG, [], org_from)
    }

    fn org_by_name(&self, name: &str) -> Result<Option<Organization>> {
        self.optional_row(sql::ORG_BY_NAME, [name], org_from)
    }

    fn org_by_id(&self, org: OrgId) -> Result<Option<Organization>> {
        self.optional_row(sql::ORG_BY_ID, [org], org_from)
    }

    fn list_orgs(&self) -> Result<Vec<Organization>> {
        self.rows(sql::LIST_ORGS, [], org_from)
    }

    fn org_for_update(&self, org: OrgId) -> Result<Option<Organization>> {
        // Write transactions begin with `BEGIN IMMEDIATE`: they already run one at a time.
        self.org_by_id(org)
    }

    fn org_usage(&self, org: OrgId) -> Result<OrgUsage> {
        Ok(self
            .optional_row(sql::ORG_USAGE, [org], |r| {
                Ok(OrgUsage { users: r.get(0)?, tickets: r.get(1)?, sessions: r.get(2)? })
            })?
            .unwrap_or_default())
    }

    fn count_org_users(&self, org: OrgId) -> Result<i64> {
        Ok(self.optional_row(sql::COUNT_ORG_USERS, [org], |r| Ok(r.get(0)?))?.unwrap_or(0))
    }

    fn update_org(&self, org: &Organization) -> Result<()> {
        self.prepare_cached(sql::UPDATE_ORG)?.execute(params![
            org.org_id,
            org.name,
            org.status.as_str(),
            org.max_users
        ])?;
        Ok(())
    }

    fn delete_org(&self, org: OrgId) -> Result<()> {
        for statement in sql::DELETE_ORG {
            self.prepare(statement)?.execute([org])?;
        }
        Ok(())
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
