//! Vocabulary tickets and cases share: the `named_enum!` macro for closed sets of names, the
//! priority scale, and the limits on titles and descriptions.

use crate::error::Result;
use crate::text;

/// Longest ticket or case title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest ticket or case description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;

/// Declares a closed set of lower-case names with `as_str`, `Display`, `Serialize` and a
/// `FromStr` whose error lists the valid values.
macro_rules! named_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The valid values, comma-separated, as error messages list them.
            pub fn valid_values() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::error::Error;
            fn from_str(s: &str) -> $crate::error::Result<Self> {
                let wanted = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(wanted)).ok_or_else(|| {
                    $crate::error::Error::invalid(format!(
                        "unknown {} {:?}; valid values: {}",
                        $what,
                        $crate::text::escape_for_terminal(s),
                        Self::valid_values()
                    ))
                })
            }
        }
    };
}
pub(crate) use named_enum;

named_enum!(
    /// How urgent a ticket or case is, lowest first.
    Priority, "priority", {
        Low => "low",
        Normal => "normal",
        High => "high",
        Urgent => "urgent",
    }
);

/// Titles of tickets and cases: 1 to 200 characters.
pub(crate) fn check_title(title: &str) -> Result<()> {
    text::validate("title", title, true, MAX_TITLE_CHARS)
}

/// Descriptions of tickets and cases.
pub(crate) fn check_description(description: &str) -> Result<()> {
    text::validate("description", description, false, MAX_DESCRIPTION_CHARS)
}
