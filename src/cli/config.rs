//! `stint config ...`: list, get and set team-wide settings.

use clap::Subcommand;
use stint::settings::{self, Key, SettingView};

use super::Ctx;
use super::output::{Record, View};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// List every setting with its value and default
    List,
    /// Show one setting
    Get {
        /// Setting name, e.g. session.ttl
        key: Key,
    },
    /// Change a setting (admins); durations like 12h or 30d
    Set {
        /// Setting name, e.g. timer.max_length
        key: Key,
        /// New value
        value: String,
    },
}

impl Record for SettingView {
    const COLUMNS: &'static [&'static str] = &["key", "value", "default", "is_default", "description"];
    const HEADERS: &'static [&'static str] = &["KEY", "VALUE", "DEFAULT", "DESCRIPTION"];
    fn row(&self, _view: &View) -> Vec<String> {
        vec![self.key.to_owned(), self.value.clone(), self.default.clone(), self.description.to_owned()]
    }
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> anyhow::Result<()> {
    let now = ctx.now;
    match cmd {
        ConfigCommand::List => {
            let views = ctx.read_as(|tx, auth| settings::list(tx, &auth.actor))?;
            ctx.printer().list(&views)?;
        }
        ConfigCommand::Get { key } => {
            let view = ctx.read_as(|tx, auth| settings::get(tx, &auth.actor, key))?;
            // A bare value is what scripts want from `get`.
            if ctx.global.format == super::output::Format::Table {
                super::output::print_line(&view.value)?;
            } else {
                ctx.printer().one(&view)?;
            }
        }
        ConfigCommand::Set { key, value } => {
            let view = ctx.write_as(|tx, auth| settings::set(tx, &auth.actor, key, &value, now))?;
            ctx.notice(format!("{} = {}", view.key, view.value));
        }
    }
    Ok(())
}
