//! SQLite queries for tickets and their total time.

use rusqlite::{OptionalExtension, params, params_from_iter};

use super::types::Values;
use super::{SqliteTx, escape_like};
use crate::error::{Error, Result};
use crate::id::OrgId;
use crate::store::sql::{self, Bind, TICKET_COLUMNS, TICKET_JOINS};
use crate::ticket::{Ticket, TicketQuery, TicketRow, TicketStore};
use crate::time::Timestamp;

/// Seconds of work on ticket `t`, running sessions counted up to parameter `?1`.
/// Written over `start_at` and `end_at` only, so the covering index `work_sessions_by_ticket`
/// answers it without reading the table.
const TOTAL_SECONDS: &str = "(SELECT coalesce(sum(coalesce(w.end_at, max(w.start_at, ?1)) - w.start_at), 0) \
     FROM work_sessions w WHERE w.ticket_id = t.ticket_id)";

/// Builds the `ticket list` statement: the shared filters after SQLite's own head.
fn list_statement(org: OrgId, query: &TicketQuery, now: Timestamp) -> (String, Values) {
    let mut values: Values = vec![Box::new(now), Box::new(org)];
    // Without statistics the planner may prefer a status index that holds most of the
    // organisation over one assignee's tickets; name the index that is right whatever the data.
    let hint = if query.assignee.is_some() { " INDEXED BY tickets_by_assignee" } else { "" };
    let filters = sql::ticket_filters(&mut values, query, |values, search| {
        let p = values.bind(escape_like(search));
        format!(
            " AND (t.title LIKE '%' || {p} || '%' ESCAPE '\\' OR t.description LIKE '%' || {p} || '%' ESCAPE '\\')"
        )
    });
    let sql = format!(
        "SELECT {TICKET_COLUMNS}, {TOTAL_SECONDS} FROM tickets t{hint} {TICKET_JOINS} WHERE t.org_id = ?2{filters}"
    );
    (sql, values)
}

impl TicketStore for SqliteTx<'_> {
    fn allocate_ticket_number(&self, org: OrgId) -> Result<i64> {
        self.prepare_cached(sql::ALLOCATE_TICKET_NUMBER)?
            .query_row([org], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::internal("the organisation is missing"))
    }

    fn insert_ticket(&self, t: &Ticket) -> Result<i64> {
        Ok(self
            .prepare_cached(sql::INSERT_TICKET)?
            .query_row(params_from_iter(sql::insert_ticket_values(t)), |r| r.get(0))?)
    }

    fn ticket_by_number(&self, org: OrgId, number: i64) -> Result<Option<TicketRow>> {
        self.optional_row(sql::TICKET_BY_NUMBER, params![org, number], |r| sql::ticket_row_from(r))
    }

    fn update_ticket(&self, t: &Ticket) -> Result<()> {
        self.prepare_cached(sql::UPDATE_TICKET)?.execute(params_from_iter(sql::update_ticket_values(t)))?;
        Ok(())
    }

    fn list_tickets(&self, org: OrgId, query: &TicketQuery, now: Timestamp) -> Result<Vec<(TicketRow, i64)>> {
        let (sql, values) = list_statement(org, query, now);
        self.rows(&sql, params_from_iter(values), |r| Ok((sql::ticket_row_from(r)?, r.get(14)?)))
    }

    fn ticket_titles(&self, org: OrgId, digits: &str, limit: u32) -> Result<Vec<(i64, String)>> {
        self.rows(sql::TICKET_TITLES, params![org, digits, limit], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    fn ticket_total_seconds(&self, ticket_id: i64, now: Timestamp) -> Result<i64> {
        Ok(self
            .prepare_cached(
                "SELECT coalesce(sum(coalesce(end_at, max(start_at, ?2)) - start_at), 0)
                 FROM work_sessions WHERE ticket_id = ?1",
            )?
            .query_row(params![ticket_id, now], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::UserId;
    use crate::store::sqlite::{SqliteStore, test_support};
    use crate::ticket::{TicketSort, TicketStatus};
    use crate::vocabulary::Priority;

    /// The query plan lines of `ticket list` for `query`.
    pub(crate) fn plan(store: &SqliteStore, query: &TicketQuery) -> Vec<String> {
        let (sql, values) = list_statement(OrgId::random(), query, Timestamp::from_unix(0).expect("ts"));
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explain");
        let rows = stmt.query_map(params_from_iter(values), |r| r.get::<_, String>(3)).expect("plan");
        rows.collect::<rusqlite::Result<_>>().expect("rows")
    }

    /// The index the outer loop of `ticket list` walks, and whether it needs a sort.
    fn walk(store: &SqliteStore, query: &TicketQuery) -> (String, bool) {
        let lines = plan(store, query);
        assert!(lines.iter().all(|l| !l.starts_with("SCAN")), "a table scan: {lines:#?}");
        let index = lines[0].split_whitespace().nth(4).unwrap_or_default().to_owned();
        (index, lines.iter().any(|l| l.contains("TEMP B-TREE")))
    }

    #[test]
    fn list_filters_seek_indexes() {
        let store = test_support::memory_store();
        let one = |status| vec![status];
        let cases = [
            (TicketQuery::default(), "tickets_number_unique", false),
            (TicketQuery { sort: TicketSort::Oldest, ..Default::default() }, "tickets_number_unique", false),
            (TicketQuery { sort: TicketSort::Updated, ..Default::default() }, "tickets_by_updated", false),
            (
                TicketQuery { statuses: one(TicketStatus::Open), ..Default::default() },
                "tickets_by_status",
                false,
            ),
            (
                TicketQuery { assignee: Some(Some(UserId::random())), ..Default::default() },
                "tickets_by_assignee",
                false,
            ),
            (
                TicketQuery { priority: Some(Priority::Urgent), ..Default::default() },
                "tickets_by_priority",
                false,
            ),
            (
                TicketQuery {
                    assignee: Some(Some(UserId::random())),
                    statuses: one(TicketStatus::Closed),
                    ..Default::default()
                },
                "tickets_by_assignee",
                false,
            ),
            (TicketQuery { assignee: Some(None), ..Default::default() }, "tickets_by_assignee", false),
            (
                TicketQuery { search: Some("x".into()), limit: Some(5), ..Default::default() },
                "tickets_number_unique",
                false,
            ),
        ];
        for (query, index, sorts) in cases {
            assert_eq!(walk(&store, &query), (index.to_owned(), sorts), "{query:?}");
        }
        // Every other combination still seeks an index for its outer loop.
        for statuses in [vec![], one(TicketStatus::Closed), vec![TicketStatus::Open, TicketStatus::OnHold]] {
            for assignee in [None, Some(None), Some(Some(UserId::random()))] {
                for sort in TicketSort::ALL {
                    let query = TicketQuery {
                        statuses: statuses.clone(),
                        assignee,
                        priority: Some(Priority::Low),
                        search: Some("%".into()),
                        limit: Some(3),
                        sort,
                    };
                    walk(&store, &query);
                }
            }
        }
    }

    #[test]
    fn numbers_are_never_reused() {
        let mut team = test_support::team();
        let (org, creator) = (team.org, team.admin.user_id);
        let first = team.store.write(|tx| tx.allocate_ticket_number(org)).expect("number");
        assert_eq!(first, 1);
        let ticket = Ticket {
            ticket_id: 0,
            org_id: org,
            number: 2,
            title: "t".into(),
            description: String::new(),
            status: TicketStatus::Open,
            priority: Priority::Normal,
            requester: String::new(),
            assignee_id: None,
            creator_id: creator,
            created_at: test_support::t0(),
            updated_at: test_support::t0(),
        };
        team.store
            .write(|tx| {
                assert_eq!(tx.allocate_ticket_number(org)?, 2);
                tx.insert_ticket(&ticket)
            })
            .expect("inserted");
        // Even if a ticket row disappeared, its number stays taken.
        team.store.conn.execute("DELETE FROM tickets", []).expect("deleted");
        assert_eq!(team.store.write(|tx| tx.allocate_ticket_number(org)).expect("number"), 3);
        // A number that is somehow taken already is a conflict, not a second ticket.
        let err =
            team.store.write(|tx| tx.insert_ticket(&ticket).and(tx.insert_ticket(&ticket))).expect_err("dup");
        assert_eq!(err.kind(), crate::ErrorKind::Conflict);
        let missing = team.store.write(|tx| tx.allocate_ticket_number(OrgId::random()));
        assert_eq!(missing.expect_err("no org").kind(), crate::ErrorKind::Internal);
    }

    #[test]
    fn total_seconds_counts_ended_and_running_sessions() {
        let mut team = test_support::team();
        let (tom, tina, admin) = (team.technician.clone(), team.technician2.clone(), team.admin.clone());
        let t0 = test_support::t0();
        team.store
            .write(|tx| {
                for title in ["one", "two"] {
                    crate::ticket::create(tx, &tom, crate::ticket::NewTicket::titled(title), t0)?;
                }
                Ok(())
            })
            .expect("tickets");
        let insert = |user: UserId, ticket: i64, start: i64, end: Option<i64>| {
            team.store
                .conn
                .execute(
                    "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, start_at, end_at,
                         duration, utc_offset, source, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6 - ?5, 0, 'timer', ?5, ?5)",
                    params![
                        uuid::Uuid::new_v4().to_string(),
                        team.org,
                        user,
                        ticket,
                        t0.unix() + start,
                        end.map(|e| t0.unix() + e)
                    ],
                )
                .expect("session");
        };
        insert(tom.user_id, 1, 0, Some(600));
        insert(tom.user_id, 1, 600, Some(1500));
        insert(tom.user_id, 2, 2000, Some(2060));
        insert(tina.user_id, 1, 1000, None); // running since +1000
        let at = |secs: i64| t0.plus(secs).expect("ts");
        let mut total = |number: i64, now| {
            team.store.read(|tx| crate::ticket::show(tx, &admin, number, now)).expect("shown").total_seconds
        };
        assert_eq!(total(1, at(1000)), 1500);
        assert_eq!(total(1, at(4600)), 1500 + 3600);
        // A running session that starts after `now` (clock skew between clients) adds nothing.
        assert_eq!(total(1, at(500)), 1500);
        assert_eq!(total(2, at(4600)), 60);
        let listed = team
            .store
            .read(|tx| crate::ticket::list(tx, &admin, &Default::default(), at(4600)))
            .expect("listed");
        let totals: Vec<(i64, i64)> = listed.iter().map(|t| (t.number, t.total_seconds)).collect();
        assert_eq!(totals, [(2, 60), (1, 5100)]);
    }
}
