//! The organisation (tenant) every row belongs to. Until team mode there is exactly one.

use crate::error::{Error, Result};
use crate::id::OrgId;
use crate::time::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub org_id: OrgId,
    pub name: String,
    pub created_at: Timestamp,
}

/// Storage questions about organisations.
pub trait OrgStore {
    fn insert_org(&self, org: &Organization) -> Result<()>;
    /// The single organisation of a local database.
    fn sole_org(&self) -> Result<Option<Organization>>;
}

/// The organisation a local database serves; its absence means the database was never
/// initialised properly.
pub fn sole(tx: &dyn OrgStore) -> Result<Organization> {
    tx.sole_org()?
        .ok_or_else(|| Error::unusable("database has no organisation; was it created by `stint init`?"))
}
