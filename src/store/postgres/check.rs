//! `stint db check` on PostgreSQL: one `REPEATABLE READ READ ONLY` transaction, never
//! migrating, running the shared checks.

use postgres::IsolationLevel;
use postgres::fallible_iterator::FallibleIterator;

use super::{PgStore, connect, latest_version, map_error, redact};
use crate::error::{Error, Result};
use crate::store::OpenOptions;
use crate::store::check::{CheckReader, Dialect, Object, Violation, run_checks};

struct Reader<'a, 'c> {
    tx: &'a mut postgres::Transaction<'c>,
    version: i64,
}

impl CheckReader for Reader<'_, '_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn version(&mut self) -> Result<i64> {
        Ok(self.version)
    }

    fn exists(&mut self, object: Object, name: &str) -> Result<bool> {
        let sql = match object {
            Object::Table | Object::Index => "SELECT to_regclass($1) IS NOT NULL",
            Object::Trigger => "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = $1)",
            Object::Constraint => "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = $1)",
        };
        Ok(self.tx.query_one(sql, &[&name]).map_err(|e| map_error(&e))?.get(0))
    }

    fn rows(&mut self, sql: &str, each: &mut dyn FnMut(&[Option<String>]) -> Result<()>) -> Result<()> {
        let none: [&(dyn postgres::types::ToSql + Sync); 0] = [];
        let mut rows = self.tx.query_raw(sql, none).map_err(|e| map_error(&e))?;
        let mut cells = Vec::new();
        while let Some(row) = rows.next().map_err(|e| map_error(&e))? {
            cells.clear();
            for i in 0..row.len() {
                cells.push(row.try_get::<_, Option<String>>(i).map_err(|e| map_error(&e))?);
            }
            each(&cells)?;
        }
        Ok(())
    }
}

impl PgStore {
    /// Checks the database at `url` in one read-only snapshot, applying no migration.
    pub(crate) fn check(
        url: &str,
        options: OpenOptions,
        each: &mut dyn FnMut(Violation) -> Result<()>,
    ) -> Result<u64> {
        let shown = redact(url);
        let mut client = connect(url, options)?;
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(|e| map_error(&e))?;
        let has_schema: bool = tx
            .query_one("SELECT to_regclass('stint_schema') IS NOT NULL", &[])
            .map_err(|e| map_error(&e))?
            .get(0);
        let version: Option<i64> = if has_schema {
            tx.query_opt("SELECT version FROM stint_schema", &[])
                .map_err(|e| map_error(&e))?
                .map(|r| r.get(0))
        } else {
            None
        };
        let version = match version {
            Some(v) if v >= 1 => v,
            _ => {
                return Err(Error::unusable(format!(
                    "{shown} is not a stint database; create one with `stint init`"
                )));
            }
        };
        if version > latest_version() {
            return Err(Error::unusable(format!(
                "database {shown} has schema version {version}, newer than this stint understands ({}); upgrade stint",
                latest_version()
            )));
        }
        let found = run_checks(&mut Reader { tx: &mut tx, version }, &[], each)?;
        tx.rollback().map_err(|e| map_error(&e))?;
        Ok(found)
    }
}
