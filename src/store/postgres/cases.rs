//! PostgreSQL queries for cases and their notes.

use super::PgTx;
use super::types::{Values, params, shared_params};
use crate::case::{Case, CaseNote, CaseQuery, CaseRow, CaseStore, NoteRow};
use crate::error::{Error, Result};
use crate::id::{CaseId, IdPrefix, OrgId, UserId};
use crate::store::sql::{self, CASE_COLUMNS, CASE_JOINS, pg_sql};

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
        self.optional_row(pg_sql!(sql::CASE_BY_ID), &[&org, &case], sql::case_row_from)
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
        self.rows(&sql, &params(&values), sql::case_row_from)
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
        self.rows(pg_sql!(sql::CASE_NOTES), &[&case], sql::note_row_from)
    }
}
