//! PostgreSQL queries for tags: names per organisation, and their links to work sessions.

use super::PgTx;
use crate::error::Result;
use crate::id::{OrgId, WorkSessionId};
use crate::work::WorkTagStore;

impl WorkTagStore for PgTx<'_> {
    fn work_session_tags(&self, org: OrgId, session: WorkSessionId) -> Result<Vec<String>> {
        Ok(self
            .query(
                "SELECT t.name FROM work_session_tags AS st
                 JOIN tags AS t ON t.org_id = st.org_id AND t.tag_id = st.tag_id
                 WHERE st.org_id = $1 AND st.work_session_id = $2
                 ORDER BY t.name",
                &[&org, &session],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn set_work_session_tags(&self, org: OrgId, session: WorkSessionId, tags: &[String]) -> Result<()> {
        self.execute(
            "DELETE FROM work_session_tags WHERE org_id = $1 AND work_session_id = $2",
            &[&org, &session],
        )?;
        for name in tags {
            self.execute(
                "INSERT INTO tags (org_id, name) VALUES ($1, $2) ON CONFLICT (org_id, name) DO NOTHING",
                &[&org, name],
            )?;
            self.execute(
                "INSERT INTO work_session_tags (org_id, work_session_id, tag_id)
                 SELECT $1, $2, tag_id FROM tags WHERE org_id = $1 AND name = $3",
                &[&org, &session, name],
            )?;
        }
        Ok(())
    }

    fn tag_id_by_name(&self, org: OrgId, name: &str) -> Result<Option<i64>> {
        Ok(self
            .query_opt("SELECT tag_id FROM tags WHERE org_id = $1 AND name = $2", &[&org, &name])?
            .map(|r| r.get(0)))
    }
}
