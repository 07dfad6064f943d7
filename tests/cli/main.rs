//! The integration test binary: every workflow through the real `stint` executable.

mod auth;
mod foundation;
mod support;
mod tickets;
