//! The integration test binary: every workflow through the real `stint` executable.

/// The store these tests run against.
const BACKEND: support::Backend = support::Backend::Sqlite;

mod auth;
mod foundation;
mod support;
