//! Settings operations: list, get and set team-wide settings.

use serde::{Deserialize, Serialize};

use super::{Call, Empty, Mode, Op, Registry};
use crate::auth::Authenticated;
use crate::error::Result;
use crate::settings::{self, Key, SettingView};
use crate::store::Tx;

pub fn register<R: Registry>(registry: &mut R) {
    registry.op::<ConfigList>();
    registry.op::<ConfigGet>();
    registry.op::<ConfigSet>();
}

pub struct ConfigList;
impl Op for ConfigList {
    const PATH: &'static str = "config/list";
    const MODE: Mode = Mode::Read;
    type Req = Empty;
    type Resp = Vec<SettingView>;
    fn run(tx: &dyn Tx, auth: &Authenticated, _: &Empty, _: &Call) -> Result<Vec<SettingView>> {
        settings::list(tx, &auth.actor)
    }
}

/// One setting, by its name (`session.ttl`); an unknown name is refused here.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetRequest {
    pub key: String,
}

pub struct ConfigGet;
impl Op for ConfigGet {
    const PATH: &'static str = "config/get";
    const MODE: Mode = Mode::Read;
    type Req = GetRequest;
    type Resp = SettingView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &GetRequest, _: &Call) -> Result<SettingView> {
        settings::get(tx, &auth.actor, r.key.parse::<Key>()?)
    }
}

/// A new value as typed (`12h`, `30d`, `5`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetRequest {
    pub key: String,
    pub value: String,
}

pub struct ConfigSet;
impl Op for ConfigSet {
    const PATH: &'static str = "config/set";
    const MODE: Mode = Mode::Write;
    type Req = SetRequest;
    type Resp = SettingView;
    fn run(tx: &dyn Tx, auth: &Authenticated, r: &SetRequest, call: &Call) -> Result<SettingView> {
        settings::set(tx, &auth.actor, r.key.parse::<Key>()?, &r.value, call.now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::auth::tests::round_trip;

    #[test]
    fn setting_views_survive_a_json_round_trip() {
        let views: Vec<SettingView> = Key::ALL
            .iter()
            .map(|key| SettingView {
                key: key.name().to_owned(),
                value: key.format_value(key.default_value() * 2),
                default: key.format_value(key.default_value()),
                is_default: false,
                description: key.description().to_owned(),
            })
            .collect();
        assert_eq!(round_trip(&views), views);
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let set = serde_json::json!({"key": "session.ttl", "value": "12h"});
        assert!(serde_json::from_value::<SetRequest>(set.clone()).is_ok());
        let mut newer = set;
        newer["scope"] = serde_json::json!("user");
        assert!(serde_json::from_value::<SetRequest>(newer).is_err());
        assert!(serde_json::from_value::<GetRequest>(serde_json::json!({"key": "a", "b": 1})).is_err());
    }
}
