//! The CLI integration tests that exercise storage, run a second time against PostgreSQL (a
//! throwaway cluster per test process; see `src/store/postgres/cluster.rs`).

/// The store these tests run against.
const BACKEND: support::Backend = support::Backend::Postgres;

#[path = "../cli/auth.rs"]
mod auth;
#[path = "../cli/cases.rs"]
mod cases;
mod constraints;
#[path = "../cli/demo.rs"]
mod demo;
#[path = "../cli/foundation.rs"]
mod foundation;
#[path = "../cli/report.rs"]
mod report;
#[path = "../cli/seed.rs"]
mod seed;
#[path = "../cli/session.rs"]
mod session;
#[path = "../cli/support.rs"]
mod support;
#[path = "../cli/tickets.rs"]
mod tickets;
#[path = "../cli/timer.rs"]
mod timer;
#[path = "../cli/users.rs"]
mod users;
