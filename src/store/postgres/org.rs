//! PostgreSQL queries for organisations, settings and idempotency keys.

use super::PgTx;
use super::types::get;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::idempotency::{IdempotencyStore, StoredReply};
use crate::org::{OrgStatus, OrgStore, OrgUsage, Organization};
use crate::settings::SettingsStore;
use crate::store::sql::{self, pg_sql};
use crate::time::Timestamp;

fn org_of(r: &postgres::Row) -> Result<Organization> {
    let status: String = r.get(2);
    Ok(Organization {
        org_id: get(r, 0)?,
        name: r.get(1),
        status: OrgStatus::parse(&status)?,
        max_users: r.get(3),
        created_at: get(r, 4)?,
    })
}

impl OrgStore for PgTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.execute(
            pg_sql!(sql::INSERT_ORG),
            &[&org.org_id, &org.name, &org.status.as_str(), &org.max_users, &org.created_at],
        )?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        self.query_opt(pg_sql!(sql::SOLE_ORG), &[])?.as_ref().map(org_of).transpose()
    }

    fn org_by_name(&self, name: &str) -> Result<Option<Organization>> {
        self.query_opt(pg_sql!(sql::ORG_BY_NAME), &[&name])?.as_ref().map(org_of).transpose()
    }

    fn org_by_id(&self, org: OrgId) -> Result<Option<Organization>> {
        self.query_opt(pg_sql!(sql::ORG_BY_ID), &[&org])?.as_ref().map(org_of).transpose()
    }

    fn list_orgs(&self) -> Result<Vec<Organization>> {
        self.query(pg_sql!(sql::LIST_ORGS), &[])?.iter().map(org_of).collect()
    }

    fn org_for_update(&self, org: OrgId) -> Result<Option<Organization>> {
        // The tenant row lock, as `count_active_admins` takes it: NO KEY UPDATE leaves other
        // writers' foreign-key checks (KEY SHARE) free, and other organisations' rows untouched.
        self.query_opt(
            "SELECT org_id, name, status, max_users, created_at FROM organizations WHERE org_id = $1
             FOR NO KEY UPDATE",
            &[&org],
        )?
        .as_ref()
        .map(org_of)
        .transpose()
    }

    fn org_usage(&self, org: OrgId) -> Result<OrgUsage> {
        let r = self.query_one(pg_sql!(sql::ORG_USAGE), &[&org])?;
        Ok(OrgUsage { users: r.get(0), tickets: r.get(1), sessions: r.get(2) })
    }

    fn count_org_users(&self, org: OrgId) -> Result<i64> {
        Ok(self.query_one(pg_sql!(sql::COUNT_ORG_USERS), &[&org])?.get(0))
    }

    fn update_org(&self, org: &Organization) -> Result<()> {
        self.execute(
            pg_sql!(sql::UPDATE_ORG),
            &[&org.org_id, &org.name, &org.status.as_str(), &org.max_users],
        )?;
        Ok(())
    }

    fn delete_org(&self, org: OrgId) -> Result<()> {
        for statement in sql::DELETE_ORG {
            // Each statement binds only ?1.
            self.execute(&statement.replace("?1", "$1"), &[&org])?;
        }
        Ok(())
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
