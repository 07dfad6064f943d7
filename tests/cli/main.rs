//! The integration test binary: every workflow through the real `stint` executable.

mod auth;
mod cases;
mod demo;
mod foundation;
mod report;
mod seed;
mod session;
mod support;
mod tickets;
mod timer;
