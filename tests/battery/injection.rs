//! Class 8, injection and output hygiene: SQL metacharacters in every text field, LIKE
//! wildcards in search, spreadsheet formulas in CSV/TSV, terminal escapes, bidi controls and
//! newlines in tables, NUL bytes, invalid UTF-8, very long strings, `| head -1`, and output to
//! closed pipes. `tests/cli` already checks a few of each (`%`/`_` search, an ANSI title, a
//! `=HYPERLINK` display name, invalid UTF-8 titles and notes, a NUL in a piped case note).

use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Stdio;

use serde_json::Value;

use crate::harness::{Battery, Case, Class, Db, desk, fresh, rfc3339, unix};
use crate::support::{ADMIN_PASSWORD, Env};

const SQL: [&str; 8] = [
    "'; DROP TABLE users; --",
    "\" OR \"1\"=\"1",
    "Robert'); DROP TABLE work_sessions;--",
    "%' OR '%'='",
    "\\'; SELECT 1; --",
    "1; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
    "' UNION SELECT token_hash FROM login_sessions --",
    "x' || (SELECT sqlite_version()) || '",
];

fn json_of(env: &Env, client: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    env.cmd(&all).on(client).run().ok().json()
}

/// Input: each of 8 SQL injection payloads as every free-text field: ticket title, description
/// and requester, case title, description and note, a work session's note (start, manual and
/// edit), a user's display name and email.
/// Expected: exit 0; the text comes back exactly (JSON); no table is lost (invariants, and the
/// number of users, tickets and sessions is what the commands made).
#[test]
fn sql_metacharacters_are_stored_exactly_in_every_text_field() {
    let (mut env, tess) = desk();
    let admin = env.default_client();
    for (i, payload) in SQL.iter().enumerate() {
        env.now = rfc3339(unix("2024-03-15T12:00:00Z") + i as i64 * 7200);
        crate::harness::login(&env, &tess, "tess", "tess-password").ok();
        crate::harness::login(&env, &admin, "admin", ADMIN_PASSWORD).ok();
        let field = |what: &str| format!("{what} = {payload:?}");
        let case = Case::begin(Class::Injection, field("ticket title, description, requester"), &env.db);
        let ticket = json_of(
            &env,
            &admin,
            &["ticket", "create", payload, "--description", payload, "--requester", payload],
        );
        for key in ["title", "description", "requester"] {
            assert_eq!(ticket[key], *payload, "{key}");
        }
        let number = ticket["number"].as_i64().expect("number").to_string();
        let edited = json_of(&env, &admin, &["ticket", "edit", &number, "--title", &format!("{payload}!")]);
        assert_eq!(edited["title"], format!("{payload}!"));
        case.end(Db::Any);

        let case = Case::begin(Class::Injection, field("case title, description, note"), &env.db);
        let opened = json_of(&env, &tess, &["case", "open", payload, "--description", payload]);
        let id = opened["case_id"].as_str().expect("case id").to_owned();
        let shown = json_of(&env, &tess, &["case", "show", &id]);
        assert_eq!(
            (&shown["title"], &shown["description"]),
            (&Value::from(*payload), &Value::from(*payload))
        );
        env.cmd(&["case", "note", &id, payload]).on(&tess).run().ok();
        let log = json_of(&env, &tess, &["case", "log", &id]);
        assert_eq!(log[0]["body"], *payload);
        case.end(Db::Any);

        let case = Case::begin(Class::Injection, field("work session notes"), &env.db);
        let started =
            json_of(&env, &tess, &["timer", "start", "--ticket", "1", "--at", "-30m", "--note", payload]);
        assert_eq!(started["note"], *payload);
        env.cmd(&["timer", "stop"]).on(&tess).run().ok();
        let manual = json_of(
            &env,
            &tess,
            &["timer", "manual", "--ticket", "1", "--from", "-60m", "--to", "-45m", "--note", payload],
        );
        let id = manual["work_session_id"].as_str().expect("id").to_owned();
        let edited = json_of(&env, &tess, &["session", "edit", &id[..8], "--note", &format!("{payload}?")]);
        assert_eq!(edited["note"], format!("{payload}?"));
        case.end(Db::Any);

        let case = Case::begin(Class::Injection, field("user display name and email"), &env.db);
        let name = format!("user{i}");
        let email = format!("o'hara\"--;{i}@example.com");
        env.cmd(&[
            "user",
            "add",
            &name,
            "--role",
            "viewer",
            "--display-name",
            payload,
            "--email",
            &email,
            "--password-stdin",
        ])
        .stdin("viewer-password\n")
        .run()
        .ok();
        let shown = json_of(&env, &admin, &["user", "show", &name]);
        assert_eq!((&shown["display_name"], &shown["email"]), (&Value::from(*payload), &Value::from(email)));
        case.end(Db::Any);
    }
    let users = json_of(&env, &env.default_client(), &["user", "list"]);
    assert_eq!(users.as_array().map(Vec::len), Some(2 + SQL.len()));
    let tickets = json_of(&env, &env.default_client(), &["ticket", "list"]);
    assert_eq!(tickets.as_array().map(Vec::len), Some(3 + SQL.len()));
    let sessions = json_of(&env, &env.default_client(), &["session", "list", "--all-users"]);
    assert_eq!(sessions.as_array().map(Vec::len), Some(2 * SQL.len()));
}

/// Input: SQL payloads as filters: `ticket list --search`, `audit list --actor/--action/--object`,
/// `session list --user`, `case list --owner`, `user show`.
/// Expected: each is a literal value: exit 0 with nothing found, or exit 2 "invalid username"
/// (names are checked before any lookup), and the database byte-identical.
#[test]
fn sql_metacharacters_in_filters_are_literal() {
    let env = fresh();
    env.cmd(&["ticket", "create", "Printer", "-q"]).run().ok();
    for payload in SQL {
        for (args, code) in [
            (vec!["ticket", "list", "--search", payload, "--format", "json"], 0),
            (vec!["audit", "list", "--actor", payload, "--format", "json"], 0),
            (vec!["audit", "list", "--action", payload, "--format", "json"], 0),
            (vec!["audit", "list", "--object", payload, "--format", "json"], 0),
            (vec!["session", "list", "--user", payload], 2),
            (vec!["case", "list", "--owner", payload], 2),
            (vec!["user", "show", payload], 2),
        ] {
            let case =
                Case::begin(Class::Injection, format!("`{} {}` = {payload:?}", args[0], args[1]), &env.db);
            let run = env.cmd(&args).run();
            if code == 0 {
                assert_eq!(run.ok().stdout.trim(), "[]", "{payload}");
            } else {
                run.fails(code, "invalid username");
            }
            case.end(Db::Identical);
        }
    }
}

/// Input: titles with `%`, `_`, `\`, `[`, `*`, quotes; `ticket list --search` for each
/// metacharacter (LIKE and GLOB wildcards, escapes, quotes).
/// Expected: exactly the titles that contain the text literally (case-insensitively), exit 0,
/// database byte-identical.
#[test]
fn search_wildcards_match_literally() {
    let env = fresh();
    let titles = [
        "100% done",
        "100 done",
        "snake_case",
        "snakeXcase",
        "C:\\temp\\new",
        "a\\%b",
        "[abc]",
        "*star*",
        "it's",
        "quote\"d",
        "x?y",
    ];
    for title in titles {
        env.cmd(&["ticket", "create", title, "-q"]).run().ok();
    }
    for (search, expected) in [
        ("%", vec!["100% done", "a\\%b"]),
        ("_", vec!["snake_case"]),
        ("E_C", vec!["snake_case"]),
        ("\\", vec!["C:\\temp\\new", "a\\%b"]),
        ("\\%", vec!["a\\%b"]),
        ("\\t", vec!["C:\\temp\\new"]),
        ("%%", vec![]),
        ("_%_", vec![]),
        ("[a", vec!["[abc]"]),
        ("[abc]", vec!["[abc]"]),
        ("*", vec!["*star*"]),
        ("?", vec!["x?y"]),
        ("'", vec!["it's"]),
        ("\"", vec!["quote\"d"]),
        ("0 d", vec!["100 done"]),
    ] {
        let case = Case::begin(Class::Injection, format!("`ticket list --search {search:?}`"), &env.db);
        let found =
            env.cmd(&["ticket", "list", "--search", search, "--sort", "oldest", "--format", "json"]).run();
        let found: Vec<String> = found
            .ok()
            .json()
            .as_array()
            .expect("array")
            .iter()
            .filter_map(|t| t["title"].as_str().map(String::from))
            .collect();
        assert_eq!(found, expected, "--search {search:?}");
        case.end(Db::Identical);
    }
}

/// Every text a spreadsheet would run as a formula, and a leading quote that must survive.
const FORMULAS: [&str; 10] = [
    "=1+1",
    "+1",
    "-15",
    "@SUM(A1)",
    "\tHYPERLINK",
    "\rcmd",
    "=cmd|' /C calc'!A0",
    "'=already quoted",
    "'plain quote",
    "''=two quotes",
];

fn csv_cells(text: &str, column: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let at = headers.iter().position(|h| h == column).unwrap_or_else(|| panic!("no column {column}"));
    reader.records().map(|r| r.expect("record")[at].to_owned()).collect()
}

/// Input: each formula text as a ticket title and requester, a case title, a user's display
/// name and a work session's note; every CSV and TSV listing of them; then the session CSV
/// imported into a fresh database.
/// Expected: every such cell starts with `'` (and a leading `'` gains one more), never with a
/// trigger; JSON keeps the exact text; the import reverses the guard exactly, so the second
/// database exports the same CSV.
#[test]
fn formula_cells_are_guarded_in_every_export_and_import_reverses_it() {
    let (env, tess) = desk();
    for (i, formula) in FORMULAS.iter().enumerate() {
        // `--` and `--flag=value` let a title or value start with a dash, as in any CLI.
        env.cmd(&["ticket", "create", &format!("--requester={formula}"), "-q", "--", formula]).run().ok();
        env.cmd(&["case", "open", "-q", "--", formula]).on(&tess).run().ok();
        let display = format!("--display-name={formula}");
        env.cmd(&["user", "add", &format!("f{i}"), "--role", "viewer", &display, "--password-stdin"])
            .stdin("viewer-password\n")
            .run()
            .ok();
        let from = format!("2024-03-14 {:02}:00", 8 + i);
        let to = format!("2024-03-14 {:02}:30", 8 + i);
        let note = format!("--note={formula}");
        env.cmd(&["timer", "manual", "--ticket", "1", "--from", &from, "--to", &to, &note])
            .on(&tess)
            .run()
            .ok();
    }
    let triggers = ['=', '+', '-', '@', '\t', '\r'];
    // A leading quote gains another only where removing one would expose a trigger or quote.
    let guarded = |original: &str| {
        let needs_quote = original.starts_with(triggers)
            || original
                .strip_prefix('\'')
                .is_some_and(|rest| rest.starts_with(triggers) || rest.starts_with('\''));
        if needs_quote { format!("'{original}") } else { original.to_owned() }
    };
    let listings: [(&str, &[&str], &str); 5] = [
        ("ticket titles", &["ticket", "list", "--sort", "oldest"], "title"),
        ("ticket requesters", &["ticket", "list", "--sort", "oldest"], "requester"),
        ("case titles", &["case", "list", "--all-users", "--sort", "oldest"], "title"),
        ("display names", &["user", "list"], "display_name"),
        ("session notes", &["session", "list", "--all-users"], "note"),
    ];
    for (what, args, column) in listings {
        for format in ["csv", "tsv"] {
            let case = Case::begin(Class::Injection, format!("formulas in {what} ({format})"), &env.db);
            let mut all = args.to_vec();
            all.extend(["--format", format]);
            let out = env.cmd(&all).run().ok().stdout.clone();
            let cells: Vec<String> = if format == "csv" {
                csv_cells(&out, column)
            } else {
                let mut lines = out.lines();
                let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
                let at = header.iter().position(|h| *h == column).expect("column");
                lines
                    .map(|l| l.split('\t').nth(at).expect("cell").replace("\\t", "\t").replace("\\r", "\r"))
                    .collect()
            };
            for cell in &cells {
                assert!(!cell.starts_with(triggers), "{what} {format}: unguarded cell {cell:?}");
            }
            for original in FORMULAS {
                assert!(cells.contains(&guarded(original)), "{what} {format}: {original:?} not in {cells:?}");
            }
            case.end(Db::Identical);
        }
    }
    let case = Case::begin(Class::Injection, "formula notes survive export and import", &env.db);
    let exported = env.cmd(&["session", "list", "--all-users", "--format", "csv"]).run().ok().stdout.clone();
    let target = fresh();
    for title in ["One", "Two", "Three"] {
        target.cmd(&["ticket", "create", title, "-q"]).run().ok();
    }
    crate::harness::add_user(&target, "tess", "technician");
    target.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin(&exported).run().ok();
    let again = target.cmd(&["session", "list", "--all-users", "--format", "csv"]).run().ok().stdout.clone();
    assert_eq!(again, exported);
    let notes: Vec<Value> = json_of(&target, &target.default_client(), &["session", "list", "--all-users"])
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["note"].clone())
        .collect();
    assert_eq!(notes, FORMULAS.iter().map(|f| Value::from(*f)).collect::<Vec<_>>());
    case.end(Db::Any);
}

/// Text that could restyle a terminal, move its cursor, set its title, hide a link or reorder
/// a line.
const HOSTILE_TEXT: [(&str, &str); 14] = [
    ("SGR colour", "\u{1b}[31mred\u{1b}[0m"),
    ("OSC window title", "\u{1b}]0;pwned\u{7}"),
    ("OSC 8 hyperlink", "\u{1b}]8;;http://evil.example\u{1b}\\click\u{1b}]8;;\u{1b}\\"),
    ("C1 CSI", "\u{9b}2J"),
    ("screen clear", "\u{1b}[2J\u{1b}[H"),
    ("carriage return", "safe\rEVIL"),
    ("backspaces", "abc\u{8}\u{8}\u{8}xyz"),
    ("bell and DEL", "ding\u{7}\u{7f}"),
    ("RLO override", "invoice\u{202e}fdp.exe"),
    ("isolates", "\u{2066}left\u{2069}\u{2067}right\u{2069}"),
    ("marks", "\u{200f}rlm\u{200e}lrm\u{61c}alm"),
    ("embeddings", "\u{202a}\u{202b}\u{202c}\u{202d}x"),
    ("newlines", "line one\nline two\nline three"),
    ("tab", "a\tb"),
];

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Input: each hostile text as a ticket title, a work session note, a case title and note and
/// a user's display name; shown by `ticket list`, `ticket show`, `session list`, `timer
/// status`, `case list`, `case log`, `user list`, `user show` and `audit list` tables.
/// Expected: no control (other than line ends), C1 or bidi character reaches stdout; every
/// table has exactly one line per record (`case log` one per line of the note); `--format json`
/// keeps the exact text.
#[test]
fn terminal_escapes_bidi_and_newlines_never_reach_a_table() {
    let (mut env, tess) = desk();
    for (i, (what, text)) in HOSTILE_TEXT.iter().enumerate() {
        env.now = rfc3339(unix("2024-03-15T12:00:00Z") + i as i64 * 3600);
        let name = format!("h{i}");
        let case = Case::begin(Class::Injection, format!("{what} in every table"), &env.db);
        let number = env.cmd(&["ticket", "create", text, "-q"]).run().ok().stdout.trim().to_owned();
        env.cmd(&["timer", "start", "--ticket", &number, "--at", "-10m", "--note", text])
            .on(&tess)
            .run()
            .ok();
        let case_id = env.cmd(&["case", "open", text, "-q"]).on(&tess).run().ok().stdout.trim().to_owned();
        env.cmd(&["case", "note", &case_id, text]).on(&tess).run().ok();
        env.cmd(&["user", "add", &name, "--role", "viewer", "--display-name", text, "--password-stdin"])
            .stdin("viewer-password\n")
            .run()
            .ok();
        let views: [(&Path, Vec<&str>, Option<usize>); 9] = [
            (&tess, vec!["ticket", "list", "--search", &number, "--limit", "1"], None),
            (&tess, vec!["ticket", "show", &number], None),
            (&tess, vec!["session", "list", "--running"], Some(2)),
            (&tess, vec!["timer", "status"], None),
            (&tess, vec!["case", "show", &case_id], None),
            // A note's lines are its paragraphs: the one view that prints a record on several
            // lines, each escaped on its own.
            (&tess, vec!["case", "log", &case_id], Some(1 + text.split('\n').count())),
            (&env.default_client(), vec!["user", "list"], Some(4 + i)),
            (&env.default_client(), vec!["user", "show", &name], None),
            (&env.default_client(), vec!["audit", "list", "--limit", "3"], Some(4)),
        ];
        for (client, args, lines) in views {
            let out = env.cmd(&args).on(client).run().ok().stdout.clone();
            let bad: Vec<char> = out.chars().filter(|c| is_unsafe(*c)).collect();
            assert!(bad.is_empty(), "{what}: `{}` printed {bad:?}:\n{out}", args.join(" "));
            if let Some(lines) = lines {
                assert_eq!(out.lines().count(), lines, "{what}: `{}`:\n{out}", args.join(" "));
            }
        }
        let json = json_of(&env, &tess, &["ticket", "show", &number]);
        assert_eq!(json["title"], *text, "JSON keeps exact text");
        env.cmd(&["timer", "stop"]).on(&tess).run().ok();
        case.end(Db::Any);
    }
}

/// Input: hostile text in arguments that refusals echo: `user show`, `ticket show`, `case
/// show`, `--format`, `--db`, `config get`, a subcommand name.
/// Expected: the refusal's one line on stderr carries no raw control or bidi character.
#[test]
fn refusals_escape_what_they_echo() {
    let env = fresh();
    for (what, text) in HOSTILE_TEXT {
        let db = format!("/nonexistent/{text}.db");
        for args in [
            vec!["user", "show", text],
            vec!["ticket", "show", text],
            vec!["case", "show", text],
            vec!["ticket", "list", "--format", text],
            vec!["--db", &db, "ticket", "list"],
            vec!["config", "get", text],
            vec![text],
        ] {
            let case = Case::begin(Class::Injection, format!("{what} echoed by `{}`", args[0]), &env.db);
            let run = env.cmd(&args).run();
            assert!(run.code > 0, "{run:?}");
            assert_eq!(run.stderr.trim_end().lines().count(), 1, "{what}: {:?}", run.stderr);
            let bad: Vec<char> = run.stderr.trim_end().chars().filter(|c| is_unsafe(*c)).collect();
            assert!(bad.is_empty(), "{what}: `{}` echoed {bad:?}: {:?}", args.join(" "), run.stderr);
            case.end(Db::Identical);
        }
    }
}

/// Input: NUL bytes wherever text can carry them: a piped case note, a piped password, and a
/// note in an imported CSV, NDJSON (`\u0000`) and JSON file among good records.
/// Expected: exit 2 naming the NUL (or the record), nothing written.
#[test]
fn nul_bytes_are_refused_wherever_text_enters() {
    let (env, tess) = desk();
    let case_id = env.cmd(&["case", "open", "NUL", "-q"]).on(&tess).run().ok().stdout.trim().to_owned();
    let good = "1,2024-03-14T08:00:00Z,2024-03-14T08:30:00Z,fine\n";
    let rows: [(&str, Vec<&str>, Vec<u8>, &str); 6] = [
        ("a piped case note", vec!["case", "note", &case_id, "--stdin"], b"before\0after".to_vec(), "NUL"),
        (
            "a piped password",
            vec!["user", "add", "nul", "--role", "viewer", "--password-stdin"],
            b"pass\0word-long\n".to_vec(),
            "NUL",
        ),
        (
            "a CSV note",
            vec!["session", "import", "-", "--input-format", "csv"],
            format!("ticket,start,end,note\n{good}1,2024-03-14T09:00:00Z,2024-03-14T09:30:00Z,a\0b\n").into_bytes(),
            "line 3",
        ),
        (
            "an NDJSON note",
            vec!["session", "import", "-", "--input-format", "ndjson"],
            b"{\"ticket\":1,\"start\":\"2024-03-14T09:00:00Z\",\"end\":\"2024-03-14T09:30:00Z\",\"note\":\"a\\u0000b\"}\n".to_vec(),
            "NUL",
        ),
        (
            "a JSON note",
            vec!["session", "import", "-", "--input-format", "json"],
            b"[{\"ticket\":1,\"start\":\"2024-03-14T09:00:00Z\",\"end\":\"2024-03-14T09:30:00Z\",\"note\":\"a\\u0000b\"}]".to_vec(),
            "NUL",
        ),
        (
            "a Timewarrior annotation",
            vec!["session", "import", "-", "--input-format", "timewarrior", "--ticket", "1"],
            b"[{\"start\":\"20240314T090000Z\",\"end\":\"20240314T093000Z\",\"annotation\":\"a\\u0000b\"}]".to_vec(),
            "NUL",
        ),
    ];
    for (what, args, input, needle) in rows {
        let case = Case::begin(Class::Injection, format!("NUL in {what}"), &env.db);
        let client = if args[0] == "user" { env.default_client() } else { tess.clone() };
        env.cmd(&args).on(&client).stdin(input).run().fails(2, needle);
        case.end(Db::Unchanged);
    }
}

/// Input: invalid UTF-8 as a note, a search, a username, a time, a format, a subcommand, a
/// case id, and in `STINT_TOKEN` and `STINT_BUSY_TIMEOUT_MS`; a non-UTF-8 `--db` path.
/// Expected: exit 2 "invalid UTF-8" (an unknown format or subcommand: exit 2 naming it); exit
/// 4 for the token, which must not fall back to the client's own login; nothing written; the
/// path is shown lossily in a one-line exit 8.
#[test]
fn invalid_utf8_in_arguments_and_environment() {
    let (env, tess) = desk();
    let rows: [(&str, Vec<&[u8]>, &str); 8] = [
        ("a timer note", vec![b"timer", b"start", b"--ticket", b"1", b"--note", b"caf\xe9"], "UTF-8"),
        (
            "a manual note",
            vec![
                b"timer",
                b"manual",
                b"--ticket",
                b"1",
                b"--from",
                b"09:00",
                b"--to",
                b"10:00",
                b"--note",
                b"\xff",
            ],
            "UTF-8",
        ),
        ("a search", vec![b"ticket", b"list", b"--search", b"\xc3("], "UTF-8"),
        ("a username", vec![b"session", b"list", b"--user", b"t\xe9ss"], "UTF-8"),
        ("a time", vec![b"timer", b"start", b"--ticket", b"1", b"--at", b"09:00\xa0"], "UTF-8"),
        ("a format", vec![b"ticket", b"list", b"--format", b"js\xf6n"], "invalid value"),
        ("a subcommand", vec![b"tim\xe9r", b"start"], "unrecognized subcommand"),
        ("a case id", vec![b"case", b"show", b"abcd\xff"], "UTF-8"),
    ];
    for (what, args, needle) in rows {
        let case = Case::begin(Class::Injection, format!("invalid UTF-8 in {what}"), &env.db);
        let run = env.cmd_raw(&args).on(&tess).run();
        run.fails(2, needle);
        case.end(Db::Identical);
    }
    let case = Case::begin(Class::Injection, "invalid UTF-8 in STINT_TOKEN", &env.db);
    let token = std::ffi::OsStr::from_bytes(b"stint_\xff");
    env.cmd(&["auth", "status"]).on(&tess).env("STINT_TOKEN", token).run().fails(4, "STINT_TOKEN");
    case.end(Db::Unchanged);
    let case = Case::begin(Class::Injection, "invalid UTF-8 in STINT_BUSY_TIMEOUT_MS", &env.db);
    let timeout = std::ffi::OsStr::from_bytes(b"5\xff");
    env.cmd(&["auth", "status"])
        .on(&tess)
        .env("STINT_BUSY_TIMEOUT_MS", timeout)
        .run()
        .fails(2, "STINT_BUSY_TIMEOUT_MS");
    case.end(Db::Identical);
    let case = Case::begin(Class::Injection, "a non-UTF-8 --db path", &env.db);
    let run = env.cmd_raw(&[b"--db", b"/nonexistent/\xff\xfe.db", b"ticket", b"list"]).run();
    run.fails(8, "no database at");
    case.end(Db::Identical);
}

/// Input: 100 KiB arguments (the kernel's per-argument limit is 128 KiB) as a title, a note, a
/// username, a search, a time, an id and a display name; a 1 MiB password on stdin; a 5,000
/// character `--db` path.
/// Expected: a one-line refusal naming the limit (exit 2), or for the path exit 8 "name too
/// long"; no panic; nothing written.
#[test]
fn very_long_strings() {
    let (env, tess) = desk();
    let long = "x".repeat(100 * 1024);
    let long_digits = "1".repeat(100 * 1024);
    let rows: [(&str, Vec<&str>, i32, &str); 9] = [
        ("a ticket title", vec!["ticket", "create", &long], 2, "the limit is 200"),
        (
            "a ticket description",
            vec!["ticket", "create", "t", "--description", &long],
            2,
            "the limit is 10000",
        ),
        ("a timer note", vec!["timer", "start", "--ticket", "1", "--note", &long], 2, "the limit is 2000"),
        ("a case note", vec!["case", "open", &long], 2, "the limit is 200"),
        ("a username", vec!["session", "list", "--user", &long], 2, "invalid username"),
        ("a search", vec!["ticket", "list", "--search", &long], 2, "the limit is 200"),
        ("a time", vec!["timer", "start", "--ticket", "1", "--at", &long_digits], 2, "too long"),
        ("a ticket number", vec!["ticket", "show", &long_digits], 2, "not a ticket number"),
        ("a work session id", vec!["session", "show", &long], 2, ""),
    ];
    for (what, args, code, needle) in rows {
        let case = Case::begin(Class::Injection, format!("100 KiB {what}"), &env.db);
        env.cmd(&args).on(&tess).run().fails(code, needle);
        case.end(Db::Identical);
    }
    let case = Case::begin(Class::Injection, "a 1 MiB password on stdin", &env.db);
    env.cmd(&["user", "add", "big", "--role", "viewer", "--password-stdin"])
        .stdin(format!("{}\n", "p".repeat(1 << 20)))
        .run()
        .fails(2, "longer than");
    case.end(Db::Identical);
    let case = Case::begin(Class::Injection, "100 KiB display name", &env.db);
    env.cmd(&["user", "add", "big", "--role", "viewer", "--display-name", &long, "--password-stdin"])
        .stdin("a-good-password\n")
        .run()
        .fails(2, "the limit is 200");
    case.end(Db::Identical);
    let case = Case::begin(Class::Injection, "a 5,000 character --db path", &env.db);
    let path = format!("/tmp/{}.db", "d".repeat(5000));
    env.cmd(&["--db", &path, "ticket", "list"]).run().fails(8, "name too long");
    case.end(Db::Identical);
}

/// Reads the first line of a command's stdout, then closes the pipe while it still writes.
fn first_line_then_close(env: &Env, args: &[&str]) -> (String, crate::support::Run) {
    let mut running = env.cmd(args).raw_stdout().start();
    let out = running.take_stdout_pipe();
    let mut out = out.expect("stdout pipe");
    let mut line = Vec::new();
    let mut byte = [0_u8; 1];
    while out.read(&mut byte).expect("read") == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    drop(out);
    (String::from_utf8_lossy(&line).into_owned(), running.wait())
}

/// Input: `| head -1` on large outputs: 3,000 work sessions in every format, 120 tickets with
/// long descriptions (JSON), the audit log of their creation, and `--help`.
/// Expected: the first line arrives, then the command ends quietly: exit 0, nothing on stderr.
#[test]
fn head_1_on_a_large_listing_ends_quietly() {
    let env = fresh();
    let mut csv = String::from("ticket,start,end,note\n");
    let base = unix("2023-01-01T00:00:00Z");
    env.cmd(&["ticket", "create", "Bulk", "-q"]).run().ok();
    for i in 0..3000 {
        let start = base + i * 3600;
        csv.push_str(&format!(
            "1,{},{},row {i} with a note long enough to fill the pipe\n",
            rfc3339(start),
            rfc3339(start + 1800)
        ));
    }
    env.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin(csv).run().ok();
    let description = "d".repeat(4000);
    std::thread::scope(|scope| {
        for half in 0..2 {
            let (env, description) = (&env, &description);
            scope.spawn(move || {
                for i in 0..60 {
                    env.cmd(&[
                        "ticket",
                        "create",
                        &format!("T{half}-{i}"),
                        "--description",
                        description,
                        "-q",
                    ])
                    .run()
                    .ok();
                }
            });
        }
    });
    for args in [
        &["session", "list", "--format", "csv"][..],
        &["session", "list", "--format", "tsv"],
        &["session", "list", "--format", "json"],
        &["session", "list", "--format", "ndjson"],
        &["session", "list"],
        &["session", "list", "--clip", "--format", "csv"],
        &["ticket", "list", "--format", "json"],
        &["audit", "list", "--format", "ndjson"],
        &["audit", "list"],
        &["--help"],
    ] {
        let case = Case::begin(Class::Injection, format!("`stint {} | head -1`", args.join(" ")), &env.db);
        let (line, run) = first_line_then_close(&env, args);
        assert!(!line.is_empty(), "no first line from `{}`", args.join(" "));
        // A table of the whole audit log says on stderr that it shows the latest 50; nothing
        // else may be said, least of all about the closed pipe.
        let said = if args == ["audit", "list"] {
            "Showing the latest 50 audit events; use --limit N or a filter (--since, --actor, --object, --action) for others.\n"
        } else {
            ""
        };
        assert_eq!((run.code, run.stderr.as_str()), (0, said), "`{}`", args.join(" "));
        case.end(Db::Identical);
    }
}

/// Input: commands whose stdout and stderr are both a pipe nobody reads any more (`2>&1 |
/// head -0`): a quiet create that prints an id, a create that prints a notice and a record, a
/// token printed for a script, a refusal, a usage error, `--version` and a completion script.
/// Expected: no panic; the exit code is the command's own (0, or the refusal's), and a
/// change is made (or not) exactly as with a reader.
#[test]
fn output_to_a_closed_pipe_never_panics() {
    let env = fresh();
    let rows: [(&str, Vec<&str>, Option<&str>, i32); 10] = [
        ("a quiet ticket create", vec!["ticket", "create", "Quiet", "-q"], None, 0),
        ("a ticket create", vec!["ticket", "create", "Loud"], None, 0),
        ("a quiet case open", vec!["case", "open", "Quiet", "-q"], None, 0),
        (
            "a quiet user add",
            vec!["user", "add", "quiet", "--role", "viewer", "--password-stdin", "-q"],
            Some("viewer-password\n"),
            0,
        ),
        ("config get", vec!["config", "get", "session.ttl"], None, 0),
        (
            "a printed token",
            vec!["auth", "login", "admin", "--password-stdin", "--print-token"],
            Some("admin-password\n"),
            0,
        ),
        ("a refusal", vec!["ticket", "show", "99"], None, 3),
        ("a usage error", vec!["ticket", "frobnicate"], None, 2),
        ("--version", vec!["--version"], None, 0),
        ("a completion script", vec!["completions", "bash"], None, 0),
    ];
    for (what, args, input, code) in rows {
        let case = Case::begin(Class::Injection, format!("{what} into a closed pipe"), &env.db);
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = env
            .cmd(&args)
            .stdout(Stdio::from(writer.try_clone().expect("clone")))
            .stderr(Stdio::from(writer));
        if let Some(input) = input {
            cmd = cmd.stdin(input);
        }
        let run = cmd.run();
        assert_eq!(run.code, code, "{what}: {run:?}");
        case.end(Db::Any);
    }
    let tickets = json_of(&env, &env.default_client(), &["ticket", "list"]);
    assert_eq!(tickets.as_array().map(Vec::len), Some(2), "both creates happened");
}

/// Collects the keys that appear twice in one JSON object, at any depth.
struct DuplicateKeys<'a>(&'a mut Vec<String>);

impl<'de> serde::de::DeserializeSeed<'de> for DuplicateKeys<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for DuplicateKeys<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.0.push(key);
            }
            map.next_value_seed(DuplicateKeys(&mut *self.0))?;
        }
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(DuplicateKeys(&mut *self.0))?.is_some() {}
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

fn duplicate_keys(json: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(json);
    while !stream_done(&mut stream) {
        serde::de::DeserializeSeed::deserialize(DuplicateKeys(&mut found), &mut stream).expect("JSON");
    }
    found
}

fn stream_done(stream: &mut serde_json::Deserializer<serde_json::de::StrRead<'_>>) -> bool {
    stream.end().is_ok()
}

/// Input: every command that prints records, in `--format json` and `ndjson`.
/// Expected: valid JSON in which no object names a key twice (a parser would silently keep
/// only one of them).
#[test]
fn machine_output_never_repeats_a_key() {
    let (env, tess) = desk();
    env.cmd(&["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00"]).on(&tess).run().ok();
    env.cmd(&["timer", "start", "--ticket", "2"]).on(&tess).run().ok();
    let case_id = env.cmd(&["case", "open", "Keys", "-q"]).on(&tess).run().ok().stdout.trim().to_owned();
    env.cmd(&["case", "note", &case_id, "a note"]).on(&tess).run().ok();
    let session =
        env.cmd(&["session", "list", "--format", "json"]).on(&tess).run().ok().json()[0]["work_session_id"]
            .as_str()
            .expect("id")
            .to_owned();
    let commands: [&[&str]; 18] = [
        &["auth", "status"],
        &["auth", "sessions"],
        &["user", "show", "me"],
        &["user", "list"],
        &["ticket", "show", "1"],
        &["ticket", "list"],
        &["case", "show", &case_id],
        &["case", "list"],
        &["case", "log", &case_id],
        &["session", "list"],
        &["session", "list", "--clip", "--from", "2024-03-15"],
        &["session", "show", &session[..8]],
        &["session", "report", "--by", "ticket", "--by", "day", "--round", "15m"],
        &["timer", "status"],
        &["config", "list"],
        &["config", "get", "session.ttl"],
        &["audit", "list"],
        &["session", "import", "-", "--input-format", "csv", "--dry-run"],
    ];
    for args in commands {
        let case =
            Case::begin(Class::Injection, format!("no repeated keys in `{}`", args.join(" ")), &env.db);
        for format in ["json", "ndjson"] {
            let mut all = args.to_vec();
            all.extend(["--format", format]);
            let client = if args[0] == "audit" { env.default_client() } else { tess.clone() };
            let run = env
                .cmd(&all)
                .on(&client)
                .stdin("ticket,start,end\n1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z\n")
                .run();
            let repeated = duplicate_keys(&run.ok().stdout);
            assert!(repeated.is_empty(), "`{}` repeats {repeated:?}", all.join(" "));
        }
        case.end(Db::Identical);
    }
}

/// The names listed under "Commands:" in a help text (without `help` itself).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// Input: `STINT_DB` holding a PostgreSQL URL with a password (and the other `STINT_*`
/// variables set to recognisable values), then `--help` and `-h` on every command and group.
/// Expected: no help text contains any of the values; the variable's name is still shown.
#[test]
fn help_never_shows_a_password_from_the_environment() {
    let env = Env::empty();
    let secrets = [
        ("STINT_DB", "postgres://admin:S3cretPW@db.example/stint"),
        ("STINT_TOKEN", "stint_TokenValue123"),
        ("STINT_CONFIG_DIR", "/tmp/ConfigDirValue"),
        ("STINT_BUSY_TIMEOUT_MS", "4321"),
    ];
    let mut pending: Vec<Vec<String>> = vec![Vec::new()];
    let mut seen = 0;
    while let Some(path) = pending.pop() {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let case = Case::begin_without_file(Class::Injection, format!("`stint {}`", args.join(" ")));
            let mut cmd = env.cmd(&args);
            for (name, value) in secrets {
                cmd = cmd.env(name, value);
            }
            let run = cmd.run().ok().stdout.clone();
            for (name, value) in secrets {
                assert!(!run.contains(value), "`stint {}` shows {name}'s value: {run}", args.join(" "));
            }
            assert!(run.contains("STINT_DB"), "`stint {}` no longer names STINT_DB", args.join(" "));
            if flag == "--help" {
                for sub in subcommands(&run) {
                    let mut next = path.clone();
                    next.push(sub);
                    pending.push(next);
                }
            }
            case.end(Db::Any);
            seen += 1;
        }
    }
    assert!(seen > 50, "only {seen} help texts were checked");
}

/// Input: PostgreSQL URLs carrying a password in every form (user-info, percent-encoded, with
/// unencoded `@`s, `/` or `?`, a `password=` parameter first, last, upper-case or with an encoded
/// name), through `STINT_DB` and `--db`, to servers that cannot be reached, over TCP without
/// `sslmode=require`, with a port that is not a number, and with an `@` in a `password=`.
/// Expected: a one-line refusal (exit 7 for an unreachable server, else 2) that never contains
/// any part of the password.
#[test]
fn database_passwords_never_appear_in_messages() {
    let env = Env::empty();
    let gone = env.dir.path().join("no-socket");
    let sock = gone.display().to_string().replace('/', "%2F");
    let forms = [
        format!("postgresql://admin:Xq7Zk9Wv@{sock}/stint"),
        format!("postgresql://admin:Xq7%40Zk9Wv@{sock}/stint"),
        format!("postgresql://admin:Xq7@Zk9@Wvx@{sock}/stint"),
        format!("postgresql://admin:Xq7/Zk9Wv@{sock}/stint"),
        format!("postgresql://admin:Xq7?Zk9Wv@{sock}/stint"),
        format!("postgresql:///stint?host={sock}&password=Xq7Zk9Wv"),
        format!("postgresql:///stint?password=Xq7Zk9Wv&host={sock}"),
        format!("postgresql:///stint?host={sock}&%70assword=Xq7Zk9Wv"),
    ];
    let tcp = [
        ("postgres://admin:Xq7Zk9Wv@127.0.0.1:1/stint?sslmode=require", 7),
        ("postgres://admin:Xq7@Zk9@Wvx@127.0.0.1:1/stint?sslmode=require", 7),
        ("postgres://127.0.0.1:1/stint?sslmode=require&password=Xq7Zk9Wv", 7),
        ("postgres://admin:Xq7Zk9Wv@127.0.0.1:1/stint", 2),
        ("postgres://127.0.0.1:1/stint?password=Xq7Zk9Wv", 2),
        ("postgres://admin:Xq7Zk9Wv@127.0.0.1:notaport/stint", 2),
        // The driver ends the user-info at the first `@` anywhere, so it takes `Zk9Wv` for a
        // host reached over TCP.
        ("postgresql:///stint?host=%2Ftmp&password=Xq7@Zk9Wv", 2),
        // Not an option the driver knows: refused as such, its value hidden all the same.
        ("postgresql:///stint?host=%2Ftmp&PASSWORD=Xq7Zk9Wv", 2),
    ];
    let cases = forms.iter().map(|f| (f.as_str(), 7)).chain(tcp);
    for (url, code) in cases {
        for via_flag in [false, true] {
            let case = Case::begin_without_file(Class::Injection, format!("password in {url}"));
            let run = if via_flag {
                env.cmd(&["--db", url, "ticket", "list"]).run()
            } else {
                env.cmd(&["ticket", "list"]).env("STINT_DB", url).run()
            };
            run.fails(code, "postgres");
            // The temporary directory's random name is no part of the password.
            let stderr = run.stderr.replace(&sock, "").replace(&gone.display().to_string(), "");
            for piece in ["Xq7", "Zk9", "Wv"] {
                assert!(!stderr.contains(piece), "{url}: the message shows {piece:?}: {}", run.stderr);
            }
            case.end(Db::Any);
        }
    }
}

/// Input: `session import` of 1 GiB from `/dev/zero` and of endless-looking text (a record
/// that never ends: 2 MiB of `x` without a line end) in every format, under a 512 MiB address
/// space limit.
/// Expected: exit 2 naming the line or record and the 1 MiB cap, in bounded memory (before,
/// the reader buffered the whole "line" and the allocator aborted); nothing written.
#[test]
fn imports_of_input_without_line_ends_stay_bounded() {
    let (env, tess) = desk();
    let limited = "head -c 1073741824 /dev/zero | exec prlimit --as=536870912 -- \"$@\"";
    for format in ["csv", "ndjson", "json", "timewarrior", "watson"] {
        let case = Case::begin(Class::Injection, format!("/dev/zero imported as {format}"), &env.db);
        let run = env
            .cmd(&["session", "import", "-", "--input-format", format, "--ticket", "1"])
            .on(&tess)
            .wrapped(&["sh", "-c", limited, "sh"])
            .run();
        assert_eq!(run.code, 2, "{format}: {run:?}");
        assert_eq!(run.stderr.trim_end().lines().count(), 1, "{format}: {:?}", run.stderr);
        case.end(Db::Unchanged);
    }
    let endless = "x".repeat(2 * 1024 * 1024);
    let rows = [
        (
            "csv",
            format!("ticket,start,end,note\n1,2024-03-14T09:00:00Z,2024-03-14T09:10:00Z,{endless}"),
            "line 2",
        ),
        ("ndjson", format!("{{\"ticket\":1,\"start\":\"{endless}"), "line 1"),
        ("json", format!("[{{\"ticket\":1,\"note\":\"{endless}"), "record 1"),
        (
            "timewarrior",
            format!("[{{\"start\":\"20240314T090000Z\"}},{{\"annotation\":\"{endless}"),
            "record 2",
        ),
        ("csv", endless.clone(), "line 1"),
    ];
    for (format, input, position) in rows {
        let case = Case::begin(Class::Injection, format!("a 2 MiB {format} record"), &env.db);
        let run = env
            .cmd(&["session", "import", "-", "--input-format", format, "--ticket", "1"])
            .on(&tess)
            .stdin(input)
            .run();
        run.fails(2, position);
        assert!(run.stderr.contains("1 MiB"), "{format}: {}", run.stderr);
        case.end(Db::Unchanged);
    }
}
