//! Idempotency keys: a write sent again with the key it was first sent with (a client retrying a
//! reply it never received) gets the first reply instead of running twice. The key and the reply
//! are stored in the write's own transaction, so either both exist or neither does.

use crate::error::{Error, Result};
use crate::id::{OrgId, UserId};
use crate::time::Timestamp;

/// How long a key is kept; a retry comes seconds after the first attempt.
pub const KEEP_SECS: i64 = 24 * 60 * 60;
/// The longest key accepted.
pub const MAX_KEY_LEN: usize = 128;

/// A reply stored under a key, with the digest of the request that earned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReply {
    pub request_digest: String,
    /// The reply's value as JSON text.
    pub value: String,
}

/// Storage questions about idempotency keys; each is scoped to one user of one organisation.
pub trait IdempotencyStore {
    fn stored_reply(&self, org: OrgId, user: UserId, key: &str) -> Result<Option<StoredReply>>;
    /// Stores a reply, dropping this user's keys older than `expired_before`.
    fn store_reply(
        &self,
        org: OrgId,
        user: UserId,
        key: &str,
        reply: &StoredReply,
        now: Timestamp,
        expired_before: Timestamp,
    ) -> Result<()>;
}

/// Checks a client's key: 1 to 128 letters, digits, `-` and `_` (a UUID fits).
pub fn check_key(key: &str) -> Result<()> {
    let valid = !key.is_empty()
        && key.len() <= MAX_KEY_LEN
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "the Idempotency-Key must be 1 to {MAX_KEY_LEN} letters, digits, '-' or '_'"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_short_plain_tokens() {
        assert!(check_key("0b9f5c1e-7d3a-4c1e-9a55-3f1f6f0d2b7a").is_ok());
        for bad in ["", "has space", "semi;colon", &"k".repeat(MAX_KEY_LEN + 1)] {
            assert!(check_key(bad).is_err(), "{bad:?}");
        }
    }
}
