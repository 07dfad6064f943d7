//! SQLite queries for users.

use rusqlite::{params, params_from_iter};

use super::SqliteTx;
use crate::error::Result;
use crate::id::{OrgId, UserId};
use crate::store::sql::{self, USER_COLUMNS};
use crate::user::{User, UserFilter, UserStore};

impl UserStore for SqliteTx<'_> {
    fn insert_user(&self, u: &User) -> Result<()> {
        self.prepare_cached(sql::INSERT_USER)?.execute(params_from_iter(sql::insert_user_values(u)))?;
        Ok(())
    }

    fn user_by_name(&self, org: OrgId, username: &str) -> Result<Option<User>> {
        self.optional_row(sql::USER_BY_NAME, params![org, username], |r| sql::user_from(r))
    }

    fn user_by_id(&self, org: OrgId, user: UserId) -> Result<Option<User>> {
        self.optional_row(sql::USER_BY_ID, params![org, user], |r| sql::user_from(r))
    }

    fn update_user(&self, u: &User) -> Result<()> {
        self.prepare_cached(sql::UPDATE_USER)?.execute(params_from_iter(sql::update_user_values(u)))?;
        Ok(())
    }

    fn delete_user(&self, org: OrgId, user: UserId) -> Result<()> {
        self.prepare_cached(sql::DELETE_USER)?.execute(params![org, user])?;
        Ok(())
    }

    fn list_users(&self, org: OrgId, filter: &UserFilter) -> Result<Vec<User>> {
        self.rows(
            &format!(
                "SELECT {USER_COLUMNS} FROM users
             WHERE org_id = ?1 AND (?2 IS NULL OR role = ?2) AND (?3 IS NULL OR status = ?3)
             ORDER BY username"
            ),
            params![org, filter.role, filter.status],
            |r| sql::user_from(r),
        )
    }

    fn count_active_admins(&self, org: OrgId) -> Result<i64> {
        Ok(self.prepare_cached(sql::COUNT_ACTIVE_ADMINS)?.query_row([org], |r| r.get(0))?)
    }

    fn user_owns_data(&self, org: OrgId, user: UserId) -> Result<bool> {
        let id = user;
        Ok(self.prepare_cached(sql::USER_OWNS_DATA)?.query_row(params![org, id], |r| r.get(0))?)
    }

    fn lock_user_for_write(&self, _org: OrgId, _user: UserId) -> Result<()> {
        // Write transactions begin with `BEGIN IMMEDIATE`: they already run one at a time.
        Ok(())
    }
}
