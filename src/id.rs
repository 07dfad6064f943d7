//! Identifier newtypes: one per kind of object, each a UUID v4 shown in hyphenated lower case.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(uuid::Uuid);

        impl $name {
            /// A fresh random (v4) id.
            pub fn random() -> Self {
                Self(uuid::Uuid::new_v4())
            }
            /// The first eight hex digits: how tables and messages name it, and a prefix that
            /// input accepts.
            pub fn short(&self) -> String {
                self.to_string()[..8].to_owned()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                uuid::Uuid::try_parse(s)
                    .map(Self)
                    .map_err(|_| Error::invalid(format!("not a valid {}: {s:?}", $what)))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

uuid_id!(
    /// The tenant every row belongs to.
    OrgId,
    "organisation id"
);
uuid_id!(
    /// A user's stable id; the username is the human handle.
    UserId,
    "user id"
);
uuid_id!(
    /// A login session (authenticated connection of one user from one client).
    LoginSessionId,
    "login session id"
);
uuid_id!(
    /// A device: one user account on one machine, kept in stint's config directory.
    ClientId,
    "client id"
);
uuid_id!(
    /// A troubleshooting case.
    CaseId,
    "case id"
);
uuid_id!(
    /// A work session (one interval of work).
    WorkSessionId,
    "work session id"
);

/// User input naming an object by UUID or by a unique prefix of at least four hex digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdPrefix(String);

impl IdPrefix {
    pub const MIN_HEX_DIGITS: usize = 4;

    /// Lower-cased prefix text, comparable with stored hyphenated ids.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the prefix is a whole hyphenated UUID.
    pub fn is_complete(&self) -> bool {
        self.0.len() == 36
    }
}

impl FromStr for IdPrefix {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let lower = s.trim().to_ascii_lowercase();
        if let Ok(full) = uuid::Uuid::try_parse(&lower) {
            return Ok(Self(full.hyphenated().to_string()));
        }
        let hex_digits = lower.chars().filter(|c| c.is_ascii_hexdigit()).count();
        let well_formed = lower.len() <= 36
            && lower.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
            && !lower.starts_with('-');
        if !well_formed || hex_digits < Self::MIN_HEX_DIGITS {
            return Err(Error::invalid(format!(
                "not an id or id prefix: {:?} (give at least {} hex digits)",
                crate::text::escape_for_terminal(s),
                Self::MIN_HEX_DIGITS
            )));
        }
        Ok(Self(lower))
    }
}

impl serde::Serialize for IdPrefix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A prefix read from a request is checked like one typed on the command line.
impl<'de> serde::Deserialize<'de> for IdPrefix {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for IdPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Picks the one id a prefix names, or explains why it names none or several.
pub fn resolve_prefix<T: fmt::Display>(what: &str, prefix: &IdPrefix, mut matches: Vec<T>) -> Result<T> {
    match matches.len() {
        0 => Err(Error::not_found(format!("no {what} matches {prefix}"))),
        1 => Ok(matches.remove(0)),
        _ => {
            let shown: Vec<String> = matches.iter().take(10).map(ToString::to_string).collect();
            let more = if matches.len() > 10 { ", ..." } else { "" };
            Err(Error::invalid(format!("{what} prefix {prefix} is ambiguous: {}{more}", shown.join(", "))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_needs_four_hex_digits() {
        assert!("abc".parse::<IdPrefix>().is_err());
        assert!("ab-c".parse::<IdPrefix>().is_err());
        assert_eq!("ABCD".parse::<IdPrefix>().map(|p| p.0), Ok("abcd".into()));
        assert!("abcz".parse::<IdPrefix>().is_err());
        assert!("-abcd".parse::<IdPrefix>().is_err());
    }

    #[test]
    fn whole_uuid_is_complete() {
        let id = CaseId::random();
        let prefix: IdPrefix = id.to_string().to_uppercase().parse().expect("valid");
        assert!(prefix.is_complete());
        assert_eq!(prefix.as_str(), id.to_string());
    }

    #[test]
    fn ambiguous_prefix_lists_candidates() {
        let prefix: IdPrefix = "abcd".parse().expect("valid");
        let err = resolve_prefix("case", &prefix, vec!["abcd1", "abcd2"]).expect_err("ambiguous");
        assert_eq!(err.kind(), crate::ErrorKind::Invalid);
        assert!(err.message().contains("abcd1, abcd2"));
        let err = resolve_prefix::<&str>("case", &prefix, vec![]).expect_err("none");
        assert_eq!(err.kind(), crate::ErrorKind::NotFound);
    }
}
