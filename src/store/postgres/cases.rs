//! PostgreSQL queries for cases and their notes.

use postgres::Row;

use super::PgTx;
use super::types::{Values, get, params, shared_params};
use crate::case::{Case, CaseNote, CaseQuery, CaseRow, CaseStore, NoteRow};
use crate::error::{Error, Result};
use crate::id::{CaseId, IdPrefix, OrgId, UserId};
use crate::store::sql::{self, CASE_COLUMNS, CASE_JOINS, pg_sql};

fn row_from(r: &Row) -> Result<CaseRow> {
    Ok(CaseRow {
        case: Case {
            case_id: get(r, 0)?,
            org_id: get(r, 1)?,
            title: r.get(2),
            description: r.get(3),
            status: get(r, 4)?,
            priority: get(r, 5)?,
            owner_id: get(r, 6)?,
            ticket_id: r.get(7),
            created_at: get(r, 8)?,
            updated_at: get(r, 9)?,
        },
        owner: r.get(10),
        ticket_number: r.get(11),
        message_count: r.get(12),
    })
}

/// Builds the `case list` statement: the shared filters after PostgreSQL's own head.
fn list_statement(org: OrgId, query: &CaseQuery) -> (String, Values) {
    let mut values: Values = vec![Box::new(org)];
    let filters = sql::case_filters(&mut values, query);
    let sql = format!("SELECT {CASE_COLUMNS} FROM cases c {CASE_JOINS} WHERE c.org_id = $1{filters}");
    (sql, values)
}

impl CaseStore for PgTx<'_> {
    fn insert_case(&self, c: &Case) -> Result<()> {
        self.execute(pg_sql!(sql::INSERT_CASE), &shared_params(&sql::insert_case_values(c)))?;
        Ok(())
    }

    fn case_by_id(&self, org: OrgId, case: CaseId) -> Result<Option<CaseRow>> {
        self.optional_row(pg_sql!(sql::CASE_BY_ID), &[&org, &case], row_from)
    }

    fn cases_by_prefix(&self, org: OrgId, prefix: &IdPrefix, owner: Option<UserId>) -> Result<Vec<CaseId>> {
        self.ids_by_prefix(
            pg_sql!(sql::id_prefix_query!("cases", "case_id", "owner_id", "?3::TEXT IS NULL")),
            org,
            prefix,
            owner,
        )
    }

    fn update_case(&self, c: &Case) -> Result<()> {
        self.execute(pg_sql!(sql::UPDATE_CASE), &shared_params(&sql::update_case_values(c)))?;
        Ok(())
    }

    fn list_cases(&self, org: OrgId, query: &CaseQuery) -> Result<Vec<CaseRow>> {
        let (sql, values) = list_statement(org, query);
        self.rows(&sql, &params(&values), row_from)
    }

    fn insert_case_note(&self, n: &CaseNote) -> Result<i64> {
        // A note carries its case's organisation, so its author must belong to the same one.
        self.query_opt(
            "INSERT INTO case_notes (org_id, case_id, author_id, created_at, body)
             SELECT org_id, case_id, $2, $3, $4 FROM cases WHERE case_id = $1
             RETURNING note_id",
            &[&n.case_id, &n.author_id, &n.created_at, &n.body],
        )?
        .map(|r| r.get(0))
        .ok_or_else(|| Error::not_found(format!("no case {}", n.case_id)))
    }

    fn case_notes(&self, case: CaseId) -> Result<Vec<NoteRow>> {
        self.rows(pg_sql!(sql::CASE_NOTES), &[&case], |r| {
            Ok(NoteRow {
                note: CaseNote {
                    note_id: r.get(0),
                    case_id: get(r, 1)?,
                    author_id: get(r, 2)?,
                    created_at: get(r, 3)?,
                    body: r.get(4),
                },
                author: r.get(5),
            })
        })
    }
}
