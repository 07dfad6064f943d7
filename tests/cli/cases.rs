//! Cases: each command, its refusals (exit 2, 3, 5, 6), id prefixes, owner visibility, the
//! same output from two clients of one user, and the permission matrix rows for cases.

use std::path::Path;

use crate::support::{Env, Run};
use crate::tickets::run_raw;

const FORMATS: [&str; 5] = ["table", "json", "csv", "tsv", "ndjson"];

fn open(env: &Env, client: &Path, title: &str) -> String {
    let run = env.run_on(client, &["case", "open", title, "-q"]);
    let id = run.ok().stdout.trim().to_owned();
    assert!(uuid::Uuid::parse_str(&id).is_ok_and(|u| u.get_version_num() == 4), "a v4 uuid: {id:?}");
    id
}

fn titles(run: &Run) -> Vec<String> {
    run.ok()
        .json()
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["title"].as_str().map(String::from))
        .collect()
}

/// Stores cases with chosen ids straight into the database, so prefixes can collide.
fn insert_cases(env: &Env, owner: &str, ids: &[&str]) {
    for id in ids {
        env.execute(
            "INSERT INTO cases (case_id, org_id, title, status, priority, owner_id, created_at, updated_at)
             SELECT CAST($1 AS TEXT), org_id, 'case ' || CAST($1 AS TEXT), 'open', 'normal', user_id, 0, 0
             FROM users WHERE username = CAST($2 AS TEXT)
               AND org_id = (SELECT org_id FROM organizations WHERE name = 'default')",
            &[id, owner],
        );
    }
}

#[test]
fn a_technician_opens_a_case_on_a_ticket_and_keeps_notes() {
    let mut env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.run_on(&tom, &["ticket", "create", "VPN", "-q"]).ok();
    let opened = env.run_on(
        &tom,
        &[
            "case",
            "open",
            "VPN drops after sleep",
            "--description",
            "Since the update",
            "--priority",
            "high",
            "--ticket",
            "#1",
            "--format",
            "json",
        ],
    );
    assert!(opened.ok().stderr.starts_with("Opened case "), "{}", opened.stderr);
    let case = opened.json();
    let id = case["case_id"].as_str().expect("id").to_owned();
    let mut keys: Vec<&str> = case.as_object().expect("object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "case_id",
            "created_at",
            "message_count",
            "owner",
            "owner_id",
            "priority",
            "status",
            "ticket",
            "title",
            "updated_at"
        ]
    );
    assert_eq!((case["owner"].as_str(), case["ticket"].as_i64()), (Some("tom"), Some(1)));
    assert_eq!((case["status"].as_str(), case["priority"].as_str()), (Some("open"), Some("high")));

    env.now = "2024-03-15T12:05:00Z".into();
    let short = &id[..6];
    let note = env.run_on(&tom, &["case", "note", short, "Checked the driver", "--format", "json"]);
    // Note ids count every note in the database, other organisations' too: the notice names
    // the new note's id, and the next note gets the next one.
    let first = note.ok().json()["note_id"].as_i64().expect("a note id");
    assert!(note.stderr.contains(&format!("Added note {first} to case {}", &id[..8])), "{}", note.stderr);
    assert_eq!(note.json()["author"], "tom");
    env.now = "2024-03-15T12:10:00Z".into();
    let piped =
        env.run_full(&tom, &["case", "note", &id, "--stdin", "-q"], Some("Power plan:\nnever sleep\n"), &[]);
    assert_eq!(piped.ok().stdout, format!("{}\n", first + 1));

    let log = env.run_on(&tom, &["case", "log", short]);
    let expected = format!(
        "\
#  TIME              AUTHOR  NOTE
{first}  2024-03-15 12:05  tom     Checked the driver
{}  2024-03-15 12:10  tom     Power plan:
                             never sleep
",
        first + 1
    );
    assert_eq!(log.ok().stdout, expected);
    let log = env.run_on(&tom, &["case", "log", short, "--format", "json"]).ok().json();
    assert_eq!(log[1]["body"], "Power plan:\nnever sleep");
    assert_eq!(log[1]["case_id"], id.as_str());

    let shown = env.run_on(&tom, &["case", "show", short, "--format", "json"]).ok().json();
    assert_eq!(shown["message_count"], 2);
    assert_eq!(shown["description"], "Since the update");
    assert_eq!(shown["updated_at"], "2024-03-15T12:10:00Z");
    // The work sessions on it are counted, not listed, for machines.
    assert_eq!(shown["session_count"], 0, "{shown}");
    assert!(shown.get("sessions").is_none(), "{shown}");
    let table = env.run_on(&tom, &["case", "show", short]).ok().stdout.clone();
    assert!(
        table.starts_with(&format!("ID           {id}\nTITLE        VPN drops after sleep\n")),
        "{table}"
    );
    let list = env.run_on(&tom, &["case", "list"]);
    let expected = format!(
        "ID        TITLE                  STATUS  PRIORITY  OWNER  TICKET  NOTES  UPDATED\n\
         {}  VPN drops after sleep  open    high      tom    #1          2  2024-03-15 12:10\n",
        &id[..8]
    );
    assert_eq!(list.ok().stdout, expected);
}

#[test]
fn edit_close_archive_and_their_notices() {
    let env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.run_on(&tom, &["ticket", "create", "T", "-q"]).ok();
    let id = open(&env, &tom, "Disk full");
    let edited = env.run_on(
        &tom,
        &[
            "case",
            "edit",
            &id,
            "--status",
            "investigating",
            "--ticket",
            "1",
            "--title",
            "Disk C: full",
            "--format",
            "json",
        ],
    );
    let json = edited.ok().json();
    assert_eq!((json["status"].as_str(), json["ticket"].as_i64()), (Some("investigating"), Some(1)));
    let same = env.run_on(&tom, &["case", "edit", &id, "--ticket", "1"]);
    assert!(same.ok().stderr.contains("already had those values; nothing changed"), "{}", same.stderr);
    let unlinked = env.run_on(&tom, &["case", "edit", &id, "--no-ticket", "--format", "json"]).ok().json();
    assert!(unlinked["ticket"].is_null());
    env.run_on(&tom, &["case", "edit", &id, "--ticket", "9"]).fails(3, "no ticket #9");
    env.run_on(&tom, &["case", "edit", &id]).fails(2, "nothing to change");
    env.run_on(&tom, &["case", "edit", &id, "--ticket", "1", "--no-ticket"]).fails(2, "cannot be used with");
    env.run_on(&tom, &["case", "edit", &id, "--status", "done"])
        .fails(2, "valid: open, investigating, resolved, closed, archived");

    assert_eq!(env.run_on(&tom, &["case", "close", &id, "--format", "json"]).ok().json()["status"], "closed");
    assert!(
        env.run_on(&tom, &["case", "close", &id]).ok().stderr.contains("is already closed; nothing changed")
    );
    assert_eq!(
        env.run_on(&tom, &["case", "archive", &id, "--format", "json"]).ok().json()["status"],
        "archived"
    );
    assert!(env.run_on(&tom, &["case", "archive", &id]).ok().stderr.contains("is already archived"));
    env.run_on(&tom, &["case", "note", &id, "too late"]).fails(6, "is archived");
    env.run_on(&tom, &["case", "edit", &id, "--status", "open"]).ok();
    env.run_on(&tom, &["case", "note", &id, "reopened"]).ok();

    let audit =
        env.run(&["audit", "list", "--object", &format!("case:{id}"), "--format", "json"]).ok().json();
    let actions: Vec<&str> =
        audit.as_array().expect("array").iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(
        actions,
        ["case.open", "case.edit", "case.edit", "case.close", "case.archive", "case.edit", "case.note"]
    );
    let first_edit = &audit[1];
    assert_eq!(first_edit["before"]["status"], "open");
    assert_eq!(first_edit["after"]["status"], "investigating");
    assert_eq!(first_edit["before"]["title"], "Disk full");
    assert_eq!(first_edit["after"]["ticket"], 1);
}

/// `--no-ticket` takes a case off its ticket, as it does a work session; the first spelling,
/// `--unlink-ticket`, still works for scripts but no longer shows in help.
#[test]
fn case_edit_no_ticket_and_its_old_spelling_both_unlink() {
    let env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.run_on(&tom, &["ticket", "create", "T", "-q"]).ok();
    let id = open(&env, &tom, "Disk full");
    for flag in ["--no-ticket", "--unlink-ticket"] {
        let linked =
            env.run_on(&tom, &["case", "edit", &id, "--ticket", "1", "--format", "json"]).ok().json();
        assert_eq!(linked["ticket"].as_i64(), Some(1), "{flag}");
        env.run_on(&tom, &["case", "edit", &id, flag, "--format", "json"]).ok();
        let shown = env.run_on(&tom, &["case", "show", &id, "--format", "json"]).ok().json();
        assert!(shown["ticket"].is_null(), "{flag} left the ticket: {shown}");
        env.run_on(&tom, &["case", "edit", &id, "--ticket", "1", flag]).fails(2, "cannot be used with");
        let still = env.run_on(&tom, &["case", "show", &id, "--format", "json"]).ok().json();
        assert!(still["ticket"].is_null(), "a refused edit changed the case: {still}");
    }
    env.run_on(&tom, &["case", "edit", &id]).fails(2, "--ticket or --no-ticket");
    for command in ["case", "session"] {
        let help = env.run_on(&tom, &[command, "edit", "--help"]);
        assert!(help.ok().stdout.contains("--no-ticket"), "{command} edit --help: {}", help.stdout);
        assert!(!help.stdout.contains("unlink-ticket"), "{command} edit --help: {}", help.stdout);
    }
}

#[test]
fn refusals_are_one_line_with_the_right_exit_code() {
    let env = Env::new();
    let client = env.default_client();
    env.run(&["case", "open", "x", "--ticket", "5"]).fails(3, "no ticket #5");
    env.run(&["case", "open", ""]).fails(2, "title must not be empty");
    env.run(&["case", "open", &"t".repeat(201)]).fails(2, "the limit is 200");
    env.run(&["case", "open", "x", "--priority", "p1"]).fails(2, "valid: low, normal, high, urgent");
    run_raw(&env, &client, &[b"case", b"open", b"\xff\xfe"]).fails(2, "invalid UTF-8");
    let id = open(&env, &client, "x");
    env.run(&["case", "show", "ffffffff"]).fails(3, "no case matches ffffffff");
    env.run(&["case", "show", "abc"]).fails(2, "at least 4 hex digits");
    env.run(&["case", "show", "wxyz"]).fails(2, "not an id or id prefix");
    env.run(&["case", "note", &id]).fails(2, "--stdin");
    env.run(&["case", "note", &id, "text", "--stdin"]).fails(2, "cannot be used with");
    env.run(&["case", "note", &id, " "]).fails(2, "note must not be empty");
    env.run_full(&client, &["case", "note", &id, "--stdin"], Some("nul\0byte"), &[])
        .fails(2, "must not contain NUL");
    let long = "ü".repeat(20_001);
    env.run_full(&client, &["case", "note", &id, "--stdin"], Some(&long), &[]).fails(2, "the limit is 20000");
    env.run_full(&client, &["case", "note", &id, "--stdin"], Some(&"ü".repeat(20_000)), &[]).ok();
    run_raw(&env, &client, &[b"case", b"note", id.as_bytes(), b"caf\xe9"]).fails(2, "invalid UTF-8");
    let mut piped = env.command(&client, &["case", "note", &id, "--stdin"]);
    piped
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = piped.spawn().expect("spawn");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), b"caf\xe9\n").expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "error: the note on stdin is not valid UTF-8\n");
    env.run(&["case", "list", "--status", "gone"]).fails(2, "valid: open, investigating");
    env.run(&["case", "list", "--owner", "admin", "--all-users"]).fails(2, "cannot be used with");
    env.run(&["case", "list", "--owner", "nobody"]).fails(3, "no user named");
    env.run(&["case", "list", "--limit", "0"]).fails(2, "--limit must be at least 1");
    let count = env.run(&["case", "show", &id, "--format", "json"]).ok().json()["message_count"].clone();
    assert_eq!(count, 1, "only the note at the limit went in");
}

#[test]
fn prefixes_resolve_when_unique_and_list_candidates_when_not() {
    let env = Env::new();
    let tom = env.user_client("tom", "technician");
    let sue = env.user_client("sue", "supervisor");
    insert_cases(
        &env,
        "tom",
        &["abcd0000-0000-4000-8000-000000000001", "abcd0000-0000-4000-8000-000000000002"],
    );
    insert_cases(
        &env,
        "admin",
        &["abce0000-0000-4000-8000-000000000003", "abcd1000-0000-4000-8000-000000000004"],
    );

    let shown = env.run_on(&sue, &["case", "show", "ABCE", "--format", "json"]).ok().json();
    assert_eq!(shown["case_id"], "abce0000-0000-4000-8000-000000000003");
    let ambiguous = env.run_on(&sue, &["case", "show", "abcd"]);
    ambiguous.fails(
        2,
        "case prefix abcd is ambiguous: abcd0000-0000-4000-8000-000000000001, \
         abcd0000-0000-4000-8000-000000000002, abcd1000-0000-4000-8000-000000000004",
    );
    env.run_on(&sue, &["case", "show", "abcd0000"]).fails(2, "is ambiguous");
    let unique =
        env.run_on(&sue, &["case", "show", "abcd0000-0000-4000-8000-000000000002", "--format", "json"]);
    assert_eq!(unique.ok().json()["owner"], "tom");
    env.run_on(&sue, &["case", "show", "abcd1"]).ok();

    // A technician's prefixes range over their own cases only: the ambiguity lists only theirs,
    // and another user's case is refused rather than shown.
    let theirs = env.run_on(&tom, &["case", "show", "abcd"]);
    theirs.fails(2, "is ambiguous");
    assert!(!theirs.stderr.contains("0004"), "{}", theirs.stderr);
    env.run_on(&tom, &["case", "show", "abcd0000-0000-4000-8000-000000000001"]).ok();
    env.run_on(&tom, &["case", "show", "abce"]).fails(5, "belongs to another user");
    env.run_on(&tom, &["case", "log", "abcd1000"]).fails(5, "belongs to another user");
}

#[test]
fn technicians_see_and_change_only_their_own_cases() {
    let mut env = Env::new();
    let tom = env.user_client("tom", "technician");
    let tina = env.user_client("tina", "technician");
    let sue = env.user_client("sue", "supervisor");
    let toms = open(&env, &tom, "Tom's printer");
    env.now = "2024-03-15T12:01:00Z".into();
    open(&env, &tina, "Tina's laptop");

    let list = |client: &Path, args: &[&str]| {
        let mut all = vec!["case", "list", "--format", "json"];
        all.extend_from_slice(args);
        env.run_on(client, &all)
    };
    assert_eq!(titles(&list(&tom, &[])), ["Tom's printer"]);
    assert_eq!(titles(&list(&tom, &["--owner", "me"])), ["Tom's printer"]);
    assert_eq!(titles(&list(&tom, &["--owner", "tom"])), ["Tom's printer"]);
    list(&tom, &["--owner", "tina"]).fails(5, "a technician cannot view and edit everyone's cases");
    list(&tom, &["--all-users"]).fails(5, "a technician cannot view and edit everyone's cases");
    for args in [
        vec!["case", "show", toms.as_str()],
        vec!["case", "log", toms.as_str()],
        vec!["case", "note", toms.as_str(), "mine now"],
        vec!["case", "edit", toms.as_str(), "--title", "mine"],
        vec!["case", "close", toms.as_str()],
        vec!["case", "archive", toms.as_str()],
    ] {
        env.run_on(&tina, &args).fails(5, "belongs to another user");
    }
    assert_eq!(titles(&list(&sue, &[])), Vec::<String>::new(), "supervisors default to their own");
    assert_eq!(titles(&list(&sue, &["--all-users"])), ["Tina's laptop", "Tom's printer"]);
    assert_eq!(titles(&list(&sue, &["--owner", "tina"])), ["Tina's laptop"]);
    env.run_on(&sue, &["case", "note", &toms, "Looked at it too"]).ok();
    env.run(&["case", "edit", &toms, "--priority", "urgent"]).ok();
    let log = env.run_on(&tom, &["case", "log", &toms, "--format", "json"]).ok().json();
    assert_eq!(log[0]["author"], "sue");
    let shown = env.run_on(&tom, &["case", "show", &toms, "--format", "json"]).ok().json();
    assert_eq!((shown["priority"].as_str(), shown["owner"].as_str()), (Some("urgent"), Some("tom")));
    let statuses =
        list(&sue, &["--all-users", "--status", "open,closed", "--sort", "oldest", "--limit", "1"]);
    assert_eq!(titles(&statuses), ["Tom's printer"]);
    // A limit alone keeps the latest N, listed oldest first.
    let later = [("STINT_TEST_NOW", "2024-03-15T12:05:00Z")];
    env.run_full(&tina, &["case", "open", "Tina's monitor"], None, &later).ok();
    assert_eq!(titles(&list(&sue, &["--all-users", "--limit", "2"])), ["Tina's laptop", "Tina's monitor"]);
}

/// Cases belong to users, not to login sessions: one user on two clients sees the same bytes.
#[test]
fn one_user_sees_identical_cases_from_two_clients_in_every_format() {
    let mut env = Env::new();
    let password = env.add_user("tom", "technician");
    let (laptop, desktop) = (env.client("laptop"), env.client("desktop"));
    env.login(&laptop, "tom", &password).ok();
    env.login(&desktop, "tom", &password).ok();
    env.run_on(&laptop, &["ticket", "create", "Shared", "-q"]).ok();
    let first = open(&env, &laptop, "Opened on the laptop");
    env.now = "2024-03-15T12:01:00Z".into();
    let second = env.run_on(&desktop, &["case", "open", "Opened on the desktop", "--ticket", "1", "-q"]);
    let second = second.ok().stdout.trim().to_owned();
    env.run_on(&laptop, &["case", "note", &second, "from the laptop"]).ok();
    env.run_on(&desktop, &["case", "note", &first, "from the desktop"]).ok();
    let sessions = env.run_on(&laptop, &["auth", "sessions", "--format", "json"]).ok().json();
    let session_ids: Vec<String> = sessions
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|s| s["session_id"].as_str().map(String::from))
        .collect();
    assert_eq!(session_ids.len(), 2);

    for format in FORMATS {
        for args in [
            vec!["case", "list"],
            vec!["case", "list", "--status", "open"],
            vec!["case", "show", &first[..8]],
            vec!["case", "show", &second],
            vec!["case", "log", &first],
            vec!["case", "log", &second[..5]],
        ] {
            let mut args = args.clone();
            args.extend(["--format", format]);
            let a = env.run_on(&laptop, &args);
            let b = env.run_on(&desktop, &args);
            assert_eq!(a.ok().stdout, b.ok().stdout, "stint {}", args.join(" "));
            assert!(!a.stdout.is_empty());
            for id in &session_ids {
                assert!(
                    !a.stdout.contains(id.as_str()),
                    "a session id leaked into `stint {}`",
                    args.join(" ")
                );
            }
            // Nothing about login sessions; `case show` counts work sessions (`session_count`).
            let shown = a.stdout.replace("session_count", "");
            assert!(!shown.contains("session"), "stint {}: {}", args.join(" "), a.stdout);
        }
    }
    let list = env.run_on(&desktop, &["case", "list", "--format", "json"]).ok().json();
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    assert_eq!(list[0]["title"], "Opened on the desktop");
}

/// The permission matrix rows "open cases and add notes to own cases" and "view and edit
/// anyone's cases", for every role.
#[test]
fn permission_matrix_for_cases() {
    let env = Env::new();
    let tina = env.user_client("tina", "technician");
    let theirs = open(&env, &tina, "Tina's");
    let clients = [
        ("admin", env.default_client()),
        ("supervisor", env.user_client("sue", "supervisor")),
        ("technician", env.user_client("tom", "technician")),
        ("viewer", env.user_client("vic", "viewer")),
    ];
    for (role, client) in &clients {
        let works = *role != "viewer";
        let sees_all = matches!(*role, "admin" | "supervisor");
        let own = env.run_on(client, &["case", "open", &format!("{role}'s case"), "-q"]);
        let own_id = if works {
            own.ok().stdout.trim().to_owned()
        } else {
            own.fails(5, "a viewer cannot open cases and add notes");
            String::new()
        };
        if works {
            env.run_on(client, &["case", "note", &own_id, "own note"]).ok();
            env.run_on(client, &["case", "edit", &own_id, "--priority", "low"]).ok();
            env.run_on(client, &["case", "log", &own_id]).ok();
            env.run_on(client, &["case", "close", &own_id]).ok();
            env.run_on(client, &["case", "list"]).ok();
        } else {
            env.run_on(client, &["case", "list"]).fails(5, "a viewer cannot open cases and add notes");
            env.run_on(client, &["case", "show", &theirs]).fails(5, "a viewer cannot");
        }
        let others: [&[&str]; 5] = [
            &["case", "list", "--all-users"],
            &["case", "list", "--owner", "tina"],
            &["case", "show", &theirs],
            &["case", "note", &theirs, &format!("{role} was here")],
            &["case", "edit", &theirs, "--status", "investigating"],
        ];
        for args in others {
            let run = env.run_on(client, args);
            if sees_all {
                run.ok();
            } else {
                assert_eq!(run.code, 5, "{role}: stint {}: {}", args.join(" "), run.stderr);
            }
        }
    }
    let log = env.run_on(&tina, &["case", "log", &theirs, "--format", "json"]).ok().json();
    let authors: Vec<&str> =
        log.as_array().expect("array").iter().filter_map(|n| n["author"].as_str()).collect();
    assert_eq!(authors, ["admin", "sue"]);
}

/// `case log` prints a note of several lines as the paragraphs it is: its first line beside
/// the author, the rest indented below it, each line escaped for the terminal on its own.
#[test]
fn case_log_shows_notes_of_several_lines_as_paragraphs() {
    let env = Env::new();
    let case = env.run(&["case", "open", "Outlook crashes", "-q"]).ok().stdout.trim().to_owned();
    env.run(&[
        "case",
        "note",
        &case,
        "Rebuilt the profile.\n\nStill \u{1b}[31mred\u{1b}[0m\r\ntomorrow: reinstall",
    ])
    .ok();
    let log = env.run(&["case", "log", &case]).ok().stdout.clone();
    let lines: Vec<&str> = log.lines().collect();
    let column = lines[0].find("NOTE").expect("a NOTE heading");
    assert_eq!(lines[1].find("Rebuilt the profile."), Some(column), "{log}");
    assert_eq!(lines[2], "", "a blank line stays a paragraph break: {log}");
    assert_eq!(lines[3], format!("{}Still \\u{{1b}}[31mred\\u{{1b}}[0m", " ".repeat(column)), "{log}");
    assert_eq!(lines[4], format!("{}tomorrow: reinstall", " ".repeat(column)), "{log}");
    let json = env.run(&["case", "log", &case, "--format", "json"]).ok().json();
    assert_eq!(
        json[0]["body"],
        "Rebuilt the profile.\n\nStill \u{1b}[31mred\u{1b}[0m\r\ntomorrow: reinstall"
    );
}
