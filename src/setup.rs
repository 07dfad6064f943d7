//! Setting up a fresh database for `stint init` (and `stint demo`): the organisation, its first
//! admin and that admin's first login session.

use crate::auth::{self, AuthCommandStore, LoggedIn, NewSession};
use crate::error::{Error, Result};
use crate::id::{ClientId, OrgId};
use crate::org::Organization;
use crate::settings;
use crate::text;
use crate::time::Timestamp;
use crate::user;

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
    text::validate("organisation name", &setup.org_name, true, 200)?;
    if tx.sole_org()?.is_some() {
        return Err(Error::conflict("this database is already initialised"));
    }
    let org = Organization { org_id: OrgId::random(), name: setup.org_name, created_at: now };
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
