//! Password hashing with Argon2id at OWASP's minimum parameters, stored as PHC strings.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, Result};

/// OWASP's minimum for Argon2id: 19 MiB of memory, two passes, one lane.
const MEMORY_KIB: u32 = 19_456;
const ITERATIONS: u32 = 2;
const LANES: u32 = 1;

/// Passwords longer than this are refused before hashing, so a huge input costs nothing.
pub const MAX_PASSWORD_BYTES: usize = 1024;
pub const MIN_PASSWORD_CHARS: usize = 8;

fn hasher() -> Result<Argon2<'static>> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None)
        .map_err(|e| Error::internal(format!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Checks a new password against the length rules.
pub fn check_strength(password: &str) -> Result<()> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(Error::invalid(format!("password is longer than {MAX_PASSWORD_BYTES} bytes")));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::invalid(format!("password must have at least {MIN_PASSWORD_CHARS} characters")));
    }
    if password.contains('\0') {
        return Err(Error::invalid("password must not contain NUL bytes"));
    }
    Ok(())
}

/// Hashes a password into a PHC string with a fresh random salt.
pub fn hash(password: &str) -> Result<String> {
    check_strength(password)?;
    let mut salt_bytes = [0_u8; 16];
    getrandom::fill(&mut salt_bytes).map_err(|e| Error::internal(format!("random source: {e}")))?;
    let salt =
        SaltString::encode_b64(&salt_bytes).map_err(|e| Error::internal(format!("salt encoding: {e}")))?;
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::internal(format!("password hashing: {e}")))
}

/// The outcome of checking a password against a stored hash.
#[derive(Debug, PartialEq, Eq)]
pub enum Verified {
    No,
    Yes,
    /// Correct, but the stored hash used other parameters: store this fresh one instead.
    YesRehashed(String),
}

/// Verifies a password; a stored hash with outdated parameters is re-hashed.
pub fn verify(password: &str, stored: &str) -> Result<Verified> {
    if password.len() > MAX_PASSWORD_BYTES {
        return Ok(Verified::No);
    }
    let parsed = PasswordHash::new(stored)
        .map_err(|e| Error::internal(format!("stored password hash is malformed: {e}")))?;
    if hasher()?.verify_password(password.as_bytes(), &parsed).is_err() {
        return Ok(Verified::No);
    }
    let current = parsed.algorithm.as_str() == "argon2id"
        && Params::try_from(&parsed)
            .is_ok_and(|p| p.m_cost() == MEMORY_KIB && p.t_cost() == ITERATIONS && p.p_cost() == LANES);
    if current { Ok(Verified::Yes) } else { Ok(Verified::YesRehashed(hash(password)?)) }
}

/// A hash of a random password, verified against when a user does not exist, so that an
/// unknown name and a wrong password take the same time.
pub fn decoy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c3RpbnQtZGVjb3ktc2FsdA$Zo6Cj0o3mBj2PNqM2b0pQn2Q6Gv7vYVJ0oVZt3i2N3k"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_phc_at_owasp_minimum() {
        let h = hash("correct horse").expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_eq!(verify("correct horse", &h), Ok(Verified::Yes));
        assert_eq!(verify("wrong horse", &h), Ok(Verified::No));
    }

    #[test]
    fn outdated_parameters_are_rehashed() {
        let weak =
            Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8, 1, 1, None).expect("params"));
        let salt = SaltString::encode_b64(b"0123456789abcdef").expect("salt");
        let old = weak.hash_password(b"correct horse", &salt).expect("hash").to_string();
        match verify("correct horse", &old) {
            Ok(Verified::YesRehashed(new)) => assert!(new.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")),
            other => panic!("expected a rehash, got {other:?}"),
        }
    }

    #[test]
    fn length_rules() {
        assert!(check_strength("short").is_err());
        assert!(check_strength(&"x".repeat(MAX_PASSWORD_BYTES + 1)).is_err());
        assert!(check_strength("long enough").is_ok());
        assert_eq!(verify(&"x".repeat(MAX_PASSWORD_BYTES + 1), decoy_hash()), Ok(Verified::No));
    }

    #[test]
    fn decoy_hash_parses() {
        assert_eq!(verify("anything at all", decoy_hash()), Ok(Verified::No));
    }
}
