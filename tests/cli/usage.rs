//! Usage: help that lists every closed set of values, typos answered with a suggestion, and
//! bare command groups that print their usage (all but one test need no database).

use crate::support::Env;

/// Every flag (or argument) that takes one of a closed set of values, with those values in order.
const CLOSED_VALUES: &[(&[&str], &str, &[&str])] = &[
    (&["ticket", "create"], "--priority", &["low", "normal", "high", "urgent"]),
    (&["ticket", "list"], "--status", &["open", "in_progress", "on_hold", "resolved", "closed"]),
    (&["ticket", "list"], "--priority", &["low", "normal", "high", "urgent"]),
    (&["ticket", "list"], "--sort", &["newest", "oldest", "updated", "priority"]),
    (&["ticket", "edit"], "--status", &["open", "in_progress", "on_hold", "resolved", "closed"]),
    (&["ticket", "edit"], "--priority", &["low", "normal", "high", "urgent"]),
    (&["case", "open"], "--priority", &["low", "normal", "high", "urgent"]),
    (&["case", "list"], "--status", &["open", "investigating", "resolved", "closed", "archived"]),
    (&["case", "list"], "--sort", &["newest", "oldest", "updated"]),
    (&["case", "edit"], "--status", &["open", "investigating", "resolved", "closed", "archived"]),
    (&["case", "edit"], "--priority", &["low", "normal", "high", "urgent"]),
    (&["user", "add"], "--role", &["admin", "supervisor", "technician", "viewer"]),
    (&["user", "list"], "--role", &["admin", "supervisor", "technician", "viewer"]),
    (&["user", "list"], "--status", &["active", "suspended", "deactivated"]),
    (&["user", "edit"], "--role", &["admin", "supervisor", "technician", "viewer"]),
    (&["session", "report"], "--by", &["user", "ticket", "case", "tag", "day", "week", "month"]),
    (&["session", "import"], "--input-format", &["csv", "tsv", "json", "ndjson", "timewarrior", "watson"]),
    (&["ticket", "list"], "--format", &["table", "json", "csv", "tsv", "ndjson"]),
    (
        &["config", "get"],
        "<KEY>",
        &["session.ttl", "session.idle_timeout", "session.max_per_user", "timer.max_length"],
    ),
    (&["completions"], "<SHELL>", &["bash", "elvish", "fish", "powershell", "zsh"]),
];

/// `text` with every run of white space as one space, so wrapped help reads as one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What `-h` says of one option or argument: its line and the wrapped lines under it.
fn help_entry(help: &str, flag: &str) -> String {
    let mut lines = help.lines().skip_while(|l| !(l.starts_with("  ") && l.trim_start().starts_with(flag)));
    let first = lines.next().unwrap_or_default();
    let wrapped = lines.take_while(|l| l.len() - l.trim_start().len() > 8);
    std::iter::once(first).chain(wrapped).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_closed_value_flag_lists_its_values_in_help() {
    let env = Env::empty();
    for (command, flag, values) in CLOSED_VALUES {
        let short = env.run(&[command, &["-h"][..]].concat());
        short.ok();
        let listed = format!("[possible values: {}]", values.join(", "));
        let flag_help = one_line(&help_entry(&short.stdout, flag));
        assert!(
            flag_help.contains(&listed),
            "`{command:?} -h` lacks {listed} after {flag}: {}",
            short.stdout
        );

        let long = env.run(&[command, &["--help"][..]].concat());
        long.ok();
        for value in *values {
            assert!(
                long.stdout.contains(&format!("- {value}:")),
                "`{command:?} --help` explains no value {value} of {flag}: {}",
                long.stdout
            );
        }
    }
}

#[test]
fn a_bad_value_lists_the_valid_ones_and_suggests_the_closest() {
    let env = Env::empty();
    env.run(&["ticket", "list", "--status", "opne"])
        .fails(2, "(valid: open, in_progress, on_hold, resolved, closed); a similar value exists: 'open'");
    env.run(&["user", "add", "bob", "--role", "tech"])
        .fails(2, "valid: admin, supervisor, technician, viewer");
}

#[test]
fn closed_values_are_read_regardless_of_case_and_by_their_aliases() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer", "--priority", "HIGH", "-q"]).ok();
    let listed = env.run(&["ticket", "list", "--status", "Open", "--format", "json"]);
    assert_eq!(listed.ok().json()[0]["priority"], "high");
    std::fs::write(env.dir.path().join("none.txt"), "").expect("write the empty import");
    let import = env.dir.path().join("none.txt").to_string_lossy().into_owned();
    env.run(&["session", "import", &import, "--input-format", "jsonl", "--dry-run"]).ok();
}

#[test]
fn a_typo_in_a_subcommand_suggests_the_one_meant() {
    let env = Env::empty();
    env.run(&["timr", "start"]).fails(2, "a similar subcommand exists: 'timer'");
    env.run(&["ticket", "lsit"]).fails(2, "a similar subcommand exists: 'list'");
}

#[test]
fn a_typo_in_a_flag_suggests_the_one_meant() {
    let env = Env::empty();
    env.run(&["ticket", "list", "--stauts", "open"]).fails(2, "a similar argument exists: '--status'");
    env.run(&["timer", "start", "--notee", "x"]).fails(2, "a similar argument exists: '--note'");
}

#[test]
fn a_value_that_looks_like_a_flag_gets_the_double_dash_tip() {
    let env = Env::empty();
    env.run(&["ticket", "create", "-5"]).fails(2, "to pass '-5' as a value, use '-- -5'");
}

#[test]
fn bare_stint_and_bare_groups_print_their_usage_and_exit_2() {
    let env = Env::empty();
    for (command, usage, a_subcommand) in [
        (&[][..], "Usage: stint [OPTIONS] <COMMAND>", "timer"),
        (&["timer"][..], "Usage: stint timer [OPTIONS] <COMMAND>", "start"),
        (&["ticket"][..], "Usage: stint ticket [OPTIONS] <COMMAND>", "create"),
    ] {
        let run = env.run(command);
        assert_eq!(run.code, 2, "`stint {command:?}`: {}", run.stderr);
        assert!(run.stderr.contains(usage), "`stint {command:?}` printed no usage: {}", run.stderr);
        assert!(
            run.stderr.lines().any(|l| l.trim_start().starts_with(a_subcommand)),
            "`stint {command:?}` lists no {a_subcommand}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "usage goes to stderr: {}", run.stdout);
    }
}
