//! PostgreSQL queries for work sessions, and the open tickets and cases the picker offers.

use postgres::Row;
use postgres::types::ToSql;

use super::PgTx;
use super::types::{get, shared_params};
use crate::error::{Error, Result};
use crate::id::{CaseId, IdPrefix, OrgId, UserId, WorkSessionId};
use crate::store::sql::{self, WORK_SESSION_COLUMNS, pg_sql};
use crate::time::Timestamp;
use crate::work::{
    PickTarget, Source, WorkFilter, WorkImportStore, WorkInterval, WorkSession, WorkSessionView, WorkStore,
};

/// A session's tags, sorted: a lookup per row, so reports that do not group by tag leave it out.
macro_rules! tags_column {
    () => {
        "(SELECT array_agg(t.name ORDER BY t.name) FROM work_session_tags AS st \
          JOIN tags AS t ON t.org_id = st.org_id AND t.tag_id = st.tag_id \
          WHERE st.work_session_id = w.work_session_id)"
    };
}

/// What listings show, read by [`view_from_row`]; the owner's name and the ticket number come
/// from scalar subqueries so the scan order stays the index order.
const VIEW_COLUMNS: &str = concat!(
    "w.work_session_id, (SELECT username FROM users WHERE user_id = w.user_id), ",
    "(SELECT number FROM tickets WHERE ticket_id = w.ticket_id), w.case_id, w.start_at, w.end_at, ",
    "w.duration, w.utc_offset, w.note, w.source, w.created_at, w.updated_at, ",
    tags_column!()
);

/// What a report reads of a session, by [`WorkStore::for_each_work_interval`], before its tags.
const INTERVAL_COLUMNS: &str = "(SELECT username FROM users WHERE user_id = w.user_id), \
     (SELECT number FROM tickets WHERE ticket_id = w.ticket_id), w.case_id, w.start_at, w.end_at";

/// What a listing that asked for titles reads after VIEW_COLUMNS.
const TITLE_COLUMNS: &str = ", (SELECT title FROM tickets WHERE ticket_id = w.ticket_id) AS ticket_title, \
     (SELECT title FROM cases WHERE case_id = w.case_id) AS case_title";

fn view_from_row(r: &Row) -> Result<WorkSessionView> {
    let end = get(r, 5)?;
    Ok(WorkSessionView {
        work_session_id: get(r, 0)?,
        user: r.get(1),
        ticket: r.get(2),
        case_id: get(r, 3)?,
        start: get(r, 4)?,
        end,
        duration_seconds: r.get(6),
        utc_offset: r.get(7),
        note: r.get(8),
        source: get(r, 9)?,
        running: end.is_none(),
        created_at: get(r, 10)?,
        updated_at: get(r, 11)?,
        tags: r.get::<_, Option<Vec<String>>>(12).unwrap_or_default(),
        // Present only when the listing asked for titles (TITLE_COLUMNS).
        ticket_title: if r.len() > 13 { r.get(13) } else { None },
        case_title: if r.len() > 14 { r.get(14) } else { None },
    })
}

/// The filters both listings share: `$1` organisation, `$2`..`$3` the range, `$4` ticket,
/// `$5` case, `$6` running only, `$7` tag.
const LIST_FILTERS: &str = "
      AND w.start_at < $3
      AND (w.end_at IS NULL OR w.end_at > $2 OR w.start_at >= $2)
      AND ($4::BIGINT IS NULL OR w.ticket_id = $4)
      AND ($5::TEXT IS NULL OR w.case_id = $5)
      AND (NOT $6::BOOLEAN OR w.end_at IS NULL)
      AND ($7::BIGINT IS NULL OR EXISTS (SELECT 1 FROM work_session_tags AS st
                                         WHERE st.work_session_id = w.work_session_id AND st.tag_id = $7))
      AND w.org_id = $1";

/// What a listing binds, held so the parameter list can borrow it.
struct ListValues {
    org: OrgId,
    from: i64,
    to: i64,
    ticket: Option<i64>,
    case: Option<crate::id::CaseId>,
    running: bool,
    tag: Option<i64>,
    user: Option<UserId>,
}

impl ListValues {
    fn of(filter: &WorkFilter) -> Self {
        let (from, to) = sql::listing_range(filter);
        ListValues {
            org: filter.org_id,
            from,
            to,
            ticket: filter.ticket_id,
            case: filter.case_id,
            running: filter.running_only,
            tag: filter.tag_id,
            user: filter.user,
        }
    }

    /// The listing body (one user's or everyone's) and its parameters `$1` to `$7`, or `$8`.
    fn bind(&self) -> (&'static str, Vec<&(dyn ToSql + Sync)>) {
        let mut params: Vec<&(dyn ToSql + Sync)> =
            vec![&self.org, &self.from, &self.to, &self.ticket, &self.case, &self.running, &self.tag];
        match &self.user {
            Some(user) => {
                params.push(user);
                (LIST_ONE_USER, params)
            }
            None => (LIST_ALL_USERS, params),
        }
    }
}

/// The order of every listing.
const BY_START: &str = "ORDER BY w.start_at, w.work_session_id";

/// One user's (`$8`) sessions overlapping `[$2, $3)`, by start. Only one session starting
/// before `$2` can reach into the range (sessions never overlap), so the scan begins at the
/// latest non-empty one: a seek on `work_sessions_user_start`, then a range.
const LIST_ONE_USER: &str = "
    FROM work_sessions AS w
    WHERE w.user_id = $8
      AND w.start_at >= coalesce((
          SELECT max(s.start_at) FROM work_sessions AS s
          WHERE s.user_id = $8 AND (s.end_at IS NULL OR s.end_at > s.start_at) AND s.start_at < $2), $2)";

/// Everyone's sessions overlapping `[$2, $3)`, by start: the scan begins at the earliest of
/// each user's latest non-empty session starting before `$2`.
const LIST_ALL_USERS: &str = "
    FROM work_sessions AS w
    WHERE w.start_at >= coalesce((
          SELECT min(c) FROM (
              SELECT (SELECT max(s.start_at) FROM work_sessions AS s
                      WHERE s.user_id = u.user_id AND (s.end_at IS NULL OR s.end_at > s.start_at)
                        AND s.start_at < $2) AS c
              FROM users AS u WHERE u.org_id = $1) AS latest), $2)";

/// The latest non-empty session of `$1` starting before `$2`, other than `$3`: a backward seek
/// on the partial index `work_sessions_user_start`.
pub(super) const OVERLAP_CANDIDATE: &str = "
    FROM work_sessions AS w
    WHERE w.user_id = $1
      AND (w.end_at IS NULL OR w.end_at > w.start_at)
      AND w.start_at < $2
      AND w.work_session_id IS DISTINCT FROM $3::TEXT
    ORDER BY w.start_at DESC LIMIT 1";

/// How many records an import checks and writes at once: each batch costs a few round trips
/// (its overlap candidates, its named ids, its rows, its tags) where record by record each
/// record cost several, and a batch's arrays stay a few hundred kilobytes.
const IMPORT_BATCH: usize = 2000;

/// For each `(user, end)` of the arrays `$1`, `$2` (ordinal `r.i`), the session
/// [`OVERLAP_CANDIDATE`] finds with nothing excluded: one backward seek on the partial index
/// `work_sessions_user_start` per record, in one statement.
const OVERLAP_CANDIDATES: &str = "
    FROM unnest($1::TEXT[], $2::BIGINT[]) WITH ORDINALITY AS r(user_id, end_at, i)
    CROSS JOIN LATERAL (
        SELECT * FROM work_sessions AS s
        WHERE s.user_id = r.user_id
          AND (s.end_at IS NULL OR s.end_at > s.start_at)
          AND s.start_at < r.end_at
        ORDER BY s.start_at DESC LIMIT 1) AS w";

/// Many new sessions of organisation `$1` at once, one array per column (`$2` to `$13`).
const INSERT_WORK_SESSIONS: &str = "
    INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, case_id, start_at,
        end_at, duration, utc_offset, note, source, created_at, updated_at)
    SELECT r.id, $1::TEXT, r.user_id, r.ticket_id, r.case_id, r.start_at, r.end_at, r.duration,
        r.utc_offset, r.note, r.source, r.created_at, r.updated_at
    FROM unnest($2::TEXT[], $3::TEXT[], $4::BIGINT[], $5::TEXT[], $6::BIGINT[], $7::BIGINT[],
        $8::BIGINT[], $9::INTEGER[], $10::TEXT[], $11::TEXT[], $12::BIGINT[], $13::BIGINT[])
        AS r(id, user_id, ticket_id, case_id, start_at, end_at, duration, utc_offset, note, source,
             created_at, updated_at)";

/// The tag names `$2` of organisation `$1` that it has not used before, created in the order
/// given.
const INSERT_TAG_NAMES: &str = "
    INSERT INTO tags (org_id, name)
    SELECT $1::TEXT, n.name FROM unnest($2::TEXT[]) WITH ORDINALITY AS n(name, i) ORDER BY n.i
    ON CONFLICT (org_id, name) DO NOTHING";

/// Links each session of `$2` to the tag named by the same element of `$3`.
const INSERT_TAG_LINKS: &str = "
    INSERT INTO work_session_tags (org_id, work_session_id, tag_id)
    SELECT $1::TEXT, l.id, t.tag_id FROM unnest($2::TEXT[], $3::TEXT[]) AS l(id, name)
    JOIN tags AS t ON t.org_id = $1 AND t.name = l.name";

/// An import's batch in a handful of statements instead of several per record.
impl WorkImportStore for PgTx<'_> {
    fn import_batch_size(&self) -> usize {
        IMPORT_BATCH
    }

    fn work_overlap_candidates(
        &self,
        spans: &[(UserId, Option<Timestamp>)],
    ) -> Result<Vec<Option<WorkSession>>> {
        let users: Vec<UserId> = spans.iter().map(|(user, _)| *user).collect();
        let ends: Vec<i64> = spans.iter().map(|(_, end)| end.map_or(i64::MAX, Timestamp::unix)).collect();
        let mut found: Vec<Option<WorkSession>> = vec![None; spans.len()];
        let rows = self
            .query(&format!("SELECT {WORK_SESSION_COLUMNS}, r.i {OVERLAP_CANDIDATES}"), &[&users, &ends])?;
        for row in &rows {
            let ordinal: i64 = get(row, 14)?;
            let slot = usize::try_from(ordinal - 1).ok().and_then(|index| found.get_mut(index)).ok_or_else(
                || Error::internal(format!("an overlap candidate for record {ordinal} of {}", spans.len())),
            )?;
            *slot = Some(sql::work_session_from(row)?);
        }
        Ok(found)
    }

    fn existing_work_session_ids(&self, org: OrgId, ids: &[WorkSessionId]) -> Result<Vec<WorkSessionId>> {
        self.rows(
            "SELECT work_session_id FROM work_sessions WHERE org_id = $1 AND work_session_id = ANY($2::TEXT[])",
            &[&org, &ids],
            |r| get(r, 0),
        )
    }

    fn insert_work_sessions(&self, org: OrgId, sessions: &[(&WorkSession, &[String])]) -> Result<()> {
        if sessions.is_empty() {
            return Ok(());
        }
        let column =
            |read: &dyn Fn(&WorkSession) -> i64| sessions.iter().map(|(s, _)| read(s)).collect::<Vec<i64>>();
        let ids: Vec<WorkSessionId> = sessions.iter().map(|(s, _)| s.work_session_id).collect();
        let users: Vec<UserId> = sessions.iter().map(|(s, _)| s.user_id).collect();
        let tickets: Vec<Option<i64>> = sessions.iter().map(|(s, _)| s.ticket.map(|t| t.ticket_id)).collect();
        let cases: Vec<Option<CaseId>> = sessions.iter().map(|(s, _)| s.case_id).collect();
        let starts = column(&|s| s.start.unix());
        let ends: Vec<Option<i64>> = sessions.iter().map(|(s, _)| s.end.map(Timestamp::unix)).collect();
        let durations: Vec<Option<i64>> = sessions.iter().map(|(s, _)| s.duration).collect();
        let offsets: Vec<i32> = sessions.iter().map(|(s, _)| s.utc_offset).collect();
        let notes: Vec<&str> = sessions.iter().map(|(s, _)| s.note.as_str()).collect();
        let sources: Vec<Source> = sessions.iter().map(|(s, _)| s.source).collect();
        let created = column(&|s| s.created_at.unix());
        let updated = column(&|s| s.updated_at.unix());
        // Each tag link, and the names in the order they first appear (new names get their ids
        // in that order, as record by record).
        let mut link_ids: Vec<WorkSessionId> = Vec::new();
        let mut link_names: Vec<&str> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (session, tags) in sessions {
            for name in tags.iter() {
                link_ids.push(session.work_session_id);
                link_names.push(name);
                if seen.insert(name.as_str()) {
                    names.push(name);
                }
            }
        }
        // One savepoint: a refused batch leaves nothing behind, and the core checks it again
        // record by record.
        self.guarded(|tx| {
            tx.execute(
                INSERT_WORK_SESSIONS,
                &[
                    &org, &ids, &users, &tickets, &cases, &starts, &ends, &durations, &offsets, &notes,
                    &sources, &created, &updated,
                ],
            )?;
            if !names.is_empty() {
                tx.execute(INSERT_TAG_NAMES, &[&org, &names])?;
                tx.execute(INSERT_TAG_LINKS, &[&org, &link_ids, &link_names])?;
            }
            Ok(())
        })
    }
}

/// The user's sessions newest first by start (a running one, then the longer, first among
/// those of the same second), `skip` of them left out: `@N` and the completions' listing.
fn latest_sessions(
    tx: &PgTx<'_>,
    org: OrgId,
    user: UserId,
    limit: u32,
    skip: u32,
) -> Result<Vec<WorkSession>> {
    tx.rows(
        &format!(
            "SELECT {WORK_SESSION_COLUMNS} FROM work_sessions AS w
             WHERE w.user_id = $1 AND w.org_id = $2
             ORDER BY w.start_at DESC, w.end_at IS NULL DESC, w.end_at DESC, w.work_session_id DESC
             LIMIT $3 OFFSET $4"
        ),
        &[&user, &org, &i64::from(limit), &i64::from(skip)],
        sql::work_session_from,
    )
}

impl WorkStore for PgTx<'_> {
    fn running_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>> {
        self.optional_row(pg_sql!(sql::RUNNING_WORK_SESSION), &[&user, &org], sql::work_session_from)
    }

    fn work_overlap_candidate(
        &self,
        user: UserId,
        end: Option<Timestamp>,
        exclude: Option<WorkSessionId>,
    ) -> Result<Option<WorkSession>> {
        self.optional_row(
            &format!("SELECT {WORK_SESSION_COLUMNS} {OVERLAP_CANDIDATE}"),
            &[&user, &end.map_or(i64::MAX, Timestamp::unix), &exclude],
            sql::work_session_from,
        )
    }

    fn insert_work_session(&self, s: &WorkSession) -> Result<()> {
        // Guarded: when a constraint refuses it, the transaction stays usable, so the core can
        // name the session in the way.
        self.execute_guarded(
            pg_sql!(sql::INSERT_WORK_SESSION),
            &shared_params(&sql::insert_work_session_values(s, &s.ticket.map(|t| t.ticket_id))),
        )?;
        Ok(())
    }

    fn update_work_session(&self, s: &WorkSession) -> Result<()> {
        self.execute_guarded(
            pg_sql!(sql::UPDATE_WORK_SESSION),
            &shared_params(&sql::update_work_session_values(s, &s.ticket.map(|t| t.ticket_id))),
        )?;
        Ok(())
    }

    fn delete_work_session(&self, org: OrgId, id: WorkSessionId) -> Result<()> {
        self.execute(pg_sql!(sql::DELETE_WORK_SESSION), &[&org, &id])?;
        Ok(())
    }

    fn work_session_by_id(&self, org: OrgId, id: WorkSessionId) -> Result<Option<WorkSession>> {
        self.optional_row(pg_sql!(sql::WORK_SESSION_BY_ID), &[&org, &id], sql::work_session_from)
    }

    fn work_sessions_by_prefix(
        &self,
        org: OrgId,
        user: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<WorkSessionId>> {
        self.ids_by_prefix(
            pg_sql!(sql::id_prefix_query!("work_sessions", "work_session_id", "user_id", "?3::TEXT IS NULL")),
            org,
            prefix,
            user,
        )
    }

    fn last_stopped_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>> {
        self.optional_row(
            &format!(
                "SELECT {WORK_SESSION_COLUMNS} FROM work_sessions AS w
                 WHERE w.user_id = $1 AND w.end_at IS NOT NULL AND w.org_id = $2
                 ORDER BY w.start_at DESC, w.end_at DESC LIMIT 1"
            ),
            &[&user, &org],
            sql::work_session_from,
        )
    }

    fn nth_latest_work_session(&self, org: OrgId, user: UserId, back: u32) -> Result<Option<WorkSession>> {
        Ok(latest_sessions(self, org, user, 1, back)?.pop())
    }

    fn latest_work_sessions(&self, org: OrgId, user: UserId, limit: u32) -> Result<Vec<WorkSession>> {
        latest_sessions(self, org, user, limit, 0)
    }

    fn for_each_work_session(
        &self,
        filter: &WorkFilter,
        each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
    ) -> Result<()> {
        let values = ListValues::of(filter);
        let latest = filter.latest.map(i64::from);
        let (body, mut params) = values.bind();
        let titles = if filter.with_titles { TITLE_COLUMNS } else { "" };
        let sql = match &latest {
            None => format!("SELECT {VIEW_COLUMNS}{titles} {body} {LIST_FILTERS} {BY_START}"),
            // The latest N walk the index backwards and stop; the outer query puts those few
            // back in start order.
            Some(n) => {
                params.push(n);
                format!(
                    "SELECT * FROM (SELECT {VIEW_COLUMNS}{titles} {body} {LIST_FILTERS}
                     ORDER BY w.start_at DESC, w.work_session_id DESC LIMIT ${}) AS latest
                     ORDER BY start_at, work_session_id",
                    params.len()
                )
            }
        };
        self.for_each_row(&sql, &params, &mut |row| each(view_from_row(row)?))
    }

    fn for_each_work_interval(
        &self,
        filter: &WorkFilter,
        with_tags: bool,
        each: &mut dyn FnMut(&WorkInterval) -> Result<()>,
    ) -> Result<()> {
        let values = ListValues::of(filter);
        let (body, params) = values.bind();
        let tags = if with_tags { tags_column!() } else { "NULL::TEXT[]" };
        let sql = format!("SELECT {INTERVAL_COLUMNS}, {tags} {body} {LIST_FILTERS}");
        self.for_each_row(&sql, &params, &mut |row| {
            each(&WorkInterval {
                user: row.get(0),
                ticket: row.get(1),
                case_id: get(row, 2)?,
                tags: row.get::<_, Option<Vec<String>>>(5).unwrap_or_default(),
                start: get(row, 3)?,
                end: get(row, 4)?,
            })
        })
    }

    fn count_work_sessions(&self, filter: &WorkFilter) -> Result<u64> {
        let values = ListValues::of(filter);
        let (body, params) = values.bind();
        let row = self.query_one(&format!("SELECT count(*) {body} {LIST_FILTERS}"), &params)?;
        Ok(u64::try_from(row.get::<_, i64>(0)).unwrap_or(0))
    }

    fn work_pick_targets(
        &self,
        org: OrgId,
        user: UserId,
        case_owner: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<PickTarget>> {
        // SQLite sorts NULLs first in ascending order; PostgreSQL is told to do the same.
        self.rows(
            "SELECT number, case_id, title, last FROM (
             SELECT number, NULL::TEXT AS case_id, title,
                    (SELECT max(w.start_at) FROM work_sessions AS w
                     WHERE w.ticket_id = t.ticket_id AND w.user_id = $2) AS last
             FROM tickets AS t WHERE t.org_id = $1 AND t.status <> 'closed'
             UNION ALL
             SELECT NULL::BIGINT, case_id, title,
                    (SELECT max(w.start_at) FROM work_sessions AS w
                     WHERE w.case_id = c.case_id AND w.user_id = $2)
             FROM cases AS c
             WHERE c.org_id = $1 AND c.status NOT IN ('closed', 'archived') AND ($3::TEXT IS NULL OR c.owner_id = $3)
             ) AS targets
             ORDER BY last IS NULL, last DESC, number ASC NULLS FIRST, case_id ASC NULLS FIRST
             LIMIT $4",
            &[&org, &user, &case_owner, &i64::from(limit)],
            sql::pick_target_from,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::store::Store;
    use crate::store::postgres::{PgStore, fresh_test_store, pg_test};

    fn explain(store: &mut PgStore, sql: &str, params: &[&(dyn ToSql + Sync)]) -> String {
        let rows = store.client.query(&format!("EXPLAIN {sql}"), params).expect("explain");
        rows.iter().map(|r| r.get::<_, String>(0)).collect::<Vec<_>>().join("\n")
    }

    /// The fixture's organisation.
    const ORG: &str = "00000000-0000-4000-8000-000000000000";

    /// One organisation, ticket 1, and `sessions` ended work sessions of each of `users`.
    fn fixture(store: &mut PgStore, users: usize, sessions: usize) {
        store
            .client
            .batch_execute(&format!(
                "INSERT INTO organizations (org_id, name, created_at) VALUES ('{ORG}', 'desk', 0);
                 INSERT INTO users (user_id, org_id, username, role, status, password_hash, created_at, updated_at)
                     SELECT 'u' || g, '{ORG}', 'u' || g, 'technician', 'active', 'x', 0, 0
                     FROM generate_series(1, {users}) g;
                 INSERT INTO tickets (org_id, number, title, status, priority, creator_id, created_at, updated_at)
                     VALUES ('{ORG}', 1, 't', 'open', 'normal', 'u1', 0, 0);
                 INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at, duration,
                         utc_offset, source, created_at, updated_at)
                     SELECT md5(g::text), '{ORG}', 'u' || (1 + g % {users}), (SELECT ticket_id FROM tickets),
                         g * 100, g * 100 + 50, 50, 0, 'manual', 0, 0
                     FROM generate_series(1, {sessions} * {users}) g;
                 ANALYZE;"
            ))
            .expect("fixture");
    }

    pg_test! {
        fn the_overlap_candidate_is_a_backward_seek_on_the_partial_index() {
            let mut store = fresh_test_store();
            let sql = format!("SELECT {WORK_SESSION_COLUMNS} {OVERLAP_CANDIDATE}");
            let seek = "Index Scan Backward using work_sessions_user_start";
            let empty = explain(&mut store, &sql, &[&"u1", &i64::MAX, &None::<String>]);
            assert!(empty.contains(seek), "{empty}");
            fixture(&mut store, 4, 1000);
            let busy = explain(&mut store, &sql, &[&"u2", &150_000_i64, &Some("x".to_owned())]);
            assert!(busy.contains(seek), "{busy}");
            let Some(first) = busy.lines().nth(1) else { panic!("{busy}") };
            assert!(first.contains(seek), "the seek is the outer plan, under the limit: {busy}");
        }
    }

    pg_test! {
        fn listings_read_an_index_in_start_order() {
            let mut store = fresh_test_store();
            fixture(&mut store, 4, 1000);
            let (org, from, to) = (ORG.to_owned(), i64::MIN, i64::MAX);
            let (ticket, case, running, user) = (None::<i64>, None::<String>, false, "u2".to_owned());
            let all = explain(
                &mut store,
                &format!("SELECT {VIEW_COLUMNS} {LIST_ALL_USERS} {LIST_FILTERS} {BY_START}"),
                &[&org, &from, &to, &ticket, &case, &running, &None::<i64>],
            );
            // Rows come in index order, sorted only among those that start at the same second.
            assert!(all.starts_with("Incremental Sort") && all.contains("Presorted Key: w.start_at"), "{all}");
            assert!(all.contains("Index Scan using work_sessions_by_start"), "{all}");
            let one = explain(
                &mut store,
                &format!("SELECT {VIEW_COLUMNS} {LIST_ONE_USER} {LIST_FILTERS} {BY_START}"),
                &[&org, &from, &to, &ticket, &case, &running, &None::<i64>, &user],
            );
            assert!(one.contains("work_sessions_by_user"), "{one}");
            assert!(!one.contains("Seq Scan on work_sessions"), "{one}");
        }
    }

    pg_test! {
        fn a_listing_callback_cannot_run_statements_while_rows_stream() {
            let mut store = fresh_test_store();
            fixture(&mut store, 1, 3);
            let org: OrgId = ORG.parse().expect("org id");
            let mut store = Store::Postgres(Box::new(store));
            let filter = WorkFilter {
                org_id: org,
                user: None,
                ticket_id: None,
                case_id: None,
                from: None,
                to: None,
                tag_id: None,
                running_only: false,
                latest: None,
                any_order: false,
            with_titles: false,
            };
            let mut seen = 0;
            store
                .read(|tx| {
                    seen = 0;
                    tx.for_each_work_session(&filter, &mut |_| {
                        seen += 1;
                        Ok(())
                    })
                })
                .expect("listing");
            assert_eq!(seen, 3);
            let err = store
                .read(|tx| tx.for_each_work_session(&filter, &mut |_| tx.ticket_by_number(org, 1).map(drop)))
                .expect_err("a statement inside the callback");
            assert_eq!(err.kind(), ErrorKind::Internal);
            assert!(err.message().contains("while a listing was streaming"), "{}", err.message());
        }
    }
}

#[cfg(test)]
mod racing_import {
    use std::time::{Duration, Instant};

    use crate::ErrorKind;
    use crate::id::{ClientId, WorkSessionId};
    use crate::import_formats::{self, InputFormat, TagMapping};
    use crate::store::OpenOptions;
    use crate::store::postgres::{PgStore, cluster, pg_test};
    use crate::time::Timestamp;
    use crate::work::{self, ImportOptions};

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_unix(1_710_000_000 + secs).expect("in range")
    }

    fn rfc3339(secs: i64) -> String {
        chrono::DateTime::from_timestamp(at(secs).unix(), 0).expect("in range").to_rfc3339()
    }

    pg_test! {
        fn a_writer_racing_an_import_is_refused_by_the_database_and_named() {
            let url = cluster::shared().fresh_database();
            let mut importer = PgStore::create(&url, OpenOptions::default()).expect("store");
            let setup = crate::setup::Setup {
                org_name: "Desk".into(),
                admin: "root".into(),
                password_hash: crate::password::hash("correct horse").expect("hash"),
                client_id: ClientId::random(),
                client_label: "test".into(),
            };
            let admin = importer.write(|tx| crate::setup::initialise(tx, setup.clone(), at(0))).expect("initialise").actor;
            importer
                .write(|tx| crate::ticket::create(tx, &admin, crate::ticket::NewTicket::titled("printer"), at(1)))
                .expect("ticket");
            let ticket_id: i64 =
                importer.client.query_one("SELECT ticket_id FROM tickets", &[]).expect("ticket id").get(0);
            // Another writer stores a session over the import's second record and has not
            // committed yet: the import's checks cannot see it, only the exclusion constraint.
            let mut racer = PgStore::open(&url, OpenOptions::default()).expect("racer");
            let mut race = racer.client.transaction().expect("transaction");
            let racing = WorkSessionId::random();
            race.execute(
                "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at,
                     duration, utc_offset, source, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, 3600, 0, 'manual', 0, 0)",
                &[&racing, &admin.org_id, &admin.user_id, &ticket_id, &at(3600).unix(), &at(7200).unix()],
            )
            .expect("racing insert");
            let csv = format!(
                "ticket,start,end\n1,{},{}\n1,{},{}\n",
                rfc3339(0),
                rfc3339(1800),
                rfc3339(5400),
                rfc3339(9000)
            );
            let importing = admin.clone();
            let worker = std::thread::spawn(move || {
                importer.write(|tx| {
                    work::import(
                        tx,
                        &importing,
                        &chrono::Utc,
                        &ImportOptions::default(),
                        |sink| import_formats::read(InputFormat::Csv, csv.as_bytes(), &TagMapping::default(), sink),
                        at(100_000),
                    )
                })
            });
            // The racer commits once the import's write waits for its row.
            let mut watcher = PgStore::open(&url, OpenOptions::default()).expect("watcher");
            let deadline = Instant::now() + Duration::from_secs(60);
            loop {
                let waiting: i64 = watcher
                    .client
                    .query_one(
                        "SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'",
                        &[],
                    )
                    .expect("activity")
                    .get(0);
                if waiting > 0 {
                    break;
                }
                assert!(Instant::now() < deadline, "the import never waited for the racing writer");
                std::thread::sleep(Duration::from_millis(20));
            }
            race.commit().expect("commit");
            let err = worker.join().expect("importer thread").expect_err("refused");
            assert_eq!(err.kind(), ErrorKind::Conflict, "{}", err.message());
            assert!(
                err.message().starts_with("import refused, nothing was written: line 3: ")
                    && err.message().contains(&format!("would overlap work session {}", racing.short())),
                "{}",
                err.message()
            );
            let stored: i64 =
                watcher.client.query_one("SELECT count(*) FROM work_sessions", &[]).expect("count").get(0);
            assert_eq!(stored, 1, "only the racer's session");
        }
    }
}
