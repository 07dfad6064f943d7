//! SQLite queries for organisations and settings.

use rusqlite::{OptionalExtension, params};

use super::SqliteTx;
use crate::error::Result;
use crate::id::OrgId;
use crate::org::{OrgStore, Organization};
use crate::settings::SettingsStore;
use crate::time::Timestamp;

impl OrgStore for SqliteTx<'_> {
    fn insert_org(&self, org: &Organization) -> Result<()> {
        self.prepare_cached("INSERT INTO organizations (org_id, name, created_at) VALUES (?1, ?2, ?3)")?
            .execute(params![org.org_id, org.name, org.created_at])?;
        Ok(())
    }

    fn sole_org(&self) -> Result<Option<Organization>> {
        Ok(self
            .prepare_cached(
                "SELECT org_id, name, created_at FROM organizations ORDER BY created_at, org_id LIMIT 1",
            )?
            .query_row([], |r| Ok(Organization { org_id: r.get(0)?, name: r.get(1)?, created_at: r.get(2)? }))
            .optional()?)
    }
}

impl SettingsStore for SqliteTx<'_> {
    fn setting_overrides(&self, org: OrgId) -> Result<Vec<(String, i64)>> {
        let mut stmt =
            self.prepare_cached("SELECT key, value FROM settings WHERE org_id = ?1 ORDER BY key")?;
        let rows = stmt.query_map([org], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn put_setting(&self, org: OrgId, key: &str, value: i64, now: Timestamp) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO settings (org_id, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (org_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )?
        .execute(params![org, key, value, now])?;
        Ok(())
    }
}
