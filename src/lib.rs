//! The stint core: domain rules over a storage trait, with no terminal, environment or clock.
//!
//! Every command of the binary is one call into this crate inside one transaction: the caller
//! passes plain values and the current instant, and gets typed results or an [`Error`].
#![forbid(unsafe_code)]
// The core never prints: it returns values and errors for the binary to render.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod actor;
pub mod audit;
pub mod auth;
pub mod case;
pub mod demo;
pub mod error;
pub mod id;
pub mod idempotency;
pub mod import_formats;
pub mod org;
pub mod password;
pub mod permission;
pub mod report;
pub mod server;
pub mod server_url;
pub mod service;
pub mod settings;
pub mod setup;
pub mod store;
pub mod text;
pub mod ticket;
pub mod time;
pub mod user;
pub mod vocabulary;
pub mod work;
pub mod zone;

pub use error::{Error, ErrorKind, Result};
