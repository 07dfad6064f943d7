//! Team-wide settings: typed, validated, with documented defaults; stored as overrides.

use std::fmt;
use std::str::FromStr;

use crate::actor::Actor;
use crate::audit::{self, AuditStore, Change};
use crate::error::{Error, Result};
use crate::id::OrgId;
use crate::permission::{self, Capability};
use crate::time::{Timestamp, parse_duration};

/// Every setting stint knows. Unknown keys are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    SessionTtl,
    SessionIdleTimeout,
    SessionMaxPerUser,
    TimerMaxLength,
}

/// How a setting's value is written and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Seconds, written as a duration (`12h`, `30d`), within `[min, max]`.
    Duration { min: i64, max: i64 },
    /// A whole number within `[min, max]`.
    Count { min: i64, max: i64 },
}

impl Key {
    pub const ALL: [Key; 4] =
        [Key::SessionTtl, Key::SessionIdleTimeout, Key::SessionMaxPerUser, Key::TimerMaxLength];

    pub fn name(self) -> &'static str {
        match self {
            Key::SessionTtl => "session.ttl",
            Key::SessionIdleTimeout => "session.idle_timeout",
            Key::SessionMaxPerUser => "session.max_per_user",
            Key::TimerMaxLength => "timer.max_length",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Key::SessionTtl => "how long a login session lasts at most (absolute expiry)",
            Key::SessionIdleTimeout => "how long a login session survives without use",
            Key::SessionMaxPerUser => "how many active login sessions one user may hold",
            Key::TimerMaxLength => {
                "longest work session; longer timers are warned about and longer entries refused without --force"
            }
        }
    }

    fn kind(self) -> Kind {
        match self {
            Key::SessionTtl => Kind::Duration { min: 300, max: 366 * 86_400 },
            Key::SessionIdleTimeout => Kind::Duration { min: 300, max: 366 * 86_400 },
            Key::SessionMaxPerUser => Kind::Count { min: 1, max: 1000 },
            Key::TimerMaxLength => Kind::Duration { min: 60, max: 31 * 86_400 },
        }
    }

    /// The built-in value, in the setting's unit (seconds or a count).
    pub fn default_value(self) -> i64 {
        match self {
            Key::SessionTtl => 14 * 86_400,
            Key::SessionIdleTimeout => 3 * 86_400,
            Key::SessionMaxPerUser => 5,
            Key::TimerMaxLength => 12 * 3600,
        }
    }

    /// Parses and range-checks a value given for this key.
    pub fn parse_value(self, text: &str) -> Result<i64> {
        let (value, min, max) = match self.kind() {
            Kind::Duration { min, max } => (parse_duration(text)?, min, max),
            Kind::Count { min, max } => {
                let value = text.trim().parse::<i64>().map_err(|_| {
                    Error::invalid(format!(
                        "{} takes a whole number, not {:?}",
                        self.name(),
                        crate::text::escape_for_terminal(text)
                    ))
                })?;
                (value, min, max)
            }
        };
        if value < min || value > max {
            return Err(Error::invalid(format!(
                "{} must be between {} and {}",
                self.name(),
                self.format_value(min),
                self.format_value(max)
            )));
        }
        Ok(value)
    }

    /// Writes a value the way `config get` shows it and `config set` accepts it.
    pub fn format_value(self, value: i64) -> String {
        match self.kind() {
            Kind::Duration { .. } => format_duration_units(value),
            Kind::Count { .. } => value.to_string(),
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Key {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Key::ALL.into_iter().find(|k| k.name() == s).ok_or_else(|| {
            let names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
            Error::invalid(format!(
                "unknown setting {:?}; known settings: {}",
                crate::text::escape_for_terminal(s),
                names.join(", ")
            ))
        })
    }
}

/// `90061` → `1d1h1m1s`; `0` → `0s`.
pub fn format_duration_units(secs: i64) -> String {
    if secs == 0 {
        return "0s".into();
    }
    let mut rest = secs;
    let mut out = String::new();
    for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)] {
        if rest >= size {
            out.push_str(&format!("{}{unit}", rest / size));
            rest %= size;
        }
    }
    out
}

/// Storage questions about settings.
pub trait SettingsStore {
    /// The stored overrides, as `(key, value)` in the setting's unit.
    fn setting_overrides(&self, org: OrgId) -> Result<Vec<(String, i64)>>;
    fn put_setting(&self, org: OrgId, key: &str, value: i64, now: Timestamp) -> Result<()>;
}

/// The effective settings of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub session_ttl: i64,
    pub session_idle_timeout: i64,
    pub session_max_per_user: i64,
    pub timer_max_length: i64,
}

impl Settings {
    pub fn get(&self, key: Key) -> i64 {
        match key {
            Key::SessionTtl => self.session_ttl,
            Key::SessionIdleTimeout => self.session_idle_timeout,
            Key::SessionMaxPerUser => self.session_max_per_user,
            Key::TimerMaxLength => self.timer_max_length,
        }
    }

    fn set(&mut self, key: Key, value: i64) {
        match key {
            Key::SessionTtl => self.session_ttl = value,
            Key::SessionIdleTimeout => self.session_idle_timeout = value,
            Key::SessionMaxPerUser => self.session_max_per_user = value,
            Key::TimerMaxLength => self.timer_max_length = value,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            session_ttl: Key::SessionTtl.default_value(),
            session_idle_timeout: Key::SessionIdleTimeout.default_value(),
            session_max_per_user: Key::SessionMaxPerUser.default_value(),
            timer_max_length: Key::TimerMaxLength.default_value(),
        }
    }
}

/// Loads the effective settings; stored keys this binary does not know are ignored.
pub fn load<S: SettingsStore + ?Sized>(tx: &S, org: OrgId) -> Result<Settings> {
    let mut settings = Settings::default();
    for (name, value) in tx.setting_overrides(org)? {
        if let Ok(key) = name.parse::<Key>() {
            settings.set(key, value);
        }
    }
    Ok(settings)
}

/// One row of `config list`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SettingView {
    pub key: String,
    pub value: String,
    pub default: String,
    pub is_default: bool,
    pub description: String,
}

fn view(key: Key, settings: &Settings) -> SettingView {
    let value = settings.get(key);
    SettingView {
        key: key.name().to_owned(),
        value: key.format_value(value),
        default: key.format_value(key.default_value()),
        is_default: value == key.default_value(),
        description: key.description().to_owned(),
    }
}

/// Every setting with its effective value; everyone may read them.
pub fn list(tx: &dyn SettingsStore, actor: &Actor) -> Result<Vec<SettingView>> {
    let settings = load(tx, actor.org_id)?;
    Ok(Key::ALL.iter().map(|k| view(*k, &settings)).collect())
}

pub fn get(tx: &dyn SettingsStore, actor: &Actor, key: Key) -> Result<SettingView> {
    Ok(view(key, &load(tx, actor.org_id)?))
}

/// Changes a setting (admins only), audited with the old and new value.
pub fn set<S: SettingsStore + AuditStore + ?Sized>(
    tx: &S,
    actor: &Actor,
    key: Key,
    text: &str,
    now: Timestamp,
) -> Result<SettingView> {
    permission::require(actor.role, Capability::ManageUsers)?;
    let value = key.parse_value(text)?;
    let before = load(tx, actor.org_id)?;
    tx.put_setting(actor.org_id, key.name(), value, now)?;
    let mut after = before;
    after.set(key, value);
    audit::record(
        tx,
        actor,
        now,
        Change::new("setting.set", "setting", key.name())
            .before(&view(key, &before))
            .after(&view(key, &after)),
    )?;
    Ok(view(key, &after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_parse_and_check_ranges() {
        assert_eq!(Key::SessionTtl.parse_value("7d"), Ok(7 * 86_400));
        assert_eq!(Key::SessionMaxPerUser.parse_value("3"), Ok(3));
        assert!(Key::SessionMaxPerUser.parse_value("0").is_err());
        assert!(Key::SessionMaxPerUser.parse_value("three").is_err());
        assert!(Key::TimerMaxLength.parse_value("10s").is_err());
        assert!(Key::SessionTtl.parse_value("5").is_err());
        assert!("session.nope".parse::<Key>().is_err());
    }

    #[test]
    fn durations_format_in_units() {
        assert_eq!(format_duration_units(14 * 86_400), "14d");
        assert_eq!(format_duration_units(5400), "1h30m");
        assert_eq!(format_duration_units(90_061), "1d1h1m1s");
        for key in Key::ALL {
            let shown = key.format_value(key.default_value());
            assert_eq!(key.parse_value(&shown), Ok(key.default_value()), "{key}");
        }
    }
}
