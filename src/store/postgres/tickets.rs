//! PostgreSQL queries for tickets and their total time.

use super::PgTx;
use super::types::{Values, params, shared_params};
use crate::error::{Error, Result};
use crate::id::OrgId;
use crate::store::sql::{self, Bind, TICKET_COLUMNS, TICKET_JOINS, pg_sql};
use crate::ticket::{Ticket, TicketQuery, TicketRow, TicketStore};
use crate::time::Timestamp;

/// Seconds of work on ticket `t`, running sessions counted up to parameter `$1`.
const TOTAL_SECONDS: &str = "(SELECT coalesce(sum(coalesce(w.end_at, greatest(w.start_at, $1)) - w.start_at), 0)::BIGINT \
     FROM work_sessions w WHERE w.ticket_id = t.ticket_id)";

/// Folds ASCII letters only (as SQLite's LIKE does), whatever the server's locale.
const ASCII_FOLD: &str = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'";

/// Builds the `ticket list` statement: the shared filters after PostgreSQL's own head.
fn list_statement(org: OrgId, query: &TicketQuery, now: Timestamp) -> (String, Values) {
    let mut values: Values = vec![Box::new(now), Box::new(org)];
    let filters = sql::ticket_filters(&mut values, query, |values, search| {
        // A literal substring, case-insensitive for ASCII letters only: `strpos` has no
        // wildcards, so nothing in the text needs escaping.
        let p = values.bind(search.to_ascii_lowercase());
        format!(
            " AND (strpos(translate(t.title, {ASCII_FOLD}), {p}) > 0 \
             OR strpos(translate(t.description, {ASCII_FOLD}), {p}) > 0)"
        )
    });
    let sql = format!(
        "SELECT {TICKET_COLUMNS}, {TOTAL_SECONDS} FROM tickets t {TICKET_JOINS} WHERE t.org_id = $2{filters}"
    );
    (sql, values)
}

impl TicketStore for PgTx<'_> {
    fn allocate_ticket_number(&self, org: OrgId) -> Result<i64> {
        // The update locks the organisation's row, so concurrent creators take turns.
        self.query_opt(pg_sql!(sql::ALLOCATE_TICKET_NUMBER), &[&org])?
            .map(|r| r.get(0))
            .ok_or_else(|| Error::internal("the organisation is missing"))
    }

    fn insert_ticket(&self, t: &Ticket) -> Result<i64> {
        Ok(self.query_one(pg_sql!(sql::INSERT_TICKET), &shared_params(&sql::insert_ticket_values(t)))?.get(0))
    }

    fn ticket_by_number(&self, org: OrgId, number: i64) -> Result<Option<TicketRow>> {
        self.optional_row(pg_sql!(sql::TICKET_BY_NUMBER), &[&org, &number], sql::ticket_row_from)
    }

    fn update_ticket(&self, t: &Ticket) -> Result<()> {
        self.execute(pg_sql!(sql::UPDATE_TICKET), &shared_params(&sql::update_ticket_values(t)))?;
        Ok(())
    }

    fn list_tickets(&self, org: OrgId, query: &TicketQuery, now: Timestamp) -> Result<Vec<(TicketRow, i64)>> {
        let (sql, values) = list_statement(org, query, now);
        self.rows(&sql, &params(&values), |r| Ok((sql::ticket_row_from(r)?, r.get(14))))
    }

    fn ticket_titles(&self, org: OrgId, digits: &str, limit: u32) -> Result<Vec<(i64, String)>> {
        self.rows(pg_sql!(sql::TICKET_TITLES), &[&org, &digits, &i64::from(limit)], |r| {
            Ok((r.get(0), r.get(1)))
        })
    }

    fn ticket_total_seconds(&self, ticket_id: i64, now: Timestamp) -> Result<i64> {
        Ok(self
            .query_one(
                "SELECT coalesce(sum(coalesce(end_at, greatest(start_at, $2)) - start_at), 0)::BIGINT
                 FROM work_sessions WHERE ticket_id = $1",
                &[&ticket_id, &now],
            )?
            .get(0))
    }
}
