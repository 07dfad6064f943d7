//! The CLI integration tests that exercise storage, run a second time against PostgreSQL (a
//! throwaway cluster per test process; see `src/store/postgres/cluster.rs`). When the build
//! found no PostgreSQL server binaries (`build.rs`), none of them is compiled and one ignored
//! test says why, so a run without PostgreSQL never reports these tests as passed; under
//! `CI=true` they are compiled and run regardless, and fail.

#[cfg(not(any(stint_pg, stint_ci)))]
#[test]
#[ignore = "no PostgreSQL server binaries at build time, so the CLI tests on PostgreSQL did not run (install postgresql-15 or set STINT_PG_BINDIR, then touch build.rs)"]
fn postgresql_tests_did_not_run() {}

/// The store these tests run against.
#[cfg(any(stint_pg, stint_ci))]
const BACKEND: support::Backend = support::Backend::Postgres;

#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/auth.rs"]
mod auth;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/cases.rs"]
mod cases;
#[cfg(any(stint_pg, stint_ci))]
mod constraints;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/db.rs"]
mod db;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/db_check.rs"]
mod db_check;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/db_copy.rs"]
mod db_copy;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/demo.rs"]
mod demo;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/foundation.rs"]
mod foundation;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/import.rs"]
mod import;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/orgs.rs"]
mod orgs;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/report.rs"]
mod report;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/seed.rs"]
mod seed;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/session.rs"]
mod session;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/snapshots.rs"]
mod snapshots;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/support.rs"]
mod support;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/tags.rs"]
mod tags;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/tickets.rs"]
mod tickets;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/timer.rs"]
mod timer;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/users.rs"]
mod users;
