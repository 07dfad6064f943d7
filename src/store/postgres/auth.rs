//! PostgreSQL queries for login sessions and superseded tokens.

use super::PgTx;
use super::types::{get, shared_params};
use crate::auth::{AuthStore, LoginSession, Origin, TokenHash};
use crate::error::Result;
use crate::id::{ClientId, IdPrefix, LoginSessionId, OrgId, UserId};
use crate::store::sql::{self, LOGIN_SESSION_COLUMNS, pg_sql};
use crate::time::Timestamp;

impl AuthStore for PgTx<'_> {
    fn insert_login_session(&self, s: &LoginSession) -> Result<()> {
        self.execute(
            pg_sql!(sql::INSERT_LOGIN_SESSION),
            &shared_params(&sql::insert_login_session_values(s, &&s.token_hash[..])),
        )?;
        Ok(())
    }

    fn login_session_by_token(&self, hash: &TokenHash) -> Result<Option<LoginSession>> {
        self.optional_row(pg_sql!(sql::LOGIN_SESSION_BY_TOKEN), &[&&hash[..]], sql::login_session_from)
    }

    fn login_session_by_id(&self, org: OrgId, id: LoginSessionId) -> Result<Option<LoginSession>> {
        self.optional_row(pg_sql!(sql::LOGIN_SESSION_BY_ID), &[&org, &id], sql::login_session_from)
    }

    fn login_sessions_by_prefix(
        &self,
        org: OrgId,
        owner: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<LoginSessionId>> {
        self.ids_by_prefix(
            pg_sql!(sql::id_prefix_query!("login_sessions", "session_id", "user_id", "?3::TEXT IS NULL")),
            org,
            prefix,
            owner,
        )
    }

    fn login_session_by_superseded_token(
        &self,
        hash: &TokenHash,
    ) -> Result<Option<(LoginSession, Timestamp)>> {
        self.optional_row(pg_sql!(sql::LOGIN_SESSION_BY_SUPERSEDED_TOKEN), &[&&hash[..]], |r| {
            Ok((sql::login_session_from(r)?, get(r, 14)?))
        })
    }

    fn open_device_sessions_on_client(
        &self,
        org: OrgId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Vec<LoginSession>> {
        self.rows(
            pg_sql!(sql::OPEN_DEVICE_SESSIONS_ON_CLIENT),
            &[&org, &client, &now],
            sql::login_session_from,
        )
    }

    fn open_device_session(
        &self,
        user: UserId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Option<LoginSession>> {
        self.optional_row(pg_sql!(sql::OPEN_DEVICE_SESSION), &[&user, &client, &now], sql::login_session_from)
    }

    fn list_login_sessions(&self, org: OrgId, user: Option<UserId>) -> Result<Vec<LoginSession>> {
        self.rows(
            &format!(
                "SELECT {LOGIN_SESSION_COLUMNS} FROM login_sessions
                 WHERE org_id = $1 AND ($2::TEXT IS NULL OR user_id = $2)
                 ORDER BY created_at DESC, session_id"
            ),
            &[&org, &user],
            sql::login_session_from,
        )
    }

    fn count_active_login_sessions_idle(
        &self,
        user: UserId,
        now: Timestamp,
        idle_timeout: i64,
    ) -> Result<i64> {
        Ok(self
            .query_one(pg_sql!(sql::COUNT_ACTIVE_LOGIN_SESSIONS_IDLE), &[&user, &now, &idle_timeout])?
            .get(0))
    }

    fn rotate_login_token(
        &self,
        id: LoginSessionId,
        old: &TokenHash,
        new: &TokenHash,
        origin: &Origin,
        now: Timestamp,
    ) -> Result<()> {
        self.execute(pg_sql!(sql::SUPERSEDE_TOKEN), &[&&old[..], &id, &now])?;
        self.execute(
            pg_sql!(sql::ROTATE_LOGIN_TOKEN),
            &[&id, &&new[..], &now, &origin.address, &origin.user_agent],
        )?;
        Ok(())
    }

    fn touch_login_session(&self, id: LoginSessionId, now: Timestamp) -> Result<()> {
        self.execute(
            "UPDATE login_sessions SET last_seen_at = greatest(last_seen_at, $2) WHERE session_id = $1",
            &[&id, &now],
        )?;
        Ok(())
    }

    fn revoke_login_session(&self, id: LoginSessionId, now: Timestamp, reason: &str) -> Result<bool> {
        Ok(self.execute(pg_sql!(sql::REVOKE_LOGIN_SESSION), &[&id, &now, &reason])? > 0)
    }

    fn revoke_user_login_sessions(&self, user: UserId, now: Timestamp, reason: &str) -> Result<u64> {
        self.execute(pg_sql!(sql::REVOKE_USER_LOGIN_SESSIONS), &[&user, &now, &reason])
    }

    fn login_failures(&self, org: OrgId, name_key: &TokenHash) -> Result<Option<(i64, Timestamp)>> {
        self.query_opt(pg_sql!(sql::LOGIN_FAILURES), &[&org, &&name_key[..]])?
            .map(|r| Ok((r.get(0), get(&r, 1)?)))
            .transpose()
    }

    fn record_login_failures(
        &self,
        org: OrgId,
        name_key: &TokenHash,
        failed: i64,
        at: Timestamp,
    ) -> Result<()> {
        self.execute(pg_sql!(sql::RECORD_LOGIN_FAILURES), &[&org, &&name_key[..], &failed, &at])?;
        Ok(())
    }

    fn forget_login_failures_before(&self, org: OrgId, before: Timestamp) -> Result<u64> {
        self.execute(pg_sql!(sql::FORGET_LOGIN_FAILURES_BEFORE), &[&org, &before])
    }

    fn delete_dead_login_sessions(&self, org: OrgId, now: Timestamp, idle_timeout: i64) -> Result<u64> {
        self.execute(pg_sql!(sql::DELETE_DEAD_LOGIN_SESSIONS), &[&org, &now, &idle_timeout])
    }
}
