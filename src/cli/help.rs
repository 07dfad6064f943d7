//! Help text shown in more than one place: each daily command's examples, the environment,
//! the exit codes and the files stint reads. `--help` and the man pages render the same data.

/// One example: what it does, and the command line (as typed into a POSIX shell).
pub struct Example {
    pub what: &'static str,
    pub run: &'static str,
}

const fn ex(what: &'static str, run: &'static str) -> Example {
    Example { what, run }
}

/// The examples of each command, by its path below `stint`. The tests parse every one.
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "timer start",
        &[
            ex("Start work on ticket 42", "stint timer start --ticket 42"),
            ex(
                "Start on a case, with a note and a tag",
                "stint timer start --case 3f2a --note \"VPN drops\" --tag vpn",
            ),
            ex("You began 20 minutes ago and forgot the timer", "stint timer start --ticket 42 --at -20m"),
        ],
    ),
    (
        "timer stop",
        &[
            ex("Stop the running timer", "stint timer stop"),
            ex(
                "Stop it at 17:30, replacing its note",
                "stint timer stop --at 17:30 --note \"printer fixed\"",
            ),
        ],
    ),
    (
        "timer switch",
        &[
            ex("Stop the running timer and start one on ticket 43", "stint timer switch --ticket 43"),
            ex("Switch as of 5 minutes ago", "stint timer switch --case 3f2a --at -5m"),
        ],
    ),
    (
        "timer manual",
        &[
            ex(
                "Record 90 minutes on ticket 42 that ended now",
                "stint timer manual --ticket 42 --duration 90m",
            ),
            ex(
                "Record yesterday afternoon's work",
                "stint timer manual --ticket 42 --from \"yesterday 14:00\" --to \"yesterday 15:30\" --note onsite",
            ),
        ],
    ),
    (
        "session list",
        &[
            ex("Your sessions today", "stint session list --today"),
            ex(
                "Everyone's sessions on ticket 42 this week, as CSV",
                "stint session list --week --all-users --ticket 42 --format csv",
            ),
        ],
    ),
    (
        "session report",
        &[
            ex("Your time this week per ticket", "stint session report --week --by ticket"),
            ex(
                "Last month per user and day, rounded to 15 minutes",
                "stint session report --last-month --all-users --by user --by day --round 15m",
            ),
        ],
    ),
    (
        "session summary",
        &[
            ex("Your day so far", "stint session summary"),
            ex("Last week, day by day", "stint session summary --last-week"),
            ex(
                "Everyone's time on ticket 42 this week",
                "stint session summary --week --all-users --ticket 42",
            ),
        ],
    ),
    (
        "session import",
        &[
            ex(
                "Check a Timewarrior export without writing",
                "stint session import --dry-run timew.json --input-format timewarrior",
            ),
            ex(
                "Import a CSV onto ticket 42 when a row names no target",
                "stint session import --ticket 42 sessions.csv",
            ),
        ],
    ),
    (
        "ticket create",
        &[
            ex(
                "Open a ticket and assign it to yourself",
                "stint ticket create \"Printer jams on floor 3\" --assignee me",
            ),
            ex(
                "An urgent ticket with a requester",
                "stint ticket create \"Mail is down\" --priority urgent --requester \"Ann <ann@example.com>\"",
            ),
        ],
    ),
    (
        "ticket list",
        &[
            ex(
                "Your open and in-progress tickets",
                "stint ticket list --assignee me --status open,in_progress",
            ),
            ex(
                "The 10 most urgent unassigned tickets",
                "stint ticket list --unassigned --sort priority --limit 10",
            ),
        ],
    ),
    (
        "case open",
        &[
            ex("Open a case linked to ticket 42", "stint case open \"Intermittent VPN drops\" --ticket 42"),
            ex(
                "A high-priority case with a description",
                "stint case open \"Disk errors on FS1\" --priority high --description \"SMART warnings\"",
            ),
        ],
    ),
    (
        "case note",
        &[
            ex("Add a note to case 3f2a", "stint case note 3f2a \"Replaced the cable; watching it\""),
            ex("Add a longer note from a file", "stint case note 3f2a --stdin < findings.txt"),
        ],
    ),
    (
        "user add",
        &[
            ex(
                "Add a technician (asks for the password)",
                "stint user add alice --role technician --display-name \"Alice Moreau\"",
            ),
            ex(
                "Add her from a script (password on the first line), doing nothing when she exists",
                "stint user add alice --role technician --password-stdin --if-not-exists < password.txt",
            ),
        ],
    ),
    (
        "auth login",
        &[
            ex("Log in (asks for the password)", "stint auth login alice"),
            ex(
                "Log in to a team server and remember it",
                "stint auth login alice --server https://stint.example.com:8443",
            ),
            ex(
                "Print a token for a script's STINT_TOKEN, valid 8 hours",
                "stint auth login alice --print-token --ttl 8h",
            ),
        ],
    ),
];

/// The examples of the command at `path` (`"timer start"`); none for a command not listed.
pub fn examples(path: &str) -> &'static [Example] {
    EXAMPLES.iter().find(|(p, _)| *p == path).map_or(&[], |(_, list)| list)
}

/// The `Examples:` block of a command's `--help`.
pub fn examples_help(path: &str) -> String {
    let mut text = String::from("Examples:");
    for example in examples(path) {
        text.push_str(&format!("\n  # {}\n  $ {}\n", example.what, example.run));
    }
    text.trim_end().to_owned()
}

/// The environment variables stint reads, and what each does.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("STINT_DB", "The database file or postgres:// URL, as --db"),
    ("STINT_SERVER", "The stint server to work through, as --server"),
    ("STINT_SERVER_CA", "A private CA's certificate (PEM) for the server, as --ca-file"),
    ("STINT_CONFIG_DIR", "Directory of client id, login tokens, config.toml (default: platform's)"),
    ("STINT_TOKEN", "A login token (auth login --print-token) used instead of this client's login"),
    ("STINT_BUSY_TIMEOUT_MS", "Milliseconds to wait for a busy database before exit 7 (0 to 2147483647)"),
    ("NO_COLOR", "When set and not empty, tables are never styled"),
    ("TZ", "Zone of the local times shown and read (name, POSIX rule, file); --utc wins"),
    ("COLUMNS", "The table width when the terminal reports none"),
    ("COMPLETE", "Set by a shell's completion script (source <(COMPLETE=bash stint)); not for people"),
];

/// Exit codes; `crate::exit_code` maps error kinds to the same numbers (tested below).
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "ok"),
    (1, "unexpected failure (I/O, internal)"),
    (2, "usage error or invalid input"),
    (3, "not found (also timer status with no timer running)"),
    (4, "not authenticated: no session, expired, revoked, bad credentials, suspended"),
    (5, "permission denied"),
    (6, "conflict: overlap, timer already running or not running, duplicate, limit reached, last admin"),
    (7, "database busy past the timeout, or server unreachable (safe to retry)"),
    (8, "database or server unusable: corrupt, not stint's, newer schema, unsafe files, bad certificate"),
    (130, "interrupted"),
];

/// The files stint reads and writes on a client (only the man pages, built by a test, list them).
#[cfg(test)]
pub const FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/stint/stint.db",
        "The default database (stint.db in the platform data directory: $XDG_DATA_HOME/stint on \
         Linux, ~/Library/Application Support/stint on macOS), used unless --db, --server or \
         their variables say otherwise.",
    ),
    (
        "~/.config/stint/",
        "The config directory (STINT_CONFIG_DIR, else the platform config directory: \
         $XDG_CONFIG_HOME/stint on Linux); 0700, every file in it 0600.",
    ),
    (
        "~/.config/stint/config.toml",
        "This client's defaults (keys db or server, ca_file, format, utc; a flag or variable \
         wins over each): auth login --server records its server and CA file here.",
    ),
    ("~/.config/stint/tokens/*.token", "This client's login token for each database or server."),
    ("~/.config/stint/client_id", "This client's id, which binds its login sessions to it."),
];

/// What `stint --help` ends with: the environment and the exit codes.
pub fn root_after_help() -> String {
    let mut text = String::from("Environment:\n");
    for (name, what) in ENVIRONMENT {
        text.push_str(&format!("  {name:<22} {what}\n"));
    }
    text.push_str("\nExit codes:\n");
    for (code, what) in EXIT_CODES {
        text.push_str(&format!("  {code:<4} {what}\n"));
    }
    text.push_str("\nSee `stint COMMAND --help` for a command's options and examples, and man stint.");
    text
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};
    use stint::ErrorKind;

    use super::*;
    use crate::cli::Cli;

    /// Splits a POSIX command line as a shell would, for the forms the examples use: words,
    /// "double" and 'single' quotes; a pipe or redirection ends the stint command.
    fn shell_words(line: &str) -> Vec<String> {
        let stint = line.rsplit_once("| ").map_or(line, |(_, after)| after);
        let stint = stint.split_once(" < ").map_or(stint, |(before, _)| before);
        let mut words = Vec::new();
        let mut word: Option<String> = None;
        let mut quote = None;
        for c in stint.chars() {
            match (quote, c) {
                (None, '"' | '\'') => {
                    quote = Some(c);
                    word.get_or_insert_default();
                }
                (Some(q), c) if c == q => quote = None,
                (None, ' ') => words.extend(word.take()),
                (_, c) => word.get_or_insert_default().push(c),
            }
        }
        assert!(quote.is_none(), "unbalanced quote in {line:?}");
        words.extend(word);
        words
    }

    #[test]
    fn every_example_parses_as_the_command_it_illustrates() {
        for (path, list) in EXAMPLES {
            assert!(!list.is_empty(), "{path} lists no examples");
            for example in *list {
                // Longer lines would wrap in `--help` and no longer paste as one command.
                assert!(example.run.len() <= 94, "example too long for one help line: {:?}", example.run);
                let words = shell_words(example.run);
                let expected: Vec<&str> = std::iter::once("stint").chain(path.split(' ')).collect();
                assert_eq!(
                    &words[..expected.len()],
                    &expected[..],
                    "{:?} is not `stint {path}`",
                    example.run
                );
                if let Err(e) = Cli::try_parse_from(&words) {
                    panic!("example {:?} does not parse: {e}", example.run);
                }
            }
        }
    }

    #[test]
    fn each_daily_command_shows_its_examples_in_help() {
        let mut root = Cli::command();
        root.build();
        for (path, list) in EXAMPLES {
            let mut cmd = &mut root;
            for name in path.split(' ') {
                cmd = cmd.find_subcommand_mut(name).unwrap_or_else(|| panic!("no command {path}"));
            }
            let help = cmd.render_long_help().to_string();
            assert!(help.contains("Examples:"), "`stint {path} --help` has no Examples block");
            for example in *list {
                assert!(help.contains(example.run), "`stint {path} --help` lacks {:?}", example.run);
            }
        }
    }

    #[test]
    fn the_exit_code_table_matches_the_codes_stint_exits_with() {
        let mut codes: Vec<u8> = ErrorKind::ALL.into_iter().map(crate::exit_code).collect();
        codes.extend([0, crate::EXIT_INTERRUPTED]);
        codes.sort_unstable();
        let documented: Vec<u8> = EXIT_CODES.iter().map(|(code, _)| *code).collect();
        assert_eq!(codes, documented);
    }

    #[test]
    fn root_help_lists_the_environment_and_puts_global_options_after_a_command_s_own() {
        let help = Cli::command().render_long_help().to_string();
        let environment =
            help.split_once("Environment:").map(|(_, rest)| rest).expect("Environment: section");
        for name in [
            "STINT_DB",
            "STINT_SERVER",
            "STINT_CONFIG_DIR",
            "STINT_TOKEN",
            "STINT_BUSY_TIMEOUT_MS",
            "NO_COLOR",
            "TZ",
        ] {
            assert!(environment.contains(&format!("  {name} ")), "Environment: lacks {name}");
        }
        let mut root = Cli::command();
        root.build();
        let start = root
            .find_subcommand_mut("timer")
            .and_then(|t| t.find_subcommand_mut("start"))
            .expect("timer start");
        let help = start.render_help().to_string();
        let own = help.find("--ticket").expect("--ticket in help");
        let globals = help.find("Global options:").expect("a Global options heading");
        let db = help.find("--db").expect("--db in help");
        assert!(own < globals && globals < db, "own options do not come before the global ones:\n{help}");
    }
}
