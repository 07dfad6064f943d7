//! SQLite queries for login sessions and superseded tokens.

use rusqlite::{params, params_from_iter};

use super::SqliteTx;
use crate::auth::{AuthStore, LoginSession, Origin, TokenHash};
use crate::error::Result;
use crate::id::{ClientId, IdPrefix, LoginSessionId, OrgId, UserId};
use crate::store::sql::{self, LOGIN_SESSION_COLUMNS};
use crate::time::Timestamp;

impl AuthStore for SqliteTx<'_> {
    fn insert_login_session(&self, s: &LoginSession) -> Result<()> {
        self.prepare_cached(sql::INSERT_LOGIN_SESSION)?
            .execute(params_from_iter(sql::insert_login_session_values(s, &&s.token_hash[..])))?;
        Ok(())
    }

    fn login_session_by_token(&self, hash: &TokenHash) -> Result<Option<LoginSession>> {
        self.optional_row(sql::LOGIN_SESSION_BY_TOKEN, [&hash[..]], |r| sql::login_session_from(r))
    }

    fn login_session_by_id(&self, org: OrgId, id: LoginSessionId) -> Result<Option<LoginSession>> {
        self.optional_row(sql::LOGIN_SESSION_BY_ID, params![org, id], |r| sql::login_session_from(r))
    }

    fn login_sessions_by_prefix(
        &self,
        org: OrgId,
        owner: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<LoginSessionId>> {
        self.ids_by_prefix(
            sql::id_prefix_query!("login_sessions", "session_id", "user_id", "?3 IS NULL"),
            org,
            prefix,
            owner,
        )
    }

    fn login_session_by_superseded_token(
        &self,
        hash: &TokenHash,
    ) -> Result<Option<(LoginSession, Timestamp)>> {
        self.optional_row(sql::LOGIN_SESSION_BY_SUPERSEDED_TOKEN, [&hash[..]], |r| {
            Ok((sql::login_session_from(r)?, r.get(14)?))
        })
    }

    fn open_device_sessions_on_client(
        &self,
        org: OrgId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Vec<LoginSession>> {
        self.rows(sql::OPEN_DEVICE_SESSIONS_ON_CLIENT, params![org, client, now], |r| {
            sql::login_session_from(r)
        })
    }

    fn open_device_session(
        &self,
        user: UserId,
        client: ClientId,
        now: Timestamp,
    ) -> Result<Option<LoginSession>> {
        self.optional_row(sql::OPEN_DEVICE_SESSION, params![user, client, now], |r| {
            sql::login_session_from(r)
        })
    }

    fn list_login_sessions(&self, org: OrgId, user: Option<UserId>) -> Result<Vec<LoginSession>> {
        self.rows(
            &format!(
                "SELECT {LOGIN_SESSION_COLUMNS} FROM login_sessions
             WHERE org_id = ?1 AND (?2 IS NULL OR user_id = ?2)
             ORDER BY created_at DESC, session_id"
            ),
            params![org, user],
            |r| sql::login_session_from(r),
        )
    }

    fn count_active_login_sessions_idle(
        &self,
        user: UserId,
        now: Timestamp,
        idle_timeout: i64,
    ) -> Result<i64> {
        Ok(self
            .prepare_cached(sql::COUNT_ACTIVE_LOGIN_SESSIONS_IDLE)?
            .query_row(params![user, now, idle_timeout], |r| r.get(0))?)
    }

    fn rotate_login_token(
        &self,
        id: LoginSessionId,
        old: &TokenHash,
        new: &TokenHash,
        origin: &Origin,
        now: Timestamp,
    ) -> Result<()> {
        self.prepare_cached(sql::SUPERSEDE_TOKEN)?.execute(params![&old[..], id, now])?;
        self.prepare_cached(sql::ROTATE_LOGIN_TOKEN)?.execute(params![
            id,
            &new[..],
            now,
            origin.address,
            origin.user_agent
        ])?;
        Ok(())
    }

    fn touch_login_session(&self, id: LoginSessionId, now: Timestamp) -> Result<()> {
        self.prepare_cached(
            "UPDATE login_sessions SET last_seen_at = max(last_seen_at, ?2) WHERE session_id = ?1",
        )?
        .execute(params![id, now])?;
        Ok(())
    }

    fn revoke_login_session(&self, id: LoginSessionId, now: Timestamp, reason: &str) -> Result<bool> {
        let changed = self.prepare_cached(sql::REVOKE_LOGIN_SESSION)?.execute(params![id, now, reason])?;
        Ok(changed > 0)
    }

    fn revoke_user_login_sessions(&self, user: UserId, now: Timestamp, reason: &str) -> Result<u64> {
        let changed =
            self.prepare_cached(sql::REVOKE_USER_LOGIN_SESSIONS)?.execute(params![user, now, reason])?;
        Ok(changed as u64)
    }

    fn login_failures(&self, org: OrgId, name_key: &TokenHash) -> Result<Option<(i64, Timestamp)>> {
        self.optional_row(sql::LOGIN_FAILURES, params![org, &name_key[..]], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    fn record_login_failures(
        &self,
        org: OrgId,
        name_key: &TokenHash,
        failed: i64,
        at: Timestamp,
    ) -> Result<()> {
        self.prepare_cached(sql::RECORD_LOGIN_FAILURES)?.execute(params![org, &name_key[..], failed, at])?;
        Ok(())
    }

    fn forget_login_failures_before(&self, org: OrgId, before: Timestamp) -> Result<u64> {
        let deleted =
            self.prepare_cached(sql::FORGET_LOGIN_FAILURES_BEFORE)?.execute(params![org, before])?;
        Ok(deleted as u64)
    }

    fn delete_dead_login_sessions(&self, org: OrgId, now: Timestamp, idle_timeout: i64) -> Result<u64> {
        let deleted =
            self.prepare_cached(sql::DELETE_DEAD_LOGIN_SESSIONS)?.execute(params![org, now, idle_timeout])?;
        Ok(deleted as u64)
    }
}
