//! SQLite queries for work sessions, and the open tickets and cases the picker offers.

use rusqlite::{Row, params, params_from_iter};

use super::SqliteTx;
use crate::error::Result;
use crate::id::{CaseId, IdPrefix, OrgId, UserId, WorkSessionId};
use crate::store::sql::{self, WORK_SESSION_COLUMNS};
use crate::time::Timestamp;
use crate::work::{
    PickTarget, WorkFilter, WorkImportStore, WorkInterval, WorkSession, WorkSessionView, WorkStore,
};

/// A session's tags joined in one text (see [`split_tags`]): a seek per row, so reports that
/// do not group by tag leave it out.
macro_rules! tags_column {
    () => {
        "(SELECT group_concat(t.name, ';') FROM work_session_tags AS st JOIN tags AS t ON t.tag_id = st.tag_id \
          WHERE st.work_session_id = w.work_session_id)"
    };
}
const TAGS_COLUMN: &str = tags_column!();

/// What listings read, by [`view_from_row`]: the owner's id and the ticket's internal id, which
/// [`Names`] turns into the username and ticket number (two b-tree descents fewer per row than
/// subqueries; listings run to millions of rows).
const VIEW_COLUMNS: &str = concat!(
    "w.work_session_id, w.user_id, w.ticket_id, w.case_id, w.start_at, w.end_at, ",
    "w.duration, w.utc_offset, w.note, w.source, w.created_at, w.updated_at, ",
    tags_column!()
);

/// A session's tags from `group_concat`'s form (joined by `text::TAG_SEPARATOR`), sorted.
fn split_tags(joined: Option<String>) -> Vec<String> {
    let mut tags = joined.map(|j| crate::text::split_joined_tags(&j)).unwrap_or_default();
    tags.sort_unstable();
    tags
}

/// Column `i` of `row` as text borrowed from the row (no allocation).
fn text_at<'r>(row: &'r Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

/// Usernames and ticket numbers (and, when asked, titles) looked up once each while a
/// listing streams.
#[derive(Default)]
struct Names {
    users: std::collections::HashMap<String, String>,
    tickets: std::collections::HashMap<i64, i64>,
    /// `None` unless the listing asked for titles.
    titles: Option<Titles>,
}

/// Ticket titles by ticket id, case titles by case id.
#[derive(Default)]
struct Titles {
    tickets: std::collections::HashMap<i64, String>,
    cases: std::collections::HashMap<CaseId, String>,
}

impl Names {
    /// The username of `user_id`, borrowed from the cache (no allocation once it is known).
    fn username_of(&mut self, tx: &SqliteTx<'_>, user_id: &str) -> rusqlite::Result<&str> {
        if !self.users.contains_key(user_id) {
            let name: String = tx
                .prepare_cached("SELECT username FROM users WHERE user_id = ?1")?
                .query_row([user_id], |r| r.get(0))?;
            self.users.insert(user_id.to_owned(), name);
        }
        Ok(self.users.get(user_id).map(String::as_str).unwrap_or_default())
    }

    fn username(&mut self, tx: &SqliteTx<'_>, user_id: &str) -> rusqlite::Result<String> {
        self.username_of(tx, user_id).map(str::to_owned)
    }

    fn ticket_number(&mut self, tx: &SqliteTx<'_>, ticket_id: Option<i64>) -> rusqlite::Result<Option<i64>> {
        let Some(ticket_id) = ticket_id else { return Ok(None) };
        if let Some(number) = self.tickets.get(&ticket_id) {
            return Ok(Some(*number));
        }
        let number: i64 = tx
            .prepare_cached("SELECT number FROM tickets WHERE ticket_id = ?1")?
            .query_row([ticket_id], |r| r.get(0))?;
        self.tickets.insert(ticket_id, number);
        Ok(Some(number))
    }

    /// The titles of the session's ticket and case, when the listing asked for titles.
    fn titles(
        &mut self,
        tx: &SqliteTx<'_>,
        ticket_id: Option<i64>,
        case_id: Option<CaseId>,
    ) -> rusqlite::Result<(Option<String>, Option<String>)> {
        let Some(titles) = &mut self.titles else { return Ok((None, None)) };
        let ticket = match ticket_id {
            Some(id) => Some(cached_title(
                tx,
                &mut titles.tickets,
                id,
                "SELECT title FROM tickets WHERE ticket_id = ?1",
            )?),
            None => None,
        };
        let case = match case_id {
            Some(id) => {
                Some(cached_title(tx, &mut titles.cases, id, "SELECT title FROM cases WHERE case_id = ?1")?)
            }
            None => None,
        };
        Ok((ticket, case))
    }
}

/// The title `sql` gives for `id`, asked once per id.
fn cached_title<K: rusqlite::ToSql + Eq + std::hash::Hash + Copy>(
    tx: &SqliteTx<'_>,
    cache: &mut std::collections::HashMap<K, String>,
    id: K,
    sql: &str,
) -> rusqlite::Result<String> {
    if let Some(title) = cache.get(&id) {
        return Ok(title.clone());
    }
    let title: String = tx.prepare_cached(sql)?.query_row([id], |r| r.get(0))?;
    cache.insert(id, title.clone());
    Ok(title)
}

fn view_from_row(tx: &SqliteTx<'_>, names: &mut Names, r: &Row<'_>) -> rusqlite::Result<WorkSessionView> {
    let end = r.get(5)?;
    let (ticket_id, case_id) = (r.get(2)?, r.get(3)?);
    let (ticket_title, case_title) = names.titles(tx, ticket_id, case_id)?;
    Ok(WorkSessionView {
        work_session_id: r.get(0)?,
        user: names.username(tx, text_at(r, 1)?)?,
        ticket: names.ticket_number(tx, ticket_id)?,
        case_id,
        start: r.get(4)?,
        end,
        duration_seconds: r.get(6)?,
        utc_offset: r.get(7)?,
        note: r.get(8)?,
        source: r.get(9)?,
        running: end.is_none(),
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        tags: split_tags(r.get(12)?),
        ticket_title,
        case_title,
    })
}

/// The conditions on the running flag (`?6`) and the tag (`?8`) that every listing body applies.
macro_rules! running_and_tag_filters {
    () => {
        "
      AND (?6 = 0 OR w.end_at IS NULL)
      AND (?8 IS NULL OR EXISTS (SELECT 1 FROM work_session_tags AS st
                                 WHERE st.work_session_id = w.work_session_id AND st.tag_id = ?8))"
    };
}

/// The conditions on the ticket (`?4`) and the case (`?5`) of the bodies that do not walk a
/// target's own index.
macro_rules! target_filters {
    () => {
        "
      AND (?4 IS NULL OR w.ticket_id = ?4)
      AND (?5 IS NULL OR w.case_id = ?5)"
    };
}

/// One user's sessions overlapping `[?2, ?3)`, by start. Only one session starting before
/// `?2` can reach into the range (sessions never overlap), so the scan begins at the latest
/// non-empty one: two seeks and a range, however long the user's history.
pub(super) const LIST_ONE_USER: &str = concat!(
    "
    FROM work_sessions AS w INDEXED BY work_sessions_by_user
    WHERE w.user_id = ?1
      AND w.start_at >= coalesce((
          SELECT max(s.start_at) FROM work_sessions AS s INDEXED BY work_sessions_user_start
          WHERE s.user_id = ?1 AND (s.end_at IS NULL OR s.end_at > s.start_at) AND s.start_at < ?2), ?2)
      AND w.start_at < ?3
      AND (w.end_at IS NULL OR w.end_at > ?2 OR w.start_at >= ?2)",
    target_filters!(),
    running_and_tag_filters!(),
    "
      AND w.org_id = ?7
    ORDER BY w.start_at, w.work_session_id"
);

/// The listing body for `filter`: one user's index walk, a plain scan when order does not
/// matter over the whole history, else everyone's walk by start.
fn list_body(filter: &WorkFilter) -> &'static str {
    let whole_history = filter.user.is_none() && filter.from.is_none() && filter.to.is_none();
    if filter.user.is_some() {
        LIST_ONE_USER
    } else if filter.any_order && whole_history && filter.latest.is_none() {
        // A whole-history total reads the table in storage order even for one target: a busy
        // ticket's index walk would cost a table lookup per row.
        LIST_ALL_UNORDERED
    } else if whole_history && filter.ticket_id.is_some() {
        LIST_ON_TICKET
    } else if whole_history && filter.case_id.is_some() {
        LIST_ON_CASE
    } else {
        LIST_ALL_USERS
    }
}

/// Everyone's sessions on one target over the whole history, by start: a walk of that target's
/// index entries alone (`$index`, where `$target` is the target's condition), so an old
/// ticket's or case's latest sessions or its count never scan the rest. `$other` is the
/// condition on the other target. (`?1` to `?3` are unused here: no user and the open range.)
macro_rules! list_on_target {
    ($index:literal, $target:literal, $other:literal) => {
        concat!(
            "
    FROM work_sessions AS w INDEXED BY ",
            $index,
            "
    WHERE ",
            $target,
            "
      AND ?1 IS NULL AND ?2 <= ?3
      AND ",
            $other,
            running_and_tag_filters!(),
            "
      AND w.org_id = ?7
    ORDER BY w.start_at, w.work_session_id"
        )
    };
}

/// [`list_on_target!`] for one ticket.
pub(super) const LIST_ON_TICKET: &str =
    list_on_target!("work_sessions_by_ticket", "w.ticket_id = ?4", "(?5 IS NULL OR w.case_id = ?5)");

/// [`list_on_target!`] for one case.
pub(super) const LIST_ON_CASE: &str =
    list_on_target!("work_sessions_by_case", "w.case_id = ?5", "(?4 IS NULL OR w.ticket_id = ?4)");

/// The whole-history count of one ticket's or case's sessions, answered from its covering
/// index alone. No organisation test is needed: the target was found in the actor's
/// organisation, and a session's target lies in the session's own (`db check` verifies it).
/// Returns the statement and the target it binds.
fn count_on_target(filter: &WorkFilter) -> Option<(&'static str, &dyn rusqlite::ToSql)> {
    let plain = filter.user.is_none()
        && filter.from.is_none()
        && filter.to.is_none()
        && filter.tag_id.is_none()
        && !filter.running_only;
    match (&filter.ticket_id, &filter.case_id) {
        (Some(ticket), None) if plain => Some((
            "SELECT count(*) FROM work_sessions INDEXED BY work_sessions_by_ticket WHERE ticket_id = ?1",
            ticket,
        )),
        (None, Some(case)) if plain => Some((
            "SELECT count(*) FROM work_sessions INDEXED BY work_sessions_by_case WHERE case_id = ?1",
            case,
        )),
        _ => None,
    }
}

/// What every listing body binds, `?1` to `?8`, with the range's ends from [`sql::listing_range`].
fn list_params<'a>(filter: &'a WorkFilter, (from, to): &'a (i64, i64)) -> Vec<&'a dyn rusqlite::ToSql> {
    vec![
        &filter.user,
        from,
        to,
        &filter.ticket_id,
        &filter.case_id,
        &filter.running_only,
        &filter.org_id,
        &filter.tag_id,
    ]
}

/// The order every ordered listing body ends in.
const BY_START: &str = "ORDER BY w.start_at, w.work_session_id";

/// A listing body without its order, for counting and for choosing the latest rows.
fn unordered(body: &str) -> &str {
    body.trim_end().strip_suffix(BY_START).unwrap_or(body)
}

/// Everyone's sessions in table order, for totals over the whole history: one sequential scan
/// instead of an index walk with a table lookup per row. (`?1` to `?3` are unused here: no
/// user and the open range.)
pub(super) const LIST_ALL_UNORDERED: &str = concat!(
    "
    FROM work_sessions AS w NOT INDEXED
    WHERE w.org_id = ?7
      AND ?1 IS NULL AND ?2 <= ?3",
    target_filters!(),
    running_and_tag_filters!()
);

/// Everyone's sessions overlapping `[?2, ?3)`, by start: the scan begins at the earliest of
/// each user's latest non-empty session starting before `?2`. (`?1`, the user, is unused.)
pub(super) const LIST_ALL_USERS: &str = concat!(
    "
    FROM work_sessions AS w INDEXED BY work_sessions_by_start
    WHERE w.org_id = ?7
      AND w.start_at >= coalesce((
          SELECT min(c) FROM (
              SELECT (SELECT max(s.start_at) FROM work_sessions AS s INDEXED BY work_sessions_user_start
                      WHERE s.user_id = u.user_id AND (s.end_at IS NULL OR s.end_at > s.start_at)
                        AND s.start_at < ?2) AS c
              FROM users AS u WHERE u.org_id = ?7)), ?2)
      AND w.start_at < ?3
      AND (w.end_at IS NULL OR w.end_at > ?2 OR w.start_at >= ?2)",
    target_filters!(),
    running_and_tag_filters!(),
    "
    ORDER BY w.start_at, w.work_session_id"
);

/// The latest non-empty session of `?1` starting before `?2`, other than `?3`: a backward seek
/// on the partial index `work_sessions_user_start`.
const OVERLAP_CANDIDATE: &str = "
    FROM work_sessions AS w INDEXED BY work_sessions_user_start
    WHERE w.user_id = ?1
      AND (w.end_at IS NULL OR w.end_at > w.start_at)
      AND w.start_at < ?2
      AND w.work_session_id IS NOT ?3
    ORDER BY w.start_at DESC LIMIT 1";

/// The user's sessions newest first by start (a running one, then the longer, first among
/// those of the same second), `skip` of them left out: `@N` and the completions' listing.
fn latest_sessions(
    tx: &SqliteTx<'_>,
    org: OrgId,
    user: UserId,
    limit: u32,
    skip: u32,
) -> Result<Vec<WorkSession>> {
    tx.rows(
        &format!(
            "SELECT {WORK_SESSION_COLUMNS} FROM work_sessions AS w INDEXED BY work_sessions_by_user
             WHERE w.user_id = ?1 AND w.org_id = ?2
             ORDER BY w.start_at DESC, w.end_at IS NULL DESC, w.end_at DESC, w.work_session_id DESC
             LIMIT ?3 OFFSET ?4"
        ),
        params![user, org, limit, skip],
        |r| sql::work_session_from(r),
    )
}

/// Record by record (the defaults): in process there are no round trips for a batch to save;
/// 100,000 sessions import in about 1.4 s this way (`benches/run.sh`'s data).
impl WorkImportStore for SqliteTx<'_> {}

impl WorkStore for SqliteTx<'_> {
    fn running_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>> {
        self.optional_row(sql::RUNNING_WORK_SESSION, params![user, org], |r| sql::work_session_from(r))
    }

    fn work_overlap_candidate(
        &self,
        user: UserId,
        end: Option<Timestamp>,
        exclude: Option<WorkSessionId>,
    ) -> Result<Option<WorkSession>> {
        self.optional_row(
            &format!("SELECT {WORK_SESSION_COLUMNS} {OVERLAP_CANDIDATE}"),
            params![user, end.map_or(i64::MAX, Timestamp::unix), exclude],
            |r| sql::work_session_from(r),
        )
    }

    fn insert_work_session(&self, s: &WorkSession) -> Result<()> {
        self.prepare_cached(sql::INSERT_WORK_SESSION)?
            .execute(params_from_iter(sql::insert_work_session_values(s, &s.ticket.map(|t| t.ticket_id))))?;
        Ok(())
    }

    fn update_work_session(&self, s: &WorkSession) -> Result<()> {
        self.prepare_cached(sql::UPDATE_WORK_SESSION)?
            .execute(params_from_iter(sql::update_work_session_values(s, &s.ticket.map(|t| t.ticket_id))))?;
        Ok(())
    }

    fn delete_work_session(&self, org: OrgId, id: WorkSessionId) -> Result<()> {
        self.prepare_cached(sql::DELETE_WORK_SESSION)?.execute(params![org, id])?;
        Ok(())
    }

    fn work_session_by_id(&self, org: OrgId, id: WorkSessionId) -> Result<Option<WorkSession>> {
        self.optional_row(sql::WORK_SESSION_BY_ID, params![org, id], |r| sql::work_session_from(r))
    }

    fn work_sessions_by_prefix(
        &self,
        org: OrgId,
        user: Option<UserId>,
        prefix: &IdPrefix,
    ) -> Result<Vec<WorkSessionId>> {
        // `+org_id`: without it SQLite walks every session of the organisation by start
        // (work_sessions_by_start) instead of the id's range in the primary key: 380 ms rather
        // than a fraction of a millisecond at 1,000,000 sessions. Every session of an
        // organisation shares its org_id, so the index on it never narrows this lookup.
        self.ids_by_prefix(
            "SELECT work_session_id FROM work_sessions
             WHERE +org_id = ?1 AND work_session_id >= ?2 AND work_session_id < ?2 || 'g'
               AND (?3 IS NULL OR user_id = ?3)
             ORDER BY work_session_id LIMIT 11",
            org,
            prefix,
            user,
        )
    }

    fn last_stopped_work_session(&self, org: OrgId, user: UserId) -> Result<Option<WorkSession>> {
        self.optional_row(
            &format!(
                "SELECT {WORK_SESSION_COLUMNS} FROM work_sessions AS w INDEXED BY work_sessions_by_user
                 WHERE w.user_id = ?1 AND w.end_at IS NOT NULL AND w.org_id = ?2
                 ORDER BY w.start_at DESC, w.end_at DESC LIMIT 1"
            ),
            params![user, org],
            |r| sql::work_session_from(r),
        )
    }

    fn nth_latest_work_session(&self, org: OrgId, user: UserId, back: u32) -> Result<Option<WorkSession>> {
        Ok(latest_sessions(self, org, user, 1, back)?.pop())
    }

    fn latest_work_sessions(&self, org: OrgId, user: UserId, limit: u32) -> Result<Vec<WorkSession>> {
        latest_sessions(self, org, user, limit, 0)
    }

    fn count_work_sessions(&self, filter: &WorkFilter) -> Result<u64> {
        if let Some((sql, target)) = count_on_target(filter) {
            let count: i64 = self.prepare_cached(sql)?.query_row([target], |r| r.get(0))?;
            return Ok(u64::try_from(count).unwrap_or(0));
        }
        let body = unordered(list_body(filter));
        let range = sql::listing_range(filter);
        let count: i64 = self
            .prepare_cached(&format!("SELECT count(*) {body}"))?
            .query_row(list_params(filter, &range).as_slice(), |r| r.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    fn for_each_work_interval(
        &self,
        filter: &WorkFilter,
        with_tags: bool,
        each: &mut dyn FnMut(&WorkInterval) -> Result<()>,
    ) -> Result<()> {
        let tags = if with_tags { TAGS_COLUMN } else { "NULL" };
        let sql = format!(
            "SELECT w.user_id, w.ticket_id, w.case_id, w.start_at, w.end_at, {tags} {}",
            unordered(list_body(filter))
        );
        let mut stmt = self.prepare_cached(&sql)?;
        let range = sql::listing_range(filter);
        let mut rows = stmt.query(list_params(filter, &range).as_slice())?;
        let mut names = Names::default();
        let mut interval: Option<WorkInterval> = None;
        while let Some(row) = rows.next()? {
            let (ticket, case_id) = (names.ticket_number(self, row.get(1)?)?, row.get(2)?);
            let user = names.username_of(self, text_at(row, 0)?)?;
            let (start, end) = (row.get(3)?, row.get(4)?);
            let current = match &mut interval {
                Some(current) => {
                    // Refilled in place: the username's buffer is reused, not reallocated.
                    current.user.clear();
                    current.user.push_str(user);
                    (current.ticket, current.case_id, current.start, current.end) =
                        (ticket, case_id, start, end);
                    current
                }
                None => interval.insert(WorkInterval {
                    user: user.to_owned(),
                    ticket,
                    case_id,
                    tags: Vec::new(),
                    start,
                    end,
                }),
            };
            if with_tags {
                current.tags = split_tags(row.get(5)?);
            }
            each(current)?;
        }
        Ok(())
    }

    fn for_each_work_session(
        &self,
        filter: &WorkFilter,
        each: &mut dyn FnMut(WorkSessionView) -> Result<()>,
    ) -> Result<()> {
        let body = list_body(filter);
        let (sql, latest) = match filter.latest {
            None => (format!("SELECT {VIEW_COLUMNS} {body}"), None),
            // The latest N walk the index backwards and stop; the outer query puts those few
            // back in start order.
            Some(n) => (
                format!(
                    "SELECT * FROM (SELECT {VIEW_COLUMNS} {} ORDER BY w.start_at DESC, w.work_session_id DESC LIMIT ?9)
                     ORDER BY start_at, work_session_id",
                    unordered(body)
                ),
                Some(n),
            ),
        };
        let mut stmt = self.prepare_cached(&sql)?;
        let range = sql::listing_range(filter);
        let mut params = list_params(filter, &range);
        if let Some(n) = &latest {
            params.push(n);
        }
        let mut rows = stmt.query(params.as_slice())?;
        let mut names = Names { titles: filter.with_titles.then(Titles::default), ..Names::default() };
        while let Some(row) = rows.next()? {
            each(view_from_row(self, &mut names, row)?)?;
        }
        Ok(())
    }

    fn work_pick_targets(
        &self,
        org: OrgId,
        user: UserId,
        case_owner: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<PickTarget>> {
        self.rows(
            "SELECT number, case_id, title, last FROM (
             SELECT number, NULL AS case_id, title,
                    (SELECT max(w.start_at) FROM work_sessions AS w
                     WHERE w.ticket_id = t.ticket_id AND w.user_id = ?2) AS last
             FROM tickets AS t WHERE t.org_id = ?1 AND t.status <> 'closed'
             UNION ALL
             SELECT NULL, case_id, title,
                    (SELECT max(w.start_at) FROM work_sessions AS w
                     WHERE w.case_id = c.case_id AND w.user_id = ?2)
             FROM cases AS c
             WHERE c.org_id = ?1 AND c.status NOT IN ('closed', 'archived') AND (?3 IS NULL OR c.owner_id = ?3))
             ORDER BY last IS NULL, last DESC, number, case_id
             LIMIT ?4",
            params![org, user, case_owner, limit],
            |r| sql::pick_target_from(r),
        )
    }
}

/// Test-only helpers that put tickets and cases straight into the database, until their own
/// modules exist on this branch.
#[cfg(test)]
pub(crate) mod testing {
    use rusqlite::params;

    use super::super::SqliteStore;
    use crate::id::{CaseId, OrgId, UserId};

    /// Inserts ticket `number` with `status`; returns its internal id.
    pub fn insert_ticket(store: &SqliteStore, org: OrgId, number: i64, status: &str, creator: UserId) -> i64 {
        store
            .conn
            .execute(
                "INSERT INTO tickets (org_id, number, title, status, priority, creator_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'normal', ?5, 0, 0)",
                params![org, number, format!("Ticket {number}"), status, creator],
            )
            .expect("insert ticket");
        store.conn.last_insert_rowid()
    }

    /// Inserts a case owned by `owner` with `status`.
    pub fn insert_case(store: &SqliteStore, org: OrgId, owner: UserId, status: &str) -> CaseId {
        let id = CaseId::random();
        store
            .conn
            .execute(
                "INSERT INTO cases (case_id, org_id, title, status, priority, owner_id, created_at, updated_at)
                 VALUES (?1, ?2, 'A case', ?3, 'normal', ?4, 0, 0)",
                params![id, org, status, owner],
            )
            .expect("insert case");
        id
    }

    pub fn set_ticket_status(store: &SqliteStore, org: OrgId, number: i64, status: &str) {
        store
            .conn
            .execute(
                "UPDATE tickets SET status = ?3 WHERE org_id = ?1 AND number = ?2",
                params![org, number, status],
            )
            .expect("update ticket");
    }

    pub fn set_case_status(store: &SqliteStore, case: CaseId, status: &str) {
        store
            .conn
            .execute("UPDATE cases SET status = ?2 WHERE case_id = ?1", params![case, status])
            .expect("update case");
    }

    /// The query plan SQLite picks for `sql`, one detail per line.
    pub fn query_plan(store: &SqliteStore, sql: &str) -> String {
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explain");
        let unbound = vec![rusqlite::types::Null; stmt.parameter_count()];
        let rows = stmt
            .query_map(rusqlite::params_from_iter(unbound), |r| r.get::<_, String>(3))
            .expect("plan rows");
        rows.map(|r| r.expect("plan row")).collect::<Vec<_>>().join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::query_plan;
    use super::*;
    use crate::store::sqlite::test_support::memory_store;

    /// Listings stream in index order: SQLite may sort rows that tie on the start (a partial
    /// sort), but never the whole result, so a million-row export stays flat in memory.
    #[test]
    fn listings_scan_an_index_in_start_order() {
        let store = memory_store();
        for body in [LIST_ONE_USER, LIST_ALL_USERS] {
            let plan = query_plan(&store, &format!("SELECT {VIEW_COLUMNS} {body}"));
            assert!(plan.contains("USING INDEX work_sessions_user_start"), "{plan}");
            let full_sorts = plan.lines().filter(|l| {
                l.contains("TEMP B-TREE") && !l.contains("RIGHT PART") && !l.contains("LAST TERM")
            });
            assert_eq!(full_sorts.count(), 0, "{plan}");
            assert!(!plan.contains("SCAN w\n") && !plan.lines().any(|l| l.trim() == "SCAN w"), "{plan}");
        }
    }

    /// A ticket's or case's sessions walk that target's index in start order, and its count
    /// reads the index alone: `ticket show` of an old ticket never scans everyone's history.
    #[test]
    fn target_listings_walk_the_target_index() {
        let store = memory_store();
        for (body, index) in
            [(LIST_ON_TICKET, "work_sessions_by_ticket"), (LIST_ON_CASE, "work_sessions_by_case")]
        {
            let plan = query_plan(&store, &format!("SELECT {VIEW_COLUMNS} {body}"));
            assert!(plan.contains(&format!("USING INDEX {index}")), "{plan}");
            let full_sorts = plan.lines().filter(|l| {
                l.contains("TEMP B-TREE") && !l.contains("RIGHT PART") && !l.contains("LAST TERM")
            });
            assert_eq!(full_sorts.count(), 0, "{plan}");
        }
        let whole = |ticket_id, case_id, from| WorkFilter {
            org_id: OrgId::random(),
            user: None,
            ticket_id,
            case_id,
            tag_id: None,
            from,
            to: None,
            running_only: false,
            latest: None,
            any_order: false,
            with_titles: false,
        };
        let ticket = whole(Some(1), None, None);
        let case = whole(None, Some(crate::id::CaseId::random()), None);
        for (filter, index) in [(ticket, "work_sessions_by_ticket"), (case, "work_sessions_by_case")] {
            let (sql, _) = count_on_target(&filter).expect("a whole-history count on one target");
            let plan = query_plan(&store, sql);
            assert!(plan.contains(&format!("USING COVERING INDEX {index}")), "{plan}");
        }
        let ranged = whole(Some(1), None, Some(Timestamp::from_unix(0).expect("ts")));
        assert!(count_on_target(&ranged).is_none());
    }

    #[test]
    fn the_overlap_seek_uses_the_partial_index() {
        let store = memory_store();
        let plan = query_plan(&store, &format!("SELECT {WORK_SESSION_COLUMNS} {OVERLAP_CANDIDATE}"));
        assert!(
            plan.contains("SEARCH w USING INDEX work_sessions_user_start (user_id=? AND start_at<?)"),
            "{plan}"
        );
    }
}
