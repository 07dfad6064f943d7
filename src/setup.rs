//! Setting up a database for `stint init` (and `stint demo`): the organisation, its first
//! admin and that admin's first login session; and the operator's commands on organisations
//! (`stint org ...`), which act through direct database access, never through a login.

use serde::Serialize;

use crate::audit::{self, Change};
use crate::auth::{self, AuthCommandStore, LoggedIn, NewSession};
use crate::error::{Error, Result};
use crate::id::{ClientId, OrgId};
use crate::org::{self, OrgStatus, OrgStore, OrgUsage, Organization};
use crate::settings;
use crate::time::Timestamp;
use crate::user::{self, User};

/// What `stint init` sets up.
#[derive(Debug, Clone)]
pub struct Setup {
    pub org_name: String,
    pub admin: String,
    pub password_hash: String,
    pub client_id: ClientId,
    pub client_label: String,
}

/// Fills a fresh database: its organisation, its first admin, and a login session for that
/// admin on this client, so a new user can carry on at once.
pub fn initialise(tx: &dyn AuthCommandStore, setup: Setup, now: Timestamp) -> Result<LoggedIn> {
    let name = org::normalize_name(&setup.org_name)?;
    if tx.sole_org()?.is_some() {
        return Err(Error::conflict("this database is already initialised"));
    }
    let org = Organization::new(name, now);
    tx.insert_org(&org)?;
    let admin = user::create_first_admin(tx, org.org_id, &setup.admin, setup.password_hash, now)?;
    let settings = settings::load(tx, org.org_id)?;
    let request = NewSession {
        client_id: setup.client_id,
        client_label: setup.client_label,
        ttl: settings.session_ttl,
        bearer: false,
        origin: auth::Origin::default(),
    };
    auth::create_session(tx, &admin, request, settings.session_idle_timeout, now)
}

/// Who the audit log names for an operator's change: no user of the organisation did it.
const OPERATOR: &str = "stint org";

/// An organisation as `org list` and `org show` print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgView {
    pub name: String,
    pub org_id: OrgId,
    pub status: OrgStatus,
    pub max_users: Option<i64>,
    #[serde(flatten)]
    pub usage: OrgUsage,
    pub created_at: Timestamp,
}

impl OrgView {
    fn of(org: &Organization, usage: OrgUsage) -> Self {
        Self {
            name: org.name.clone(),
            org_id: org.org_id,
            status: org.status,
            max_users: org.max_users,
            usage,
            created_at: org.created_at,
        }
    }
}

/// The audited fields of an organisation.
fn snapshot(org: &Organization) -> serde_json::Value {
    serde_json::json!({ "name": org.name, "status": org.status, "max_users": org.max_users })
}

fn record(tx: &dyn AuthCommandStore, org: &Organization, change: Change, now: Timestamp) -> Result<()> {
    audit::record_as(tx, org.org_id, None, OPERATOR, now, change)
}

/// Refuses what `org create` would refuse, before a password is asked for: a bad or taken
/// organisation name, a bad admin name. Returns both names as stored.
pub fn check_create(tx: &dyn OrgStore, name: &str, admin: &str) -> Result<(String, String)> {
    let name = org::normalize_name(name)?;
    let admin = user::check_new_username(admin)?;
    org::check_free(tx, &name)?;
    Ok((name, admin))
}

/// `org create NAME --admin USERNAME`: a new organisation and its first admin, together.
pub fn create_org(
    tx: &dyn AuthCommandStore,
    name: &str,
    admin: &str,
    password_hash: String,
    now: Timestamp,
) -> Result<(OrgView, User)> {
    let (name, admin) = check_create(tx, name, admin)?;
    let org = Organization::new(name, now);
    tx.insert_org(&org)?;
    record(tx, &org, Change::new("org.create", "organization", org.org_id).after(&snapshot(&org)), now)?;
    let admin = user::create_first_admin(tx, org.org_id, &admin, password_hash, now)?;
    let usage = tx.org_usage(org.org_id)?;
    Ok((OrgView::of(&org, usage), admin))
}

/// `org list`: every organisation with what it holds.
pub fn list_orgs(tx: &dyn OrgStore) -> Result<Vec<OrgView>> {
    tx.list_orgs()?.iter().map(|o| Ok(OrgView::of(o, tx.org_usage(o.org_id)?))).collect()
}

/// `org show NAME`.
pub fn show_org(tx: &dyn OrgStore, name: &str) -> Result<OrgView> {
    let org = org::find(tx, name)?;
    Ok(OrgView::of(&org, tx.org_usage(org.org_id)?))
}

/// `org rename NAME NEW`.
pub fn rename_org(tx: &dyn AuthCommandStore, name: &str, new: &str, now: Timestamp) -> Result<OrgView> {
    let mut org = org::find(tx, name)?;
    let new = org::normalize_name(new)?;
    if new == org.name {
        return Err(Error::conflict(format!("organisation {new:?} already has that name")));
    }
    org::check_free(tx, &new)?;
    let before = snapshot(&org);
    org.name = new;
    tx.update_org(&org)?;
    let change = Change::new("org.rename", "organization", org.org_id).before(&before).after(&snapshot(&org));
    record(tx, &org, change, now)?;
    show_org(tx, &org.name)
}

/// `org suspend` / `org activate`: `false` when the organisation already had that status
/// (nothing changes; the command says so).
pub fn set_org_status(
    tx: &dyn AuthCommandStore,
    name: &str,
    status: OrgStatus,
    now: Timestamp,
) -> Result<(OrgView, bool)> {
    let mut org = org::find(tx, name)?;
    if org.status == status {
        return Ok((OrgView::of(&org, tx.org_usage(org.org_id)?), false));
    }
    let before = snapshot(&org);
    org.status = status;
    tx.update_org(&org)?;
    let action = match status {
        OrgStatus::Active => "org.activate",
        OrgStatus::Suspended => "org.suspend",
    };
    let change = Change::new(action, "organization", org.org_id).before(&before).after(&snapshot(&org));
    record(tx, &org, change, now)?;
    Ok((OrgView::of(&org, tx.org_usage(org.org_id)?), true))
}

/// `org limit NAME --max-users N` (or no limit). A limit below the users already there is
/// allowed: it stops new users, it removes nobody.
pub fn limit_org(
    tx: &dyn AuthCommandStore,
    name: &str,
    max_users: Option<i64>,
    now: Timestamp,
) -> Result<OrgView> {
    if let Some(n) = max_users
        && n < 1
    {
        return Err(Error::invalid("--max-users must be at least 1"));
    }
    let mut org = org::find(tx, name)?;
    let before = snapshot(&org);
    org.max_users = max_users;
    tx.update_org(&org)?;
    let change = Change::new("org.limit", "organization", org.org_id).before(&before).after(&snapshot(&org));
    record(tx, &org, change, now)?;
    Ok(OrgView::of(&org, tx.org_usage(org.org_id)?))
}

/// What `org delete NAME` would refuse, checked before the question: an unknown name, and the
/// last organisation (a database always serves one). Answers what would go.
pub fn check_delete(tx: &dyn OrgStore, name: &str) -> Result<OrgView> {
    let org = org::find(tx, name)?;
    if tx.list_orgs()?.len() <= 1 {
        return Err(Error::conflict(format!(
            "organisation {:?} is the last one in this database; a database always has one",
            org.name
        )));
    }
    Ok(OrgView::of(&org, tx.org_usage(org.org_id)?))
}

/// `org delete NAME`: the organisation and everything in it, its audit log included (nothing
/// of it may stay behind, and no other organisation's log may record it).
pub fn delete_org(tx: &dyn OrgStore, name: &str) -> Result<OrgView> {
    let view = check_delete(tx, name)?;
    tx.delete_org(view.org_id)?;
    Ok(view)
}
