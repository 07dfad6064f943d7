//! `stint db check`: stint's own invariants, checked on any store in one read-only snapshot,
//! each broken one reported as a [`Violation`] as soon as it is found.
//!
//! What is checked, and what "increasing" means for audit ids:
//! - SQLite's `PRAGMA integrity_check` (SQLite only);
//! - the schema: the tables of the database's version, and the triggers, indexes and
//!   constraints that keep the rules below (a database without them accepts bad writes);
//! - no two of one user's non-empty work sessions overlap (half-open `[start, end)`, a running
//!   one reaching to infinity), at most one running timer per user, every stored duration
//!   equal to end − start (and present exactly when the session has ended);
//! - every reference (organisation, user, ticket, case, work session, tag) names a row that
//!   exists and belongs to the referring row's organisation. The audit log's `actor_id` is not
//!   a reference: users can be removed and their events stay;
//! - audit ids are positive and the counter that hands them out is past the largest one, so
//!   every new event sorts after every old one: the log's order is id order. Ids are not
//!   checked against `at`: a command reads the clock before it queues for the write lock, and
//!   clocks step back, so a later event may carry an earlier time.
//!
//! The SQL here is the same text in both dialects except where marked; it has no parameters.

use serde::Serialize;

use super::{Location, OpenOptions, Store, not_a_database};
use crate::error::Result;

crate::vocabulary::named_enum!(
    /// What kind of rule a violation breaks.
    ViolationKind, "violation kind", {
        Integrity => "integrity",
        Schema => "schema",
        Overlap => "overlap",
        Running => "running",
        Duration => "duration",
        Reference => "reference",
        Audit => "audit",
    }
);

/// One broken invariant: the row (table and id, when there is one) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub kind: ViolationKind,
    pub table: String,
    pub id: String,
    pub problem: String,
}

impl Violation {
    fn new(kind: ViolationKind, table: &str, id: impl Into<String>, problem: impl Into<String>) -> Self {
        Self { kind, table: table.to_owned(), id: id.into(), problem: problem.into() }
    }
}

/// Which schema object a check needs or a rule relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Object {
    Table,
    Index,
    Trigger,
    Constraint,
}

impl Object {
    fn as_str(self) -> &'static str {
        match self {
            Object::Table => "table",
            Object::Index => "index",
            Object::Trigger => "trigger",
            Object::Constraint => "constraint",
        }
    }
}

/// What a driver answers for the check: one read-only snapshot of its database.
pub(crate) trait CheckReader {
    /// Which dialect the SQL must be in.
    fn dialect(&self) -> Dialect;
    /// The schema version the database records.
    fn version(&mut self) -> Result<i64>;
    /// Whether a schema object of that kind and name is there.
    fn exists(&mut self, object: Object, name: &str) -> Result<bool>;
    /// Runs `sql` and hands each row, its columns read as optional text, to `each`.
    fn rows(&mut self, sql: &str, each: &mut dyn FnMut(&[Option<String>]) -> Result<()>) -> Result<()>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

/// The tables each schema version adds.
const TABLES: &[(i64, &str)] = &[
    (1, "organizations"),
    (1, "settings"),
    (1, "users"),
    (1, "login_sessions"),
    (1, "superseded_tokens"),
    (1, "tickets"),
    (1, "cases"),
    (1, "case_notes"),
    (1, "work_sessions"),
    (1, "audit_events"),
    (2, "login_failures"),
    (3, "idempotency_keys"),
    (5, "tags"),
    (5, "work_session_tags"),
];

/// The objects that keep stint's rules in each dialect (all from version 1).
const GUARDS_SQLITE: &[(Object, &str)] = &[
    (Object::Index, "work_sessions_one_running"),
    (Object::Trigger, "work_sessions_no_overlap_insert"),
    (Object::Trigger, "work_sessions_no_overlap_update"),
    (Object::Trigger, "audit_events_no_update"),
    (Object::Trigger, "audit_events_no_delete"),
];
/// The objects that keep the organisation name rule (from version 6): a login finds its
/// organisation by name, so two of one name would make it ambiguous.
const ORG_GUARDS_SQLITE: &[(Object, &str)] = &[
    (Object::Index, "organizations_name_unique"),
    (Object::Trigger, "organizations_name_format_insert"),
    (Object::Trigger, "organizations_name_format_update"),
];
const ORG_GUARDS_POSTGRES: &[(Object, &str)] =
    &[(Object::Index, "organizations_name_unique"), (Object::Constraint, "organizations_name_format")];
const GUARDS_POSTGRES: &[(Object, &str)] = &[
    (Object::Index, "work_sessions_one_running"),
    (Object::Constraint, "work_sessions_no_overlap"),
    (Object::Constraint, "work_sessions_duration_matches"),
    (Object::Trigger, "audit_events_no_update"),
    (Object::Trigger, "audit_events_no_truncate"),
];

/// Pairs of one user's non-empty sessions that overlap: ordered by (start, id), the later one
/// starts before the earlier one ends. The join seeks `work_sessions_by_user` from each
/// session's start, so a healthy database costs one short seek per session.
const OVERLAPS: &str = "SELECT b.work_session_id, a.work_session_id, u.username
    FROM work_sessions AS a
    JOIN work_sessions AS b ON b.user_id = a.user_id
        AND b.start_at >= a.start_at
        AND b.start_at < coalesce(a.end_at, 9223372036854775807)
        AND (b.start_at > a.start_at OR b.work_session_id > a.work_session_id)
    LEFT JOIN users AS u ON u.user_id = a.user_id
    WHERE (a.end_at IS NULL OR a.end_at > a.start_at) AND (b.end_at IS NULL OR b.end_at > b.start_at)
    ORDER BY a.user_id, a.start_at, b.start_at";

/// Each running session of a user after their first (by id).
const RUNNING: &str = "SELECT w.work_session_id, f.first_id, u.username
    FROM work_sessions AS w
    JOIN (SELECT user_id, min(work_session_id) AS first_id FROM work_sessions
          WHERE end_at IS NULL GROUP BY user_id HAVING count(*) > 1) AS f
        ON f.user_id = w.user_id AND w.work_session_id <> f.first_id
    LEFT JOIN users AS u ON u.user_id = w.user_id
    WHERE w.end_at IS NULL
    ORDER BY w.user_id, w.work_session_id";

const DURATIONS: &str = "SELECT work_session_id, CAST(start_at AS TEXT), CAST(end_at AS TEXT),
        CAST(duration AS TEXT)
    FROM work_sessions
    WHERE (end_at IS NULL) <> (duration IS NULL) OR end_at < start_at OR duration <> end_at - start_at
    ORDER BY work_session_id";

/// A reference from `table.column` to `parent.key`: rows whose value names no parent, or a
/// parent of another organisation. Columns: the row's id, the value, the parent's organisation
/// (NULL: no such parent), the row's organisation.
macro_rules! reference {
    ($table:literal, $id:literal, $column:literal, $parent:literal, $key:literal) => {
        concat!(
            "SELECT CAST(c.",
            $id,
            " AS TEXT), CAST(c.",
            $column,
            " AS TEXT), p.org_id, c.org_id FROM ",
            $table,
            " AS c LEFT JOIN ",
            $parent,
            " AS p ON p.",
            $key,
            " = c.",
            $column,
            " WHERE c.",
            $column,
            " IS NOT NULL AND (p.",
            $key,
            " IS NULL OR p.org_id <> c.org_id) ORDER BY 1"
        )
    };
}

/// One reference rule: the schema version it needs, the referring table and column, what the
/// value names, and the query in each dialect.
struct Reference {
    since: i64,
    table: &'static str,
    column: &'static str,
    names: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

macro_rules! same_org {
    ($since:literal, $table:literal, $id:literal, $column:literal, $parent:literal, $key:literal, $names:literal) => {
        Reference {
            since: $since,
            table: $table,
            column: $column,
            names: $names,
            sqlite: reference!($table, $id, $column, $parent, $key),
            postgres: reference!($table, $id, $column, $parent, $key),
        }
    };
}

const REFERENCES: &[Reference] = &[
    same_org!(1, "settings", "key", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "users", "user_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "login_sessions", "session_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "login_sessions", "session_id", "user_id", "users", "user_id", "user"),
    same_org!(1, "tickets", "number", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "tickets", "number", "assignee_id", "users", "user_id", "user"),
    same_org!(1, "tickets", "number", "creator_id", "users", "user_id", "user"),
    same_org!(1, "cases", "case_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "cases", "case_id", "owner_id", "users", "user_id", "user"),
    same_org!(1, "cases", "case_id", "ticket_id", "tickets", "ticket_id", "ticket"),
    // SQLite's notes carry no org_id: a note belongs to its case's organisation.
    Reference {
        since: 1,
        table: "case_notes",
        column: "case_id",
        names: "case",
        sqlite: "SELECT CAST(n.note_id AS TEXT), n.case_id, NULL, NULL FROM case_notes AS n
            LEFT JOIN cases AS c ON c.case_id = n.case_id WHERE c.case_id IS NULL ORDER BY 1",
        postgres: reference!("case_notes", "note_id", "case_id", "cases", "case_id"),
    },
    Reference {
        since: 1,
        table: "case_notes",
        column: "author_id",
        names: "user",
        sqlite: "SELECT CAST(n.note_id AS TEXT), n.author_id, u.org_id, c.org_id FROM case_notes AS n
            JOIN cases AS c ON c.case_id = n.case_id LEFT JOIN users AS u ON u.user_id = n.author_id
            WHERE u.user_id IS NULL OR u.org_id <> c.org_id ORDER BY 1",
        postgres: reference!("case_notes", "note_id", "author_id", "users", "user_id"),
    },
    same_org!(1, "work_sessions", "work_session_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(1, "work_sessions", "work_session_id", "user_id", "users", "user_id", "user"),
    same_org!(1, "work_sessions", "work_session_id", "ticket_id", "tickets", "ticket_id", "ticket"),
    same_org!(1, "work_sessions", "work_session_id", "case_id", "cases", "case_id", "case"),
    same_org!(1, "audit_events", "event_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(2, "login_failures", "last_failed_at", "org_id", "organizations", "org_id", "organisation"),
    same_org!(3, "idempotency_keys", "key", "org_id", "organizations", "org_id", "organisation"),
    same_org!(3, "idempotency_keys", "key", "user_id", "users", "user_id", "user"),
    same_org!(5, "tags", "name", "org_id", "organizations", "org_id", "organisation"),
    same_org!(5, "work_session_tags", "work_session_id", "org_id", "organizations", "org_id", "organisation"),
    same_org!(
        5,
        "work_session_tags",
        "work_session_id",
        "work_session_id",
        "work_sessions",
        "work_session_id",
        "work session"
    ),
    same_org!(5, "work_session_tags", "work_session_id", "tag_id", "tags", "tag_id", "tag"),
];

/// The smallest and largest audit id, and the largest id the counter has handed out (NULL:
/// none yet). SQLite's AUTOINCREMENT keeps it in `sqlite_sequence`; PostgreSQL's identity
/// column in its sequence.
const AUDIT_COUNTER_SQLITE: &str = "SELECT CAST(min(event_id) AS TEXT), CAST(max(event_id) AS TEXT),
        (SELECT CAST(seq AS TEXT) FROM sqlite_sequence WHERE name = 'audit_events')
    FROM audit_events";
const AUDIT_COUNTER_POSTGRES: &str = "SELECT CAST(min(event_id) AS TEXT), CAST(max(event_id) AS TEXT),
        CAST(pg_sequence_last_value(pg_get_serial_sequence('audit_events', 'event_id')::regclass) AS TEXT)
    FROM audit_events";

fn cell(row: &[Option<String>], i: usize) -> String {
    row.get(i).cloned().flatten().unwrap_or_default()
}

/// Runs every check on `reader`, handing each violation to `each`; returns how many there were.
pub(crate) fn run_checks(
    reader: &mut dyn CheckReader,
    integrity: &[String],
    each: &mut dyn FnMut(Violation) -> Result<()>,
) -> Result<u64> {
    let mut found = 0_u64;
    let mut report = |v: Violation| -> Result<()> {
        found += 1;
        each(v)
    };
    for line in integrity {
        report(Violation::new(ViolationKind::Integrity, "", "", line.clone()))?;
    }
    let version = reader.version()?;
    let dialect = reader.dialect();
    let mut missing: Vec<&str> = Vec::new();
    for &(since, table) in TABLES.iter().filter(|(since, _)| *since <= version) {
        if !reader.exists(Object::Table, table)? {
            missing.push(table);
            report(Violation::new(
                ViolationKind::Schema,
                table,
                "",
                format!("table {table} is missing (schema version {version} has it since version {since})"),
            ))?;
        }
    }
    let (guards, org_guards) = match dialect {
        Dialect::Sqlite => (GUARDS_SQLITE, ORG_GUARDS_SQLITE),
        Dialect::Postgres => (GUARDS_POSTGRES, ORG_GUARDS_POSTGRES),
    };
    let org_guards = if version >= 6 { org_guards } else { &[] };
    for &(object, name) in guards.iter().chain(org_guards) {
        if !reader.exists(object, name)? {
            report(Violation::new(
                ViolationKind::Schema,
                "",
                "",
                format!(
                    "{} {name} is missing: the database no longer refuses what it guards against",
                    object.as_str()
                ),
            ))?;
        }
    }
    let has = |tables: &[&str]| tables.iter().all(|t| !missing.contains(t));

    if has(&["work_sessions", "users"]) {
        reader.rows(OVERLAPS, &mut |row| {
            report(Violation::new(
                ViolationKind::Overlap,
                "work_sessions",
                cell(row, 0),
                format!("overlaps work session {} of the same user ({})", cell(row, 1), cell(row, 2)),
            ))
        })?;
        reader.rows(RUNNING, &mut |row| {
            report(Violation::new(
                ViolationKind::Running,
                "work_sessions",
                cell(row, 0),
                format!("a second running timer of {}: {} is running too", cell(row, 2), cell(row, 1)),
            ))
        })?;
        reader.rows(DURATIONS, &mut |row| {
            let (start, end, duration) = (cell(row, 1), cell(row, 2), cell(row, 3));
            let problem = match (end.is_empty(), duration.is_empty()) {
                (true, false) => format!("running, yet has a duration ({duration} s)"),
                (false, true) => format!("ended at {end}, yet has no duration"),
                _ => match (start.parse::<i64>(), end.parse::<i64>()) {
                    (Ok(s), Ok(e)) if e < s => format!("ends ({end}) before it starts ({start})"),
                    (Ok(s), Ok(e)) => format!("duration {duration} s, but end - start is {} s", e - s),
                    _ => format!("duration {duration} s does not match start {start} and end {end}"),
                },
            };
            report(Violation::new(ViolationKind::Duration, "work_sessions", cell(row, 0), problem))
        })?;
    }

    for r in REFERENCES.iter().filter(|r| r.since <= version) {
        let parent = match r.names {
            "organisation" => "organizations",
            "user" => "users",
            "ticket" => "tickets",
            "case" => "cases",
            "work session" => "work_sessions",
            _ => "tags",
        };
        if !has(&[r.table, parent]) {
            continue;
        }
        let sql = match dialect {
            Dialect::Sqlite => r.sqlite,
            Dialect::Postgres => r.postgres,
        };
        reader.rows(sql, &mut |row| {
            let value = cell(row, 1);
            let problem = match row.get(2).cloned().flatten() {
                None => format!("{} {value} names no {}", r.column, r.names),
                Some(other) => format!(
                    "{} {value} is a {} of organisation {other}, not of {}",
                    r.column,
                    r.names,
                    cell(row, 3)
                ),
            };
            report(Violation::new(ViolationKind::Reference, r.table, cell(row, 0), problem))
        })?;
    }

    if has(&["audit_events"]) {
        let sql = match dialect {
            Dialect::Sqlite => AUDIT_COUNTER_SQLITE,
            Dialect::Postgres => AUDIT_COUNTER_POSTGRES,
        };
        reader.rows(sql, &mut |row| {
            let number = |i: usize| row.get(i).cloned().flatten().and_then(|t| t.parse::<i64>().ok());
            let (Some(min), Some(max)) = (number(0), number(1)) else { return Ok(()) };
            if min < 1 {
                report(Violation::new(
                    ViolationKind::Audit,
                    "audit_events",
                    min.to_string(),
                    "audit event ids start at 1; this one is not positive",
                ))?;
            }
            let handed_out = number(2).unwrap_or(0);
            if handed_out < max {
                report(Violation::new(
                    ViolationKind::Audit,
                    "audit_events",
                    max.to_string(),
                    format!(
                        "the audit id counter stands at {handed_out}, behind this largest id: \
                         new events would not come after the old ones"
                    ),
                ))?;
            }
            Ok(())
        })?;
    }
    Ok(found)
}

impl Store {
    /// Checks the database at `location` without changing it (a read-only connection and
    /// transaction; pending migrations are not applied) and hands each violation to `each`.
    /// Returns how many were found. A database this stint cannot read at all (missing, foreign,
    /// a newer schema) is an error, as for every command.
    pub fn check(
        location: &Location,
        options: OpenOptions,
        each: &mut dyn FnMut(Violation) -> Result<()>,
    ) -> Result<u64> {
        match location {
            Location::File(path) => super::sqlite::SqliteStore::check(path, options, each),
            Location::Postgres(url) => super::postgres::PgStore::check(url, options, each),
            Location::Server(url) => Err(not_a_database(url)),
        }
    }
}
