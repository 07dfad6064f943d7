//! `stint config ...`: list, get and set team-wide settings.

use clap::Subcommand;
use stint::service::Empty;
use stint::service::config::{ConfigGet, ConfigList, ConfigSet, GetRequest, SetRequest};
use stint::settings::{Key, SettingView};

use super::output::{Record, View};
use super::table::Col;
use super::{Ctx, values};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// List every setting with its value and default
    List,
    /// Show one setting
    Get {
        /// Setting name
        #[arg(value_parser = values::setting_key())]
        key: Key,
    },
    /// Change a setting (admins); durations like 12h or 30d
    Set {
        /// Setting name
        #[arg(value_parser = values::setting_key())]
        key: Key,
        /// New value
        value: String,
    },
}

impl Record for SettingView {
    const COLUMNS: &'static [&'static str] = &["key", "value", "default", "is_default", "description"];
    const HEADERS: &'static [Col] = &[
        Col::fixed("KEY"),
        Col::text("VALUE"),
        Col::text("DEFAULT").drop(1),
        Col::text("DESCRIPTION").min(24),
    ];
    fn row(&self, _view: &View) -> Vec<String> {
        vec![self.key.clone(), self.value.clone(), self.default.clone(), self.description.clone()]
    }
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::List => {
            let views = ctx.call::<ConfigList>(Empty {})?;
            ctx.printer().list(&views)?;
        }
        ConfigCommand::Get { key } => {
            let view = ctx.call::<ConfigGet>(GetRequest { key: key.name().to_owned() })?;
            // A bare value is what scripts want from `get`.
            if ctx.global.format == super::output::Format::Table {
                super::output::print_line(&view.value)?;
            } else {
                ctx.printer().one(&view)?;
            }
        }
        ConfigCommand::Set { key, value } => {
            let view = ctx.call::<ConfigSet>(SetRequest { key: key.name().to_owned(), value })?;
            ctx.notice(format!("{} = {}", view.key, view.value));
        }
    }
    Ok(())
}
