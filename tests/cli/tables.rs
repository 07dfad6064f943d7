//! Tables as people see them: in a pseudo-terminal of a given width, styled and plain, and
//! through `COLUMNS` when the terminal reports no width.

use crate::support::{Env, Terminal};

/// The screen without styling escapes, one entry per line.
fn plain_lines(screen: &str) -> Vec<String> {
    crate::support::unstyled(screen).lines().map(str::to_owned).collect()
}

/// The column where `word` starts in the line that starts with `prefix`.
fn column_of(lines: &[String], prefix: &str, word: &str) -> usize {
    let line =
        lines.iter().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no line {prefix}: {lines:?}"));
    line.find(word).unwrap_or_else(|| panic!("no {word} in {line}"))
}

/// A styled heading sits over its data exactly as a plain one does.
#[test]
fn styled_headings_align_with_their_data() {
    let env = Env::new();
    let styled = Terminal { columns: Some(120), env: vec![("NO_COLOR", None)] };
    let run = env.run_in_terminal_with(&["config", "list"], &[], &styled);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("\u{1b}[1m"), "not styled: {run:?}");
    let lines = plain_lines(&run.stdout);
    assert!(lines[0].starts_with("KEY"), "the heading is shifted: {:?}", lines[0]);
    assert_eq!(column_of(&lines, "KEY", "VALUE"), column_of(&lines, "session.ttl", "14d"), "{lines:#?}");

    let plain = env.run_in_terminal_with(
        &["config", "list"],
        &[],
        &Terminal { columns: Some(120), ..Default::default() },
    );
    assert_eq!(plain_lines(&plain.stdout), lines, "styled and plain tables differ in layout");
}

/// A terminal that reports 0 columns is taken as reporting none: the table keeps its natural
/// width (or `COLUMNS`), never one character per line.
#[test]
fn a_terminal_of_zero_columns_gets_whole_words() {
    let env = Env::new();
    let run = env.run_in_terminal(&["config", "list"], &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines = plain_lines(&run.stdout);
    assert!(lines[0].starts_with("KEY") && lines[0].contains("DESCRIPTION"), "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("session.ttl")), "{lines:#?}");

    let narrow = Terminal { columns: None, env: vec![("COLUMNS", Some("60"))] };
    let run = env.run_in_terminal_with(&["config", "list"], &[], &narrow);
    let lines = plain_lines(&run.stdout);
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "wider than COLUMNS=60: {lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("session.ttl")), "{lines:#?}");
}

/// On a real width, no line of the table is wider than the terminal.
#[test]
fn tables_fit_the_terminal_width() {
    let env = Env::new();
    let run = env.run_in_terminal_with(
        &["config", "list"],
        &[],
        &Terminal { columns: Some(70), ..Default::default() },
    );
    let lines = plain_lines(&run.stdout);
    assert!(lines.iter().all(|l| l.chars().count() <= 70), "wider than 70 columns: {lines:#?}");
    // Piped, COLUMNS still limits the table.
    let piped = env.run_full(&env.default_client(), &["config", "list"], None, &[("COLUMNS", "60")]);
    assert!(piped.ok().stdout.lines().all(|l| l.chars().count() <= 60), "{}", piped.stdout);
}
