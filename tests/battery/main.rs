//! The hostile-input, concurrency and crash battery (RELIABILITY.md): the real `stint` binary
//! against hostile input, racing processes, `kill -9`, broken filesystems and foreign files, with
//! the database's invariants checked after every case. Fast cases run in `cargo test`; the slow
//! ones (kill loops, load) are `#[ignore]`d and run by `tests/battery/run-all.sh`.

/// The battery runs against SQLite files: most of its cases are about the file itself.
const BACKEND: support::Backend = support::Backend::Sqlite;

#[path = "../cli/support.rs"]
mod support;

mod harness;
mod invariants;

mod auth;
mod concurrency;
mod crash;
mod filesystem;
mod foreign;
mod injection;
mod load;
mod overlap;
mod time_input;
