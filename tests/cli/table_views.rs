//! Every listing and record view as people see it, on a desk with long titles, unicode and a
//! running timer: snapshots at 40, 80 and 120 columns and an unknown width, plain and styled
//! (a pseudo-terminal), and the 80-column contract checked cell by cell.

use unicode_width::UnicodeWidthChar;

use crate::support::{Env, Run, Terminal, unstyled};

/// The admin's desk: tickets with a long German title and a Japanese one, a case, notes, and
/// work on all of them, one session across midnight and the timer running since 11:15.
fn desk() -> Env {
    let mut env = Env::alone();
    env.run_stdin(
        &[
            "user",
            "add",
            "tess",
            "--role",
            "technician",
            "--display-name",
            "Tess Ng-Østergård",
            "--email",
            "tess.ng-ostergard@helpdesk.example.com",
            "--password-stdin",
            "-q",
        ],
        "tess-password\n",
    )
    .ok();
    let ticket = |args: &[&str]| {
        env.run(&[&["ticket", "create"], args, &["-q"]].concat()).ok();
    };
    ticket(&[
        "Drucker im 3. Stock druckt nur leere Seiten – Fach 2 klemmt seit dem Firmware-Update",
        "--priority",
        "high",
        "--requester",
        "Empfang Nord (Frau Müller)",
        "--assignee",
        "tess",
        "--description",
        "Tray 2 jams on every job since Tuesday's firmware update; tray 1 prints blank pages.",
    ]);
    ticket(&["会議室のプロジェクターが映らない", "--priority", "urgent"]);
    ticket(&["VPN drops every hour", "--requester", "Ana"]);
    let case = env
        .run(&[
            "case",
            "open",
            "Outlook crashes on start after the KB5034441 update on every laptop in finance",
            "--ticket",
            "1",
            "--description",
            "Since Monday's update.",
            "-q",
        ])
        .ok()
        .stdout
        .trim()
        .to_owned();
    env.run(&["case", "note", &case, "Safe mode starts fine; the PDF add-in is the suspect."]).ok();
    env.run(&["case", "note", &case, "Disabled the add-in on 14 laptops — fixed ✅"]).ok();
    let manual = |target: &[&str], from: &str, to: &str, note: &str, tags: &[&str]| {
        let mut args = vec!["timer", "manual"];
        args.extend_from_slice(target);
        args.extend(["--from", from, "--to", to, "--note", note]);
        for tag in tags {
            args.extend(["--tag", tag]);
        }
        env.run(&args).ok();
    };
    manual(
        &["--ticket", "1"],
        "2024-03-11 09:00",
        "2024-03-11 10:30",
        "reseated the tray, cleaned the rollers and printed forty test pages",
        &["printer", "onsite"],
    );
    manual(
        &["--case", &case],
        "2024-03-13 23:00",
        "2024-03-14 01:30",
        "night shift: rebuilt profiles ☕",
        &[],
    );
    manual(&["--ticket", "2"], "2024-03-14 10:00", "2024-03-14 10:45", "プロジェクターのケーブルを交換", &[]);
    env.run(&["timer", "start", "--ticket", "3", "--at", "11:15", "--note", "waiting for the ISP"]).ok();
    // The client label is this machine's host name; a fixed one keeps widths the same anywhere.
    env.execute("UPDATE login_sessions SET client_label = $1", &["desk-pc"]);
    // Last, so the desk's audit event and note ids (database-wide counters the snapshots
    // show) are the same as in a database of its own.
    env.seed_neighbour();
    env
}

/// Display width of a line.
fn width(line: &str) -> usize {
    line.chars().map(|c| c.width().unwrap_or(0)).sum()
}

const WIDTHS: [Option<u16>; 4] = [Some(40), Some(80), Some(120), None];

/// The view `args` at every width, plain (piped, `COLUMNS`) and styled (a terminal of that
/// width): styled and plain lay out the same, and at 80 columns and more each line fits.
fn transcript(env: &Env, args: &[&str]) -> String {
    let mut out = format!("$ stint {}\n", args.join(" "));
    for width_limit in WIDTHS {
        let columns = width_limit.map(|w| w.to_string());
        let extra: Vec<(&str, &str)> = columns.iter().map(|c| ("COLUMNS", c.as_str())).collect();
        let plain: Run = env.run_full(&env.default_client(), args, None, &extra);
        plain.ok();
        assert_eq!(plain.stderr, "", "{plain:?}");
        let terminal = Terminal { columns: width_limit, env: vec![("NO_COLOR", None)] };
        let styled = env.run_in_terminal_with(args, &[], &terminal);
        assert_eq!(styled.code, 0, "{styled:?}");
        assert!(styled.stdout.contains("\u{1b}[1m"), "not styled: {styled:?}");
        assert_eq!(unstyled(&styled.stdout), plain.stdout, "styled and plain differ at {width_limit:?}");
        if let Some(limit) = width_limit.filter(|&w| w >= 80) {
            for line in plain.stdout.lines() {
                assert!(width(line) <= usize::from(limit), "wider than {limit}: {line:?}\n{}", plain.stdout);
            }
        }
        let label = width_limit.map_or_else(|| "unknown width".to_owned(), |w| format!("{w} columns"));
        out.push_str(&format!("--- {label}\n{}", plain.stdout));
        if width_limit == Some(80) {
            out.push_str(&format!(
                "--- 80 columns, styled (␛ = ESC)\n{}",
                styled.stdout.replace('\u{1b}', "␛")
            ));
        }
    }
    out.push_str("--- end\n");
    mask_cut_ids(&out)
}

/// A client id in parentheses cut short with `…` (`desk-pc (9a12…`) is random in every run:
/// its digits become `x`, keeping the width.
fn mask_cut_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('(') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let digits = rest.chars().take_while(char::is_ascii_hexdigit).count();
        if rest[digits..].starts_with('…') {
            out.push_str(&"x".repeat(digits));
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

fn snapshot(env: &Env, name: &str, args: &[&str]) {
    insta::with_settings!({
        filters => vec![
            (r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
            (r"\b[0-9a-f]{8}\b", "xxxxxxxx"),
            // A whole id cut short by `…` in a text cell (the audit's change).
            (r"xxxxxxxx-[0-9a-f-]*…", "xxxxxxxx-…"),
        ],
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, transcript(env, args));
    });
}

#[test]
fn listings_at_every_width() {
    let env = desk();
    snapshot(&env, "table_session_list", &["session", "list"]);
    snapshot(&env, "table_ticket_list", &["ticket", "list"]);
    snapshot(&env, "table_case_list", &["case", "list"]);
    snapshot(&env, "table_user_list", &["user", "list"]);
    snapshot(&env, "table_auth_sessions", &["auth", "sessions"]);
    snapshot(&env, "table_audit_list", &["audit", "list", "--limit", "6"]);
    snapshot(&env, "table_config_list", &["config", "list"]);
    let report = ["session", "report", "--from", "2024-03-01", "--to", "2024-03-16"];
    snapshot(&env, "table_report_by_ticket", &[&report[..], &["--by", "ticket"]].concat());
    snapshot(&env, "table_report_by_day", &[&report[..], &["--by", "day"]].concat());
}

#[test]
fn record_views_at_every_width() {
    let env = desk();
    let case = env.run(&["case", "list", "--format", "json"]).ok().json()[0]["case_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    snapshot(&env, "table_ticket_show", &["ticket", "show", "1"]);
    snapshot(&env, "table_case_show", &["case", "show", &case]);
    snapshot(&env, "table_case_log", &["case", "log", &case]);
    snapshot(&env, "table_session_show_running", &["session", "show", "last"]);
    snapshot(&env, "table_user_show", &["user", "show", "tess"]);
    snapshot(&env, "table_timer_status", &["timer", "status"]);
}

/// Column starts in display cells: where each heading begins in the heading line.
fn heading_columns(heading: &str) -> Vec<(usize, String)> {
    let mut columns = Vec::new();
    let mut at = 0;
    let mut start = None;
    let mut word = String::new();
    let mut spaces = 0;
    for c in heading.chars() {
        if c == ' ' {
            spaces += 1;
        } else {
            if start.is_none() || spaces >= 2 {
                if let Some(s) = start {
                    columns.push((s, word.clone()));
                }
                start = Some(at);
                word.clear();
            } else if spaces == 1 {
                word.push(' ');
            }
            spaces = 0;
            word.push(c);
        }
        at += c.width().unwrap_or(0);
    }
    if let Some(s) = start {
        columns.push((s, word));
    }
    columns
}

/// The line as display cells: a wide character fills its own cell and a continuation cell.
fn cells(line: &str) -> Vec<char> {
    let mut out = Vec::new();
    for c in line.chars() {
        out.push(c);
        out.extend(std::iter::repeat_n('\0', c.width().unwrap_or(1).saturating_sub(1)));
    }
    out
}

/// On a real 80-column terminal every row is one line, no date, duration or id is split, and
/// every heading starts where its column does in each row (or ends there, for numbers).
#[test]
fn an_80_column_terminal_gets_whole_rows_under_their_headings() {
    let env = desk();
    let sessions = env.run(&["session", "list", "--format", "json"]).ok().json();
    let sessions = sessions.as_array().cloned().unwrap_or_default();
    let terminal = Terminal { columns: Some(80), env: vec![("NO_COLOR", None)] };
    let screen = unstyled(&env.run_in_terminal_with(&["session", "list"], &[], &terminal).stdout);
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines.len(), sessions.len() + 1, "one line per row: {screen}");
    let starts = ["2024-03-11 09:00", "2024-03-13 23:00", "2024-03-14 10:00", "2024-03-15 11:15"];
    let durations = ["1:30:00", "2:30:00", "0:45:00", "running"];
    for (i, session) in sessions.iter().enumerate() {
        let line = lines[i + 1];
        assert!(width(line) <= 80, "{line:?}");
        assert!(line.starts_with(starts[i]), "{line:?}");
        assert!(line.contains(durations[i]), "{line:?}");
        let id = session["work_session_id"].as_str().unwrap_or_default();
        assert!(line.ends_with(&format!("  {}", &id[..8])), "{line:?}");
    }
    for args in [
        vec!["session", "list"],
        vec!["ticket", "list"],
        vec!["case", "list"],
        vec!["user", "list"],
        vec!["audit", "list", "--limit", "6"],
        vec!["config", "list"],
    ] {
        let styled = env.run_in_terminal_with(&args, &[], &terminal).stdout;
        let screen = unstyled(&styled);
        let lines: Vec<&str> = screen.lines().collect();
        assert!(styled.lines().next().is_some_and(|l| l.contains("\u{1b}[1m")), "{styled:?}");
        let headings = heading_columns(lines[0]);
        for line in &lines[1..] {
            assert!(width(line) <= 80, "{line:?}");
            let row = cells(line);
            let blank = |at: usize| row.get(at).is_none_or(|c| *c == ' ');
            for (start, heading) in &headings {
                if matches!(heading.as_str(), "#" | "SESSIONS" | "NOTES") {
                    // A number ends where its heading ends.
                    let end = start + width(heading);
                    assert!(!blank(end - 1) && blank(end), "{heading} is not over its numbers in {line:?}");
                } else if blank(*start) {
                    // An empty cell, not one shifted right.
                    assert!(blank(start + 1), "{heading} is not over its column in {line:?}");
                } else {
                    assert!(*start == 0 || blank(start - 1), "{heading} is not over its column in {line:?}");
                }
            }
        }
    }
}
