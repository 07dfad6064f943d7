//! `stint db copy` on PostgreSQL: reading every table from one repeatable-read snapshot, and
//! writing an empty database in one transaction that also creates its schema, so a failure or
//! a killed client leaves the database exactly as it was.

use std::cell::{Cell, RefCell};

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use postgres::{IsolationLevel, Row};

use super::{MIGRATION_LOCK, PgStore, PgTx, connect, latest_version, map_error, migrations, redact};
use crate::error::{Error, Result};
use crate::store::copy::{Fill, Source, Table, Target, Value};
use crate::store::{OpenOptions, Tx};

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) if *ty == Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
            Value::Int(n) => n.to_sql(ty, out),
            Value::Text(text) => text.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(*ty, Type::INT8 | Type::INT4 | Type::TEXT)
    }

    to_sql_checked!();
}

fn values(row: &Row, table: &Table, into: &mut Vec<Value>) -> Result<()> {
    into.clear();
    for (i, column) in row.columns().iter().enumerate() {
        let cell = match *column.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i).map(|v| v.map(Value::Int)),
            Type::INT4 => row.try_get::<_, Option<i32>>(i).map(|v| v.map(|n| Value::Int(n.into()))),
            Type::TEXT => row.try_get::<_, Option<String>>(i).map(|v| v.map(Value::Text)),
            _ => {
                return Err(Error::unusable(format!(
                    "the table {} has a column of a type stint never writes",
                    table.name
                )));
            }
        };
        into.push(cell.map_err(|e| map_error(&e))?.unwrap_or(Value::Null));
    }
    Ok(())
}

fn for_each(
    tx: &mut postgres::Transaction<'_>,
    table: &Table,
    each: &mut dyn FnMut(&[Value]) -> Result<()>,
) -> Result<()> {
    let none: [&(dyn ToSql + Sync); 0] = [];
    let mut rows = tx.query_raw(table.select().as_str(), none).map_err(|e| map_error(&e))?;
    let mut cells = Vec::with_capacity(table.columns.len());
    while let Some(row) = rows.next().map_err(|e| map_error(&e))? {
        values(&row, table, &mut cells)?;
        each(&cells)?;
    }
    Ok(())
}

/// Drops `table`'s secondary indexes, foreign keys and exclusion constraints, and returns the
/// statements that put each back exactly as the catalog defines it. Checked row by row, the
/// foreign keys alone cost three lookups per copied session; built and validated once after the
/// data, every rule is still checked before commit, in one pass per index or constraint. The
/// primary key and unique constraints stay: they order the table and other tables refer to them.
fn defer_checks(tx: &mut postgres::Transaction<'_>, table: &str) -> Result<Vec<String>> {
    let query = |tx: &mut postgres::Transaction<'_>, sql: &str| {
        let rows = tx.query(sql, &[&table]).map_err(|e| map_error(&e))?;
        rows.iter()
            .map(|row| Ok((row.try_get::<_, String>(0)?, row.try_get::<_, String>(1)?)))
            .collect::<std::result::Result<Vec<_>, postgres::Error>>()
            .map_err(|e| map_error(&e))
    };
    let indexes = query(
        tx,
        "SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i \
         JOIN pg_class c ON c.oid = i.indexrelid \
         WHERE i.indrelid = $1::text::regclass \
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) \
         ORDER BY c.relname",
    )?;
    let constraints = query(
        tx,
        "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint \
         WHERE conrelid = $1::text::regclass AND contype IN ('f', 'x') ORDER BY conname",
    )?;
    let mut restore = Vec::with_capacity(indexes.len() + constraints.len());
    for (name, definition) in indexes {
        tx.batch_execute(&format!("DROP INDEX {name}")).map_err(|e| map_error(&e))?;
        restore.push(definition);
    }
    for (name, definition) in constraints {
        tx.batch_execute(&format!("ALTER TABLE {table} DROP CONSTRAINT {name}"))
            .map_err(|e| map_error(&e))?;
        restore.push(format!("ALTER TABLE {table} ADD CONSTRAINT {name} {definition}"));
    }
    Ok(restore)
}

struct Snapshot<'c>(postgres::Transaction<'c>);

impl Source for Snapshot<'_> {
    fn for_each_row(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        for_each(&mut self.0, table, each)
    }
}

/// The empty database's one write transaction.
struct Empty<'c> {
    pg: PgTx<'c>,
}

impl Source for Empty<'_> {
    fn for_each_row(&mut self, table: &Table, each: &mut dyn FnMut(&[Value]) -> Result<()>) -> Result<()> {
        for_each(&mut *self.pg.tx()?, table, each)
    }
}

impl Target for Empty<'_> {
    /// Binary COPY: rows stream to the server as they are read, and COPY takes the given ids
    /// even for `GENERATED ALWAYS` identity columns.
    fn write_table(&mut self, table: &Table, fill: &mut Fill<'_>) -> Result<()> {
        let columns = table.columns.join(", ");
        let mut tx = self.pg.tx()?;
        let probe = format!("SELECT {columns} FROM {} LIMIT 0", table.name);
        let types: Vec<Type> = tx
            .prepare(&probe)
            .map_err(|e| map_error(&e))?
            .columns()
            .iter()
            .map(|c| c.type_().clone())
            .collect();
        let deferred = defer_checks(&mut tx, table.name)?;
        let copy = format!("COPY {} ({columns}) FROM STDIN (FORMAT binary)", table.name);
        let sink = tx.copy_in(copy.as_str()).map_err(|e| map_error(&e))?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        fill(&mut |row| {
            let refs: Vec<&(dyn ToSql + Sync)> = row.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
            writer.write(&refs).map_err(|e| map_error(&e))
        })?;
        writer.finish().map_err(|e| map_error(&e))?;
        for statement in &deferred {
            tx.batch_execute(statement).map_err(|e| map_error(&e))?;
        }
        if let Some(id) = table.identity {
            // The next id handed out follows the largest copied one, as on the source.
            let name = table.name;
            let setval = format!(
                "SELECT setval(pg_get_serial_sequence('{name}', '{id}'), coalesce(max({id}), 0) + 1, false) FROM {name}"
            );
            tx.query_one(setval.as_str(), &[]).map_err(|e| map_error(&e))?;
        }
        Ok(())
    }

    fn tx(&self) -> &dyn Tx {
        &self.pg
    }
}

impl PgStore {
    /// Runs `work` over this database as one read-only, repeatable-read snapshot.
    pub(crate) fn with_copy_source<T>(
        &mut self,
        work: &mut dyn FnMut(&mut dyn Source) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(|e| map_error(&e))?;
        let mut snapshot = Snapshot(tx);
        let outcome = work(&mut snapshot);
        let _ = snapshot.0.rollback();
        outcome
    }

    /// Creates the current schema in an empty database and runs `work` in the same transaction,
    /// committing only if `work` succeeds. A newer schema is unusable (exit 8); a database
    /// that already holds an organisation is a conflict (exit 6).
    pub(crate) fn copy_into_empty<T>(
        url: &str,
        options: OpenOptions,
        work: &mut dyn FnMut(&mut dyn Target) -> Result<T>,
    ) -> Result<T> {
        let shown = redact(url);
        let mut client = connect(url, options)?;
        let mut tx = client.transaction().map_err(|e| map_error(&e))?;
        let run =
            |tx: &mut postgres::Transaction<'_>, sql: &str| tx.batch_execute(sql).map_err(|e| map_error(&e));
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).map_err(|e| map_error(&e))?;
        run(&mut tx, migrations::BOOTSTRAP)?;
        let version: i64 =
            tx.query_one("SELECT version FROM stint_schema", &[]).map_err(|e| map_error(&e))?.get(0);
        if version > latest_version() {
            return Err(Error::unusable(format!(
                "database {shown} has schema version {version}, newer than this stint understands ({}); upgrade stint",
                latest_version()
            )));
        }
        let from = usize::try_from(version).map_err(|_| Error::unusable("negative schema version"))?;
        if from > 0 {
            let used: bool = tx
                .query_one("SELECT EXISTS (SELECT 1 FROM organizations)", &[])
                .map_err(|e| map_error(&e))?
                .get(0);
            if used {
                return Err(Error::conflict(format!(
                    "{shown} already holds a stint database; stint db copy writes only into an empty one"
                )));
            }
        }
        for migration in &migrations::MIGRATIONS[from..] {
            run(&mut tx, migration)?;
        }
        tx.execute("UPDATE stint_schema SET version = $1", &[&latest_version()])
            .map_err(|e| map_error(&e))?;
        let mut target = Empty { pg: PgTx { tx: RefCell::new(tx), retryable: Cell::new(false) } };
        let value = work(&mut target)?;
        target.pg.tx.into_inner().commit().map_err(|e| map_error(&e))?;
        Ok(value)
    }
}
