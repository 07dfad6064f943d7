//! The organisation (tenant) every row belongs to: its name rule, status and limits, and the
//! operator's commands on organisations (`stint org ...`, run with direct database access).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::id::OrgId;
use crate::time::Timestamp;

/// Whether an organisation's users may log in and act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgStatus {
    Active,
    Suspended,
}

impl OrgStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgStatus::Active => "active",
            OrgStatus::Suspended => "suspended",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        match text {
            "active" => Ok(OrgStatus::Active),
            "suspended" => Ok(OrgStatus::Suspended),
            other => Err(Error::unusable(format!("unknown organisation status {other:?} in the database"))),
        }
    }
}

impl std::fmt::Display for OrgStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub org_id: OrgId,
    pub name: String,
    pub status: OrgStatus,
    /// The operator's limit on how many users the organisation may hold.
    pub max_users: Option<i64>,
    pub created_at: Timestamp,
}

impl Organization {
    /// A new, active organisation without limits.
    pub fn new(name: String, now: Timestamp) -> Self {
        Self { org_id: OrgId::random(), name, status: OrgStatus::Active, max_users: None, created_at: now }
    }
}

/// How much an organisation holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgUsage {
    pub users: i64,
    pub tickets: i64,
    /// Work sessions.
    pub sessions: i64,
}

/// Storage questions about organisations.
pub trait OrgStore {
    fn insert_org(&self, org: &Organization) -> Result<()>;
    /// The first organisation of a database (the one `init` created).
    fn sole_org(&self) -> Result<Option<Organization>>;
    fn org_by_name(&self, name: &str) -> Result<Option<Organization>>;
    fn org_by_id(&self, org: OrgId) -> Result<Option<Organization>>;
    /// Every organisation, by name.
    fn list_orgs(&self) -> Result<Vec<Organization>>;
    /// Reads one organisation for a change that depends on its limits; on PostgreSQL the row
    /// stays locked until commit, so two writers of one organisation take turns (and writers of
    /// different organisations never wait for each other).
    fn org_for_update(&self, org: OrgId) -> Result<Option<Organization>>;
    fn org_usage(&self, org: OrgId) -> Result<OrgUsage>;
    /// How many users the organisation holds (whatever their status).
    fn count_org_users(&self, org: OrgId) -> Result<i64>;
    /// Writes name, status and limits.
    fn update_org(&self, org: &Organization) -> Result<()>;
    /// Removes the organisation and every row that belongs to it.
    fn delete_org(&self, org: OrgId) -> Result<()>;
}

/// The longest organisation name.
pub const MAX_NAME_LEN: usize = 64;

/// An organisation name as stored: folded to lower case, 1–64 of `[a-z0-9._-]` (the username
/// rule), so `Acme` and `acme` are one organisation.
pub fn normalize_name(name: &str) -> Result<String> {
    crate::text::fold_name("organisation name", name, MAX_NAME_LEN)
}

/// The organisation a database with exactly one serves; its absence means the database was
/// never initialised properly.
pub fn sole(tx: &dyn OrgStore) -> Result<Organization> {
    tx.sole_org()?
        .ok_or_else(|| Error::unusable("database has no organisation; was it created by `stint init`?"))
}

/// What an unknown name gets: the same answer as any missing object (exit 3).
pub fn not_found(name: &str) -> Error {
    Error::not_found(format!("no organisation named {:?}", crate::text::escape_for_terminal(name)))
}

/// Finds an organisation by name (folded as stored).
pub fn find(tx: &dyn OrgStore, name: &str) -> Result<Organization> {
    let folded = normalize_name(name)?;
    tx.org_by_name(&folded)?.ok_or_else(|| not_found(&folded))
}

/// Refuses a name another organisation already has.
pub fn check_free(tx: &dyn OrgStore, name: &str) -> Result<()> {
    if tx.org_by_name(name)?.is_some() {
        return Err(Error::conflict(format!("organisation {name:?} already exists")));
    }
    Ok(())
}

/// Refuses one more user past the organisation's limit (exit 6 naming it). `lock` (for the
/// write itself) holds the tenant row, so two concurrent additions cannot both fit in the last
/// place; a read-only pre-check passes `false`.
pub fn check_user_limit(tx: &dyn OrgStore, org: OrgId, lock: bool) -> Result<()> {
    let found = if lock { tx.org_for_update(org)? } else { tx.org_by_id(org)? };
    let Some(found) = found else { return Ok(()) };
    let Some(limit) = found.max_users else { return Ok(()) };
    if tx.count_org_users(org)? >= limit {
        return Err(Error::conflict(format!(
            "organisation {} has reached its limit of {} (max_users); \
             the operator can raise it with `stint org limit {} --max-users N`",
            found.name,
            crate::text::counted(limit.max(0) as u64, "user"),
            found.name
        )));
    }
    Ok(())
}
