//! PostgreSQL queries for users.

use super::PgTx;
use super::types::shared_params;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::store::sql::{self, USER_COLUMNS, pg_sql};
use crate::user::{User, UserFilter, UserStore};

impl UserStore for PgTx<'_> {
    fn insert_user(&self, u: &User) -> Result<()> {
        self.execute(pg_sql!(sql::INSERT_USER), &shared_params(&sql::insert_user_values(u)))?;
        Ok(())
    }

    fn user_by_name(&self, org: OrgId, username: &str) -> Result<Option<User>> {
        self.optional_row(pg_sql!(sql::USER_BY_NAME), &[&org, &username], sql::user_from)
    }

    fn user_by_id(&self, org: OrgId, user: UserId) -> Result<Option<User>> {
        self.optional_row(pg_sql!(sql::USER_BY_ID), &[&org, &user], sql::user_from)
    }

    fn update_user(&self, u: &User) -> Result<()> {
        self.execute(pg_sql!(sql::UPDATE_USER), &shared_params(&sql::update_user_values(u)))?;
        Ok(())
    }

    fn delete_user(&self, org: OrgId, user: UserId) -> Result<()> {
        self.execute(pg_sql!(sql::DELETE_USER), &[&org, &user])?;
        Ok(())
    }

    fn list_users(&self, org: OrgId, filter: &UserFilter) -> Result<Vec<User>> {
        self.rows(
            &format!(
                "SELECT {USER_COLUMNS} FROM users
                 WHERE org_id = $1 AND ($2::TEXT IS NULL OR role = $2) AND ($3::TEXT IS NULL OR status = $3)
                 ORDER BY username"
            ),
            &[&org, &filter.role, &filter.status],
            sql::user_from,
        )
    }

    fn count_active_admins(&self, org: OrgId) -> Result<i64> {
        // Org-wide rule ("always one active admin"): lock the tenant row so two demotions
        // cannot both see the other admin. NO KEY UPDATE leaves the foreign-key checks of
        // every other writer (KEY SHARE on this row) free to go on.
        self.query_opt("SELECT 1 FROM organizations WHERE org_id = $1 FOR NO KEY UPDATE", &[&org])?;
        Ok(self.query_one(pg_sql!(sql::COUNT_ACTIVE_ADMINS), &[&org])?.get(0))
    }

    fn user_owns_data(&self, org: OrgId, user: UserId) -> Result<bool> {
        Ok(self.query_one(pg_sql!(sql::USER_OWNS_DATA), &[&org, &user])?.get(0))
    }

    fn lock_user_for_write(&self, org: OrgId, user: UserId) -> Result<()> {
        // NO KEY UPDATE: writers of one user, and changes to the account itself, queue here;
        // other users' rows that merely refer to this user (foreign keys take KEY SHARE) do not.
        self.query_opt(
            "SELECT 1 FROM users WHERE org_id = $1 AND user_id = $2 FOR NO KEY UPDATE",
            &[&org, &user],
        )?;
        Ok(())
    }
}
