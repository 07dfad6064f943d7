//! The closed sets of values flags take, as clap value enums: one definition gives `--help` its
//! value list, usage errors their valid values and completions their candidates. Each converts
//! into the library's own type, so requests and the wire format stay as they are.

use clap::ValueEnum;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap_complete::Shell;
use stint::case::{CaseSort, CaseStatus};
use stint::import_formats::InputFormat;
use stint::permission::Role;
use stint::report::GroupBy;
use stint::settings::Key;
use stint::ticket::{TicketSort, TicketStatus};
use stint::user::Status;
use stint::vocabulary::Priority;

/// Declares a CLI value enum whose variants mirror, by name, those of a library type, and the
/// conversion into it. Names render in snake_case, as the library spells them.
macro_rules! cli_values {
    ($(#[$doc:meta])* $name:ident => $target:ident { $($(#[$vdoc:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
        #[value(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl From<$name> for $target {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant => $target::$variant),+
                }
            }
        }
    };
}

cli_values!(
    /// `--priority`
    PriorityArg => Priority {
        /// Can wait
        Low,
        /// The usual (the default for new tickets and cases)
        Normal,
        /// Sooner than the usual
        High,
        /// Drop everything
        Urgent,
    }
);

cli_values!(
    /// `ticket list --status`, `ticket edit --status`
    TicketStatusArg => TicketStatus {
        /// Not started
        Open,
        /// Being worked on
        InProgress,
        /// Waiting on someone or something
        OnHold,
        /// Done, awaiting confirmation
        Resolved,
        /// Finished
        Closed,
    }
);

cli_values!(
    /// `ticket list --sort`
    TicketSortArg => TicketSort {
        /// Highest number first (the default)
        Newest,
        /// Lowest number first
        Oldest,
        /// Most recently changed first
        Updated,
        /// Most urgent first, then newest
        Priority,
    }
);

cli_values!(
    /// `case list --status`, `case edit --status`
    CaseStatusArg => CaseStatus {
        /// Newly opened
        Open,
        /// Being looked into
        Investigating,
        /// Cause found or fixed
        Resolved,
        /// Finished
        Closed,
        /// Kept for the record, out of the way
        Archived,
    }
);

cli_values!(
    /// `case list --sort`
    CaseSortArg => CaseSort {
        /// Latest opened first (the default)
        Newest,
        /// Earliest opened first
        Oldest,
        /// Latest change or note first
        Updated,
    }
);

cli_values!(
    /// `user add --role`, `user list --role`, `user edit --role`
    RoleArg => Role {
        /// Manages users and settings, and does everything else
        Admin,
        /// Sees and corrects everyone's work
        Supervisor,
        /// Tracks their own work on tickets and cases
        Technician,
        /// Reads everything, changes nothing
        Viewer,
    }
);

cli_values!(
    /// `user list --status`
    UserStatusArg => Status {
        /// May log in and act
        Active,
        /// Temporarily barred from logging in
        Suspended,
        /// Removed; kept for the record
        Deactivated,
    }
);

cli_values!(
    /// `session report --by`
    GroupByArg => GroupBy {
        /// Per user
        User,
        /// Per ticket
        Ticket,
        /// Per case
        Case,
        /// Per tag (a session counts under each of its tags)
        Tag,
        /// Per local calendar day
        Day,
        /// Per week, starting on Monday
        Week,
        /// Per calendar month
        Month,
    }
);

cli_values!(
    /// `session import --input-format`
    InputFormatArg => InputFormat {
        /// Comma-separated values with a header row, as `--format csv` writes
        Csv,
        /// Tab-separated values with a header row, as `--format tsv` writes
        Tsv,
        /// One JSON array of objects, as `--format json` writes
        Json,
        /// One JSON object per line, as `--format ndjson` writes
        #[value(alias = "jsonl")]
        Ndjson,
        /// Timewarrior's `timew export`
        #[value(alias = "timew")]
        Timewarrior,
        /// Watson's `frames` file
        Watson,
    }
);

cli_values!(
    /// `completions SHELL`
    ShellArg => Shell {
        /// GNU Bash
        Bash,
        /// Elvish
        Elvish,
        /// fish
        Fish,
        /// PowerShell
        #[value(name = "powershell")]
        PowerShell,
        /// Z shell
        Zsh,
    }
);

/// `config get|set KEY`: the setting names, each with its description.
pub fn setting_key() -> impl TypedValueParser<Value = Key> {
    PossibleValuesParser::new(Key::ALL.map(|key| PossibleValue::new(key.name()).help(key.description())))
        .try_map(|name| name.parse::<Key>())
}

/// Every value of `T` converted to the library type `L` and back to text, against what the
/// library's own parser reads for the same name.
#[cfg(test)]
fn assert_mirrors<T, L>(library_count: usize)
where
    T: ValueEnum + Into<L> + Copy,
    L: std::str::FromStr + PartialEq + std::fmt::Debug,
    L::Err: std::fmt::Debug,
{
    assert_eq!(T::value_variants().len(), library_count, "a library value has no CLI value");
    for value in T::value_variants() {
        let name = value.to_possible_value().map(|p| p.get_name().to_owned()).unwrap_or_default();
        let parsed: L = name.parse().unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(parsed, (*value).into(), "{name} converts to another library value");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cli_value_is_the_library_value_of_the_same_name() {
        assert_mirrors::<PriorityArg, Priority>(Priority::ALL.len());
        assert_mirrors::<TicketStatusArg, TicketStatus>(TicketStatus::ALL.len());
        assert_mirrors::<TicketSortArg, TicketSort>(TicketSort::ALL.len());
        assert_mirrors::<CaseStatusArg, CaseStatus>(CaseStatus::ALL.len());
        assert_mirrors::<CaseSortArg, CaseSort>(CaseSort::ALL.len());
        assert_mirrors::<RoleArg, Role>(Role::ALL.len());
        assert_mirrors::<UserStatusArg, Status>(Status::ALL.len());
        assert_mirrors::<GroupByArg, GroupBy>(GroupBy::ALL.len());
        assert_mirrors::<ShellArg, Shell>(Shell::value_variants().len());
        assert_mirrors::<InputFormatArg, InputFormat>(InputFormat::NAMES.split(", ").count());
    }
}
