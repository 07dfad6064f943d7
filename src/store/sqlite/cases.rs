//! SQLite queries for cases and their notes.

use rusqlite::{params, params_from_iter};

use super::SqliteTx;
use super::types::Values;
use crate::case::{Case, CaseNote, CaseQuery, CaseRow, CaseStore, NoteRow};
use crate::error::Result;
use crate::id::{CaseId, IdPrefix, OrgId, UserId};
use crate::store::sql::{self, CASE_COLUMNS, CASE_JOINS};

/// Builds the `case list` statement: the shared filters after SQLite's own head.
fn list_statement(org: OrgId, query: &CaseQuery) -> (String, Values) {
    let mut values: Values = vec![Box::new(org)];
    // Without statistics the planner may walk the whole organisation in date order rather than
    // seek one owner's few cases; name the index that is right whatever the data.
    let hint = if query.owner.is_some() { " INDEXED BY cases_by_owner" } else { "" };
    let filters = sql::case_filters(&mut values, query);
    let sql = format!("SELECT {CASE_COLUMNS} FROM cases c{hint} {CASE_JOINS} WHERE c.org_id = ?1{filters}");
    (sql, values)
}

/// Case ids in the primary-key range a prefix spans. The unary `+` keeps the planner from
/// walking an organisation index instead of seeking that range.
const PREFIX_QUERY: &str = "SELECT case_id FROM cases
     WHERE case_id >= ?2 AND case_id < ?2 || 'g' AND +org_id = ?1 AND (?3 IS NULL OR owner_id = ?3)
     ORDER BY case_id LIMIT 11";

impl CaseStore for SqliteTx<'_> {
    fn insert_case(&self, c: &Case) -> Result<()> {
        self.prepare_cached(sql::INSERT_CASE)?.execute(params_from_iter(sql::insert_case_values(c)))?;
        Ok(())
    }

    fn case_by_id(&self, org: OrgId, case: CaseId) -> Result<Option<CaseRow>> {
        self.optional_row(sql::CASE_BY_ID, params![org, case], |r| sql::case_row_from(r))
    }

    fn cases_by_prefix(&self, org: OrgId, prefix: &IdPrefix, owner: Option<UserId>) -> Result<Vec<CaseId>> {
        self.ids_by_prefix(PREFIX_QUERY, org, prefix, owner)
    }

    fn update_case(&self, c: &Case) -> Result<()> {
        self.prepare_cached(sql::UPDATE_CASE)?.execute(params_from_iter(sql::update_case_values(c)))?;
        Ok(())
    }

    fn list_cases(&self, org: OrgId, query: &CaseQuery) -> Result<Vec<CaseRow>> {
        let (sql, values) = list_statement(org, query);
        self.rows(&sql, params_from_iter(values), |r| sql::case_row_from(r))
    }

    fn insert_case_note(&self, n: &CaseNote) -> Result<i64> {
        self.prepare_cached(
            "INSERT INTO case_notes (case_id, author_id, created_at, body) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![n.case_id, n.author_id, n.created_at, n.body])?;
        Ok(self.last_insert_rowid())
    }

    fn case_notes(&self, case: CaseId) -> Result<Vec<NoteRow>> {
        self.rows(sql::CASE_NOTES, [case], |r| sql::note_row_from(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CaseSort, CaseStatus};
    use crate::store::sqlite::{SqliteStore, test_support};

    fn plan(store: &SqliteStore, sql: &str, values: Values) -> Vec<String> {
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explain");
        let rows = stmt.query_map(params_from_iter(values), |r| r.get::<_, String>(3)).expect("plan");
        let lines: Vec<String> = rows.collect::<rusqlite::Result<_>>().expect("rows");
        assert!(lines.iter().all(|l| !l.starts_with("SCAN")), "a table scan: {lines:#?}");
        lines
    }

    #[test]
    fn list_filters_seek_indexes() {
        let store = test_support::memory_store();
        let owner = Some(UserId::random());
        let cases = [
            (CaseQuery { owner, ..Default::default() }, "cases_by_owner"),
            (CaseQuery { owner, sort: CaseSort::Oldest, ..Default::default() }, "cases_by_owner"),
            (CaseQuery { owner, statuses: vec![CaseStatus::Closed], ..Default::default() }, "cases_by_owner"),
            (CaseQuery::default(), "cases_by_org"),
            (CaseQuery { sort: CaseSort::Updated, ..Default::default() }, "cases_by_updated"),
            (CaseQuery { statuses: vec![CaseStatus::Open], ..Default::default() }, "cases_by_status"),
        ];
        for (query, index) in cases {
            let (sql, values) = list_statement(OrgId::random(), &query);
            let lines = plan(&store, &sql, values);
            let walk = lines.iter().find(|l| l.starts_with("SEARCH c ")).expect("cases line");
            assert!(walk.contains(&format!("USING INDEX {index} ")), "{query:?}: {lines:#?}");
            assert!(!lines.iter().any(|l| l.contains("TEMP B-TREE")), "{query:?}: {lines:#?}");
            assert!(
                lines.iter().any(|l| l.contains("USING COVERING INDEX case_notes_by_case")),
                "{lines:#?}"
            );
        }
        for owner in [None, owner] {
            for statuses in [vec![], vec![CaseStatus::Closed, CaseStatus::Archived]] {
                for sort in CaseSort::ALL {
                    let query = CaseQuery { statuses: statuses.clone(), owner, limit: Some(5), sort };
                    let (sql, values) = list_statement(OrgId::random(), &query);
                    plan(&store, &sql, values);
                }
            }
        }
    }

    #[test]
    fn prefix_lookup_seeks_the_primary_key() {
        let store = test_support::memory_store();
        let values: Values = vec![Box::new("org"), Box::new("abcd"), Box::new(rusqlite::types::Null)];
        let lines = plan(&store, PREFIX_QUERY, values);
        assert!(lines[0].contains("sqlite_autoindex_cases_1 (case_id>? AND case_id<?)"), "{lines:#?}");
    }
}
