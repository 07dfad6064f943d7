//! The CLI integration tests that exercise storage, run a third time through a real
//! `stint serve` (127.0.0.1:0, debug clock) over a temporary SQLite file: every command goes
//! over HTTP with the client's stored login token, so the outputs, exit codes
//! and database effects these tests assert are the server's. Operator commands (`init`, `demo`)
//! and tests of a database that is not there yet (`Env::empty`) run with direct access, as an
//! operator's would.

/// The store these tests run against.
const BACKEND: support::Backend = support::Backend::ServerSqlite;

#[path = "../cli/auth.rs"]
mod auth;
#[path = "../cli/cases.rs"]
mod cases;
#[path = "../cli/completion.rs"]
mod completion;
#[path = "../cli/demo.rs"]
mod demo;
#[path = "../cli/foundation.rs"]
mod foundation;
#[path = "../cli/import.rs"]
mod import;
#[path = "../cli/orgs.rs"]
mod orgs;
#[path = "../cli/report.rs"]
mod report;
#[path = "../cli/seed.rs"]
mod seed;
#[path = "../cli/session.rs"]
mod session;
#[path = "../cli_server_postgres/shutdown.rs"]
mod shutdown;
#[path = "../cli/snapshots.rs"]
mod snapshots;
#[path = "../cli/support.rs"]
mod support;
#[path = "../cli/tables.rs"]
mod tables;
#[path = "../cli/tags.rs"]
mod tags;
#[path = "../cli/tickets.rs"]
mod tickets;
#[path = "../cli/timer.rs"]
mod timer;
#[path = "../cli/users.rs"]
mod users;
