//! What `stint serve` and its client agree on: header names, the API version, error bodies and
//! the HTTP status of each error kind. Both sides use these definitions, so they cannot drift.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// The major version of the HTTP API; a client and a server of different majors refuse each
/// other (exit 8) rather than guess.
pub const API_VERSION: &str = "1";

pub const API_VERSION_HEADER: &str = "stint-api-version";
pub const SERVER_VERSION_HEADER: &str = "stint-server-version";
pub const CLIENT_ID_HEADER: &str = "stint-client-id";
pub const ZONE_HEADER: &str = "stint-zone";
pub const REQUEST_ID_HEADER: &str = "stint-request-id";
pub const BUSY_TIMEOUT_HEADER: &str = "stint-busy-timeout-ms";
/// A fresh UUID per write command; a retry of a lost reply sends the same one.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Honoured only by a debug build of the server started with `--test-clock`.
pub const TEST_NOW_HEADER: &str = "stint-test-now";

/// The largest JSON request body a server reads.
pub const MAX_JSON_BODY: usize = 256 * 1024;
/// The largest JSON response body a client reads (a long list of cases or users).
pub const MAX_RESPONSE_BODY: u64 = 64 * 1024 * 1024;

/// The longest line of a streamed listing a client reads (a session with a 2,000-character
/// note is far below it).
pub const MAX_LINE_BYTES: u64 = 1024 * 1024;

/// The last line of a streamed listing: `{"end": {"count": N, "warning": ...}}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamEnd {
    pub end: EndDetail,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EndDetail {
    pub count: u64,
    pub warning: Option<String>,
}

/// `{"error": {"kind": "...", "message": "..."}}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub kind: String,
    pub message: String,
}

impl ErrorBody {
    pub fn of(error: &Error) -> Self {
        Self {
            error: ErrorDetail {
                kind: error.kind().as_str().to_owned(),
                message: error.message().to_owned(),
            },
        }
    }

    /// The core error the body describes; an unknown kind (a newer server) counts as internal.
    pub fn into_error(self) -> Error {
        let kind = ErrorKind::from_name(&self.error.kind).unwrap_or(ErrorKind::Internal);
        Error::new(kind, self.error.message)
    }
}

/// The HTTP status a server answers an error kind with. The client decides by the body's
/// kind, never by the status: the status is for proxies and people reading logs.
pub fn status_of(kind: ErrorKind) -> u16 {
    match kind {
        ErrorKind::Invalid => 400,
        ErrorKind::NotFound => 404,
        ErrorKind::Unauthenticated => 401,
        ErrorKind::PermissionDenied => 403,
        ErrorKind::Conflict => 409,
        ErrorKind::Busy => 503,
        ErrorKind::Unusable | ErrorKind::Internal => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_survives_the_wire() {
        for kind in ErrorKind::ALL {
            let error = Error::new(kind, "a message");
            let text = serde_json::to_string(&ErrorBody::of(&error)).expect("serialise");
            let back: ErrorBody = serde_json::from_str(&text).expect("parse");
            assert_eq!(back.into_error(), error);
        }
    }

    #[test]
    fn an_unknown_kind_is_internal() {
        let body = ErrorBody { error: ErrorDetail { kind: "novel".into(), message: "m".into() } };
        assert_eq!(body.into_error().kind(), ErrorKind::Internal);
    }
}
