//! Typed errors of the core, grouped into the kinds the binary maps to exit codes.

use std::fmt;

/// What went wrong, at the level a script cares about; the binary maps each kind to one exit
/// code (see `README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad input: a malformed value, an unknown key, a rule the input breaks on its own.
    Invalid,
    /// The named object does not exist (or is not visible to the actor).
    NotFound,
    /// No valid login session, or bad credentials.
    Unauthenticated,
    /// The actor's role lacks the capability.
    PermissionDenied,
    /// The change clashes with existing state: duplicates, overlaps, limits, last admin.
    Conflict,
    /// The database stayed locked past the busy timeout; retrying is safe.
    Busy,
    /// The database file cannot be used: missing, foreign, corrupt, newer, unsafe.
    Unusable,
    /// Anything else: I/O, a broken invariant, a bug.
    Internal,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::Invalid,
        ErrorKind::NotFound,
        ErrorKind::Unauthenticated,
        ErrorKind::PermissionDenied,
        ErrorKind::Conflict,
        ErrorKind::Busy,
        ErrorKind::Unusable,
        ErrorKind::Internal,
    ];

    /// The kind's name in the HTTP API's error bodies.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Invalid => "invalid",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Unauthenticated => "unauthenticated",
            ErrorKind::PermissionDenied => "permission_denied",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Busy => "busy",
            ErrorKind::Unusable => "unusable",
            ErrorKind::Internal => "internal",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// A core error: a kind plus a one-line message meant for the person at the terminal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self { kind, message: message.into() }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unauthenticated, message)
    }
    pub fn denied(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::PermissionDenied, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Busy, message)
    }
    pub fn unusable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unusable, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
    pub fn message(&self) -> &str {
        &self.message
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
