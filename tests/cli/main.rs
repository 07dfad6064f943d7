//! The integration test binary: every workflow through the real `stint` executable.

/// The store these tests run against.
const BACKEND: support::Backend = support::Backend::Sqlite;

mod auth;
mod cases;
mod client_config;
mod completion;
mod db;
mod db_check;
mod db_copy;
mod demo;
mod foundation;
mod import;
mod orgs;
mod report;
mod seed;
mod session;
mod snapshots;
mod support;
mod table_views;
mod tables;
mod tags;
mod tickets;
mod timer;
mod usage;
mod users;
