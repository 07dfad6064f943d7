//! The CLI integration tests that exercise storage, run a fourth time through a real
//! `stint serve` (127.0.0.1:0, debug clock) over a database of the throwaway PostgreSQL cluster
//! (`src/store/postgres/cluster.rs`). Compiled only when the build found PostgreSQL, or under
//! `CI=true`, like `tests/cli_postgres`. Operator commands (`init`, `demo`) and tests of a
//! database that is not there yet (`Env::empty`) run with direct access, as an operator's would.

#[cfg(not(any(stint_pg, stint_ci)))]
#[test]
#[ignore = "no PostgreSQL server binaries at build time, so the CLI tests through a server on PostgreSQL did not run (install postgresql-15 or set STINT_PG_BINDIR, then touch build.rs)"]
fn postgresql_server_tests_did_not_run() {}

/// The store these tests run against.
#[cfg(any(stint_pg, stint_ci))]
const BACKEND: support::Backend = support::Backend::ServerPostgres;

#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/auth.rs"]
mod auth;
#[cfg(any(stint_pg, stint_ci))]
#[path = "../cli/cases.rs"]
mod cases;
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
mod shutdown;
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
