//! The CLI integration tests that exercise storage, run a second time against PostgreSQL (a
//! throwaway cluster per test process; see `src/store/postgres/cluster.rs`).

/// The store these tests run against.
const BACKEND: support::Backend = support::Backend::Postgres;

#[path = "../cli/auth.rs"]
mod auth;
#[path = "../cli/support.rs"]
mod support;
