//! SQLite queries for tags: names per organisation, and their links to work sessions.

use rusqlite::{OptionalExtension, params};

use super::SqliteTx;
use crate::error::Result;
use crate::id::{OrgId, WorkSessionId};
use crate::work::WorkTagStore;

impl WorkTagStore for SqliteTx<'_> {
    fn work_session_tags(&self, org: OrgId, session: WorkSessionId) -> Result<Vec<String>> {
        let mut stmt = self.prepare_cached(
            "SELECT t.name FROM work_session_tags AS st JOIN tags AS t ON t.tag_id = st.tag_id
             WHERE st.work_session_id = ?1 AND st.org_id = ?2
             ORDER BY t.name",
        )?;
        let names = stmt.query_map(params![session, org], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    fn set_work_session_tags(&self, org: OrgId, session: WorkSessionId, tags: &[String]) -> Result<()> {
        self.prepare_cached("DELETE FROM work_session_tags WHERE work_session_id = ?1")?
            .execute([session])?;
        for name in tags {
            self.prepare_cached("INSERT INTO tags (org_id, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?
                .execute(params![org, name])?;
            self.prepare_cached(
                "INSERT INTO work_session_tags (org_id, work_session_id, tag_id)
                 SELECT ?2, ?1, tag_id FROM tags WHERE org_id = ?2 AND name = ?3",
            )?
            .execute(params![session, org, name])?;
        }
        Ok(())
    }

    fn tag_id_by_name(&self, org: OrgId, name: &str) -> Result<Option<i64>> {
        Ok(self
            .prepare_cached("SELECT tag_id FROM tags WHERE org_id = ?1 AND name = ?2")?
            .query_row(params![org, name], |r| r.get(0))
            .optional()?)
    }
}
