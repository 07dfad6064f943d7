//! The one place stint reads the clock. Debug (test) builds honour `STINT_TEST_NOW` so tests
//! can pin and advance time; release builds compile that override out entirely.

use stint::time::Timestamp;

/// The current instant, read once per command.
#[allow(clippy::disallowed_methods)]
pub fn now() -> anyhow::Result<Timestamp> {
    #[cfg(debug_assertions)]
    if let Some(fixed) = std::env::var_os("STINT_TEST_NOW") {
        let text = fixed.to_string_lossy();
        let parsed = chrono::DateTime::parse_from_rfc3339(&text)
            .map_err(|e| anyhow::anyhow!("STINT_TEST_NOW must be RFC 3339: {e}"))?;
        return Ok(Timestamp::from_unix(parsed.timestamp())?);
    }
    Ok(Timestamp::from_unix(chrono::Utc::now().timestamp())?)
}

/// The pinned test clock as given, for a client to forward to a test server; always `None` in
/// release builds.
#[allow(clippy::disallowed_methods)]
pub fn test_now_text() -> Option<String> {
    #[cfg(debug_assertions)]
    if let Some(fixed) = std::env::var_os("STINT_TEST_NOW") {
        return Some(fixed.to_string_lossy().into_owned());
    }
    None
}
