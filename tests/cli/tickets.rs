//! Tickets: each command, its refusals (exit 2, 3, 5), literal search, idempotent changes,
//! total time, the audit trail and the permission matrix rows for tickets.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Stdio;

use crate::support::{Env, Run};

/// Runs the binary with raw (possibly non-UTF-8) arguments.
pub fn run_raw(env: &Env, client: &Path, args: &[&[u8]]) -> Run {
    let mut cmd = env.command(client, &[]);
    cmd.args(args.iter().map(|a| OsStr::from_bytes(a))).stdout(Stdio::piped()).stderr(Stdio::piped());
    let out = cmd.output().expect("run stint");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        args: args.iter().map(|a| String::from_utf8_lossy(a)).collect::<Vec<_>>().join(" "),
    }
}

fn numbers(run: &Run) -> Vec<i64> {
    run.ok().json().as_array().expect("array").iter().filter_map(|t| t["number"].as_i64()).collect()
}

fn ticket_count(env: &Env) -> usize {
    env.run(&["ticket", "list", "--format", "json"]).ok().json().as_array().map_or(0, Vec::len)
}

#[test]
fn create_prints_the_ticket_and_numbers_are_sequential() {
    let env = Env::new();
    let tom = env.user_client("tom", "technician");
    let first = env.run_on(
        &tom,
        &[
            "ticket",
            "create",
            "Printer on fire",
            "--description",
            "Third floor",
            "--priority",
            "urgent",
            "--requester",
            "Dana <dana@example.com>",
            "--assignee",
            "me",
            "--format",
            "json",
        ],
    );
    assert!(first.ok().stderr.contains("Created ticket #1."), "{}", first.stderr);
    let json = first.json();
    assert_eq!(json["number"], 1);
    assert_eq!(json["status"], "open");
    assert_eq!(json["priority"], "urgent");
    assert_eq!(json["assignee"], "tom");
    assert_eq!(json["creator"], "tom");
    assert_eq!(json["requester"], "Dana <dana@example.com>");
    assert_eq!(json["created_at"], "2024-03-15T12:00:00Z");
    assert_eq!(json["total_seconds"], 0);
    let quiet = env.run_on(&tom, &["ticket", "create", "Second", "-q"]);
    assert_eq!((quiet.ok().stdout.as_str(), quiet.stderr.as_str()), ("2\n", ""));
    // A refused create takes no number with it.
    env.run_on(&tom, &["ticket", "create", ""]).fails(2, "title must not be empty");
    assert_eq!(env.run_on(&tom, &["ticket", "create", "Third", "-q"]).ok().stdout, "3\n");

    let table = env.run_on(&tom, &["ticket", "show", "#1"]);
    let expected = "\
NUMBER       #1
TITLE        Printer on fire
DESCRIPTION  Third floor
STATUS       open
PRIORITY     urgent
REQUESTER    Dana <dana@example.com>
ASSIGNEE     tom
CREATOR      tom
CREATED      2024-03-15 12:00
UPDATED      2024-03-15 12:00
TIME SPENT   0:00:00
";
    assert_eq!(table.ok().stdout, expected);
    let list = env.run_on(&tom, &["ticket", "list"]);
    let expected = "\
#  TITLE            STATUS  PRIORITY  ASSIGNEE  REQUESTER                UPDATED           TIME
3  Third            open    normal    -                                  2024-03-15 12:00  0:00:00
2  Second           open    normal    -                                  2024-03-15 12:00  0:00:00
1  Printer on fire  open    urgent    tom       Dana <dana@example.com>  2024-03-15 12:00  0:00:00
";
    assert_eq!(list.ok().stdout, expected);
    let csv = env.run_on(&tom, &["ticket", "list", "--limit", "1", "--format", "csv"]);
    assert_eq!(
        csv.ok().stdout,
        "number,title,description,status,priority,requester,assignee,assignee_id,creator,created_at,updated_at,total_seconds\r\n\
         3,Third,,open,normal,,,,tom,2024-03-15T12:00:00Z,2024-03-15T12:00:00Z,0\r\n"
    );
}

#[test]
fn invalid_values_are_exit_2_listing_the_valid_ones() {
    let env = Env::new();
    env.run(&["ticket", "create", "x", "--priority", "asap"]).fails(2, "valid: low, normal, high, urgent");
    env.run(&["ticket", "list", "--status", "done"])
        .fails(2, "valid: open, in_progress, on_hold, resolved, closed");
    env.run(&["ticket", "list", "--status", "open,nope"])
        .fails(2, "invalid value 'nope' for '--status <STATUS>'");
    env.run(&["ticket", "create", "x", "-q"]).ok();
    env.run(&["ticket", "edit", "1", "--status", "finished"]).fails(2, "valid: open, in_progress");
    env.run(&["ticket", "list", "--sort", "random"]).fails(2, "valid: newest, oldest, updated, priority");
    env.run(&["ticket", "show", "abc"]).fails(2, "not a ticket number");
    env.run(&["ticket", "show", "0"]).fails(2, "not a ticket number");
    env.run(&["ticket", "list", "--limit", "0"]).fails(2, "--limit must be at least 1");
    env.run(&["ticket", "list", "--search", ""]).fails(2, "search text must not be empty");
    env.run(&["ticket", "edit", "1"]).fails(2, "nothing to change");
    env.run(&["ticket", "assign", "1"]).fails(2, "--unassign");
    env.run(&["ticket", "assign", "1", "bob", "--unassign"]).fails(2, "cannot be used with");
    env.run(&["ticket", "list", "--assignee", "me", "--unassigned"]).fails(2, "cannot be used with");
    assert_eq!(ticket_count(&env), 1);
}

#[test]
fn missing_tickets_and_users_are_exit_3() {
    let env = Env::new();
    env.run(&["ticket", "show", "7"]).fails(3, "no ticket #7");
    env.run(&["ticket", "edit", "7", "--title", "x"]).fails(3, "no ticket #7");
    env.run(&["ticket", "assign", "7", "me"]).fails(3, "no ticket #7");
    env.run(&["ticket", "close", "7"]).fails(3, "no ticket #7");
    env.run(&["ticket", "reopen", "7"]).fails(3, "no ticket #7");
    env.run(&["ticket", "create", "x", "--assignee", "nobody"]).fails(3, "no user named \"nobody\"");
    env.run(&["ticket", "create", "x", "-q"]).ok();
    env.run(&["ticket", "assign", "1", "nobody"]).fails(3, "no user named");
    env.run(&["ticket", "list", "--assignee", "nobody"]).fails(3, "no user named");
    assert_eq!(ticket_count(&env), 1);
}

#[test]
fn text_limits_nul_and_invalid_utf8_are_refused() {
    let env = Env::new();
    let client = env.default_client();
    let title = "é".repeat(200);
    env.run(&["ticket", "create", &title, "-q"]).ok();
    env.run(&["ticket", "create", &"é".repeat(201)])
        .fails(2, "title is 201 characters long; the limit is 200");
    env.run(&["ticket", "create", " \t "]).fails(2, "title must not be empty");
    env.run(&["ticket", "create", "x", "--description", &"d".repeat(10_001)])
        .fails(2, "description is 10001 characters long; the limit is 10000");
    env.run(&["ticket", "create", "x", "--description", &"d".repeat(10_000), "-q"]).ok();
    env.run(&["ticket", "edit", "1", "--title", &"x".repeat(201)]).fails(2, "the limit is 200");
    run_raw(&env, &client, &[b"ticket", b"create", b"bad \xff title"]).fails(2, "invalid UTF-8");
    run_raw(&env, &client, &[b"ticket", b"create", b"x", b"--requester", b"\xc3("]).fails(2, "invalid UTF-8");
    assert_eq!(ticket_count(&env), 2);
    // Text is stored exactly and shown escaped.
    let tricky = "Reboot\u{1b}[31m now\u{202e}!";
    env.run(&["ticket", "create", tricky, "-q"]).ok();
    let json = env.run(&["ticket", "show", "3", "--format", "json"]).ok().json();
    assert_eq!(json["title"], tricky);
    let table = env.run(&["ticket", "list", "--limit", "1"]).ok().stdout.clone();
    assert!(table.contains("Reboot\\u{1b}[31m now\\u{202e}!"), "{table}");
    assert!(!table.contains('\u{1b}'));
}

#[test]
fn list_filters_search_sort_and_limit() {
    let mut env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.add_user("tina", "technician");
    let create = |env: &Env, args: &[&str]| {
        let mut all = vec!["ticket", "create"];
        all.extend_from_slice(args);
        all.push("-q");
        env.run_on(&tom, &all).ok();
    };
    create(&env, &["100% done", "--assignee", "me", "--priority", "low"]); // 1
    create(&env, &["1000 done", "--assignee", "tina", "--priority", "high"]); // 2
    create(&env, &["snake_case", "--priority", "urgent"]); // 3
    create(&env, &["snakeXcase", "--description", "costs 50% less", "--assignee", "tom"]); // 4
    env.now = "2024-03-15T13:00:00Z".into();
    env.run_on(&tom, &["ticket", "edit", "2", "--status", "in_progress"]).ok();
    env.now = "2024-03-15T14:00:00Z".into();
    env.run_on(&tom, &["ticket", "close", "1"]).ok();

    let list = |args: &[&str]| {
        let mut all = vec!["ticket", "list", "--format", "json"];
        all.extend_from_slice(args);
        numbers(&env.run_on(&tom, &all))
    };
    assert_eq!(list(&[]), [4, 3, 2, 1]);
    assert_eq!(list(&["--search", "%"]), [4, 1]);
    assert_eq!(list(&["--search", "_"]), [3]);
    assert_eq!(list(&["--search", "E_C"]), [3]);
    assert_eq!(list(&["--search", "0%"]), [4, 1]);
    assert_eq!(list(&["--search", "done"]), [2, 1]);
    assert_eq!(list(&["--status", "open"]), [4, 3]);
    assert_eq!(list(&["--status", "closed", "--status", "in_progress"]), [2, 1]);
    assert_eq!(list(&["--status", "closed,in_progress"]), [2, 1]);
    assert_eq!(list(&["--assignee", "me"]), [4, 1]);
    assert_eq!(list(&["--assignee", "TINA"]), [2]);
    assert_eq!(list(&["--unassigned"]), [3]);
    assert_eq!(list(&["--priority", "urgent"]), [3]);
    assert_eq!(list(&["--assignee", "me", "--status", "open"]), [4]);
    assert_eq!(list(&["--sort", "oldest"]), [1, 2, 3, 4]);
    assert_eq!(list(&["--sort", "updated"]), [1, 2, 4, 3]);
    assert_eq!(list(&["--sort", "priority"]), [3, 2, 4, 1]);
    // A limit keeps the latest N and lists them oldest first; with --sort, the first N in it.
    assert_eq!(list(&["--limit", "2"]), [3, 4]);
    assert_eq!(list(&["--limit", "2", "--sort", "newest"]), [4, 3]);
    assert_eq!(list(&["--limit", "2", "--sort", "priority"]), [3, 2]);
    assert_eq!(list(&["--search", "nothing like this"]), Vec::<i64>::new());
    let empty = env.run_on(&tom, &["ticket", "list", "--search", "nothing like this"]);
    assert_eq!(empty.ok().stdout, "", "an empty table prints nothing");
    let ndjson = env.run_on(&tom, &["ticket", "list", "--status", "open", "--format", "ndjson"]);
    assert_eq!(ndjson.ok().stdout.lines().count(), 2);
}

#[test]
fn edit_assign_close_reopen_and_their_notices() {
    let mut env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.add_user("tina", "technician");
    env.run_on(&tom, &["ticket", "create", "Wifi drops", "-q"]).ok();
    env.now = "2024-03-15T12:30:00Z".into();
    let edited = env.run_on(
        &tom,
        &["ticket", "edit", "1", "--title", "Wifi drops hourly", "--priority", "high", "--format", "json"],
    );
    let json = edited.ok().json();
    assert_eq!(
        (json["title"].as_str(), json["priority"].as_str()),
        (Some("Wifi drops hourly"), Some("high"))
    );
    assert_eq!(json["updated_at"], "2024-03-15T12:30:00Z");
    assert_eq!(json["created_at"], "2024-03-15T12:00:00Z");
    let same = env.run_on(&tom, &["ticket", "edit", "1", "--priority", "high", "-q"]);
    assert!(same.ok().stderr.is_empty(), "-q silences notices");
    assert_eq!(same.stdout, "1\n");
    let same = env.run_on(&tom, &["ticket", "edit", "1", "--priority", "high"]);
    assert!(same.ok().stderr.contains("Ticket #1 already had those values; nothing changed."));

    let assigned = env.run_on(&tom, &["ticket", "assign", "1", "tina", "--format", "json"]).ok().json();
    assert_eq!(assigned["assignee"], "tina");
    assert!(assigned["assignee_id"].is_string());
    let again = env.run_on(&tom, &["ticket", "assign", "1", "tina"]);
    assert!(again.ok().stderr.contains("already assigned to tina"), "{}", again.stderr);
    let unassigned =
        env.run_on(&tom, &["ticket", "assign", "1", "--unassign", "--format", "json"]).ok().json();
    assert_eq!((unassigned["assignee"].is_null(), unassigned["assignee_id"].is_null()), (true, true));
    assert!(
        env.run_on(&tom, &["ticket", "assign", "1", "--unassign"]).ok().stderr.contains("already unassigned")
    );
    env.run(&["user", "suspend", "tina"]).ok();
    env.run_on(&tom, &["ticket", "assign", "1", "tina"]).fails(6, "tina is suspended");

    let closed = env.run_on(&tom, &["ticket", "close", "1", "--format", "json"]).ok().json();
    assert_eq!(closed["status"], "closed");
    let again = env.run_on(&tom, &["ticket", "close", "1"]);
    assert!(again.ok().stderr.contains("Ticket #1 is already closed; nothing changed."));
    let reopened = env.run_on(&tom, &["ticket", "reopen", "1", "--format", "json"]).ok().json();
    assert_eq!(reopened["status"], "open");
    let again = env.run_on(&tom, &["ticket", "reopen", "1"]);
    assert!(again.ok().stderr.contains("is open, not resolved or closed"), "{}", again.stderr);

    let audit = env.run(&["audit", "list", "--object", "ticket:1", "--format", "json"]).ok().json();
    let actions: Vec<&str> =
        audit.as_array().expect("array").iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(
        actions,
        ["ticket.create", "ticket.edit", "ticket.assign", "ticket.unassign", "ticket.close", "ticket.reopen"]
    );
    let edit = &audit[1];
    assert_eq!(edit["actor"], "tom");
    assert_eq!(edit["before"]["title"], "Wifi drops");
    assert_eq!(edit["after"]["title"], "Wifi drops hourly");
    assert_eq!(edit["before"]["priority"], "normal");
    assert_eq!(edit["after"]["priority"], "high");
}

#[test]
fn show_totals_work_sessions_running_ones_up_to_now() {
    let mut env = Env::new();
    env.run(&["ticket", "create", "Server room", "-q"]).ok();
    env.run(&["ticket", "create", "Other", "-q"]).ok();
    for (ticket, from, to) in [("1", "09:00", "09:45"), ("2", "10:00", "10:30")] {
        env.run(&["timer", "manual", "--ticket", ticket, "--from", from, "--to", to]).ok();
    }
    env.run(&["timer", "start", "--ticket", "1", "--at", "11:30"]).ok();
    let total = |env: &Env| {
        env.run(&["ticket", "show", "1", "--format", "json"]).ok().json()["total_seconds"].clone()
    };
    assert_eq!(total(&env), 45 * 60 + 30 * 60);
    env.now = "2024-03-15T13:00:00Z".into();
    assert_eq!(total(&env), 45 * 60 + 90 * 60);
    let table = env.run(&["ticket", "show", "1"]).ok().stdout.clone();
    assert!(table.contains("TIME SPENT   2:15:00"), "{table}");
    let list = env.run(&["ticket", "list", "--format", "json"]).ok().json();
    assert_eq!(list[0]["total_seconds"], 30 * 60);
    assert_eq!(list[1]["total_seconds"], 45 * 60 + 90 * 60);
}

/// The permission matrix rows "create and edit tickets" and "view tickets", for every role.
#[test]
fn permission_matrix_for_tickets() {
    let env = Env::new();
    env.run(&["ticket", "create", "Seed", "-q"]).ok();
    let clients = [
        ("admin", env.default_client()),
        ("supervisor", env.user_client("sue", "supervisor")),
        ("technician", env.user_client("tom", "technician")),
        ("viewer", env.user_client("vic", "viewer")),
    ];
    for (role, client) in &clients {
        let edits: [&[&str]; 6] = [
            &["ticket", "create", "By someone", "-q"],
            &["ticket", "edit", "1", "--title", "Seed edited"],
            &["ticket", "assign", "1", "me"],
            &["ticket", "assign", "1", "--unassign"],
            &["ticket", "close", "1"],
            &["ticket", "reopen", "1"],
        ];
        for args in edits {
            let run = env.run_on(client, args);
            if *role == "viewer" {
                run.fails(5, "permission denied: a viewer cannot create and edit tickets");
            } else {
                run.ok();
            }
        }
        // A viewer is refused before anything is looked up.
        if *role == "viewer" {
            env.run_on(client, &["ticket", "close", "99"]).fails(5, "permission denied");
        }
        env.run_on(client, &["ticket", "list"]).ok();
        env.run_on(client, &["ticket", "show", "1"]).ok();
    }
    assert_eq!(ticket_count(&env), 4, "three roles created one each");
}

#[test]
fn show_lists_the_work_sessions_a_table_reader_may_see() {
    let mut env = Env::new();
    let tom = env.user_client("tom", "technician");
    let tina = env.user_client("tina", "technician");
    let sue = env.user_client("sue", "supervisor");
    env.run_on(&tom, &["ticket", "create", "Printer", "-q"]).ok();
    env.run_on(&tom, &["timer", "start", "--ticket", "1", "--note", "tom's part"]).ok();
    env.run_on(&tina, &["timer", "start", "--ticket", "#1", "--note", "tina's part"]).ok();
    env.now = "2024-03-15T12:30:00Z".into();
    env.run_on(&tom, &["timer", "stop"]).ok();

    let for_tom = env.run_on(&tom, &["ticket", "show", "1"]).ok().stdout.clone();
    assert!(for_tom.contains("TIME SPENT   1:00:00"), "both sessions count: {for_tom}");
    assert!(for_tom.contains("\n\nSTART"), "a session table follows: {for_tom}");
    assert!(for_tom.contains("tom's part") && !for_tom.contains("tina's part"), "{for_tom}");
    let for_sue = env.run_on(&sue, &["ticket", "show", "1"]).ok().stdout.clone();
    assert!(for_sue.contains("tom's part") && for_sue.contains("tina's part"), "{for_sue}");
    assert!(for_sue.contains("running"), "{for_sue}");
    // Machine formats print the ticket record alone.
    let json = env.run_on(&sue, &["ticket", "show", "1", "--format", "json"]).ok().json();
    assert_eq!(json["total_seconds"], 3600);
    assert!(json.get("work_sessions").is_none());
    let without = env.run_on(&sue, &["ticket", "create", "Quiet", "-q"]);
    let number = without.ok().stdout.trim().to_owned();
    let quiet = env.run_on(&sue, &["ticket", "show", &number]).ok().stdout.clone();
    assert!(!quiet.contains("START"), "no empty session table: {quiet}");
}

/// `ticket show` and `case show` stay short however much work is logged: the latest ten
/// sessions oldest first, then how many more and the command that lists them all. Machine
/// formats count them instead.
#[test]
fn detail_views_list_the_latest_ten_sessions_and_name_the_rest() {
    let env = Env::new();
    let tom = env.user_client("tom", "technician");
    env.run(&["ticket", "create", "Printer", "-q"]).ok();
    let case = env.run_on(&tom, &["case", "open", "Toner", "-q"]).ok().stdout.trim().to_owned();
    for day in 1..=12 {
        let (from, to, note) =
            (format!("2024-03-{day:02} 09:00"), format!("2024-03-{day:02} 10:00"), format!("visit {day:02}"));
        env.run(&["timer", "manual", "--ticket", "1", "--from", &from, "--to", &to, "--note", &note]).ok();
        if day <= 11 {
            let (from, to) = (format!("2024-03-{day:02} 14:00"), format!("2024-03-{day:02} 15:00"));
            let note = format!("toner {day:02}");
            env.run_on(
                &tom,
                &["timer", "manual", "--case", &case, "--from", &from, "--to", &to, "--note", &note],
            )
            .ok();
        }
    }

    let shown = env.run(&["ticket", "show", "1"]).ok().stdout.clone();
    assert!(!shown.contains("visit 01") && !shown.contains("visit 02"), "only the latest ten: {shown}");
    let (third, last) = (shown.find("visit 03"), shown.find("visit 12"));
    assert!(third.is_some() && third < last, "oldest first: {shown}");
    assert!(shown.ends_with("\n2 more: stint session list --ticket 1 --all-users\n"), "{shown}");
    let all = env.run(&["session", "list", "--ticket", "1", "--all-users", "--format", "json"]).ok().json();
    assert_eq!(all.as_array().map(Vec::len), Some(12), "the command named lists them all");
    let json = env.run(&["ticket", "show", "1", "--format", "json"]).ok().json();
    assert_eq!((json["session_count"].as_u64(), json["total_seconds"].as_i64()), (Some(12), Some(12 * 3600)));
    // A technician's view counts only their own time: none on the ticket.
    let for_tom = env.run_on(&tom, &["ticket", "show", "1"]).ok().stdout.clone();
    assert!(!for_tom.contains("START") && !for_tom.contains("more:"), "{for_tom}");
    assert_eq!(
        env.run_on(&tom, &["ticket", "show", "1", "--format", "json"]).ok().json()["session_count"],
        0
    );

    let on_case = env.run_on(&tom, &["case", "show", &case]).ok().stdout.clone();
    assert!(
        !on_case.contains("toner 01") && on_case.contains("toner 02") && on_case.contains("toner 11"),
        "{on_case}"
    );
    assert!(on_case.ends_with(&format!("\n1 more: stint session list --case {}\n", &case[..8])), "{on_case}");
    let json = env.run_on(&tom, &["case", "show", &case, "--format", "json"]).ok().json();
    assert_eq!((json["session_count"].as_u64(), json["title"].as_str()), (Some(11), Some("Toner")));
}

/// A table of the whole audit log shows the latest 50 events and says so; `--limit` or a
/// filter shows what was asked, and machine formats are never cut.
#[test]
fn audit_table_shows_the_latest_fifty_unless_asked() {
    let env = Env::new();
    for n in 1..=50 {
        env.run(&["ticket", "create", &format!("Ticket {n}"), "-q"]).ok();
    }
    let all = env.run(&["audit", "list", "--format", "json"]).ok().json();
    let total = all.as_array().map_or(0, Vec::len);
    assert!(total > 50, "{total}");
    let table = env.run(&["audit", "list"]);
    assert_eq!(table.ok().stdout.lines().count(), 51, "a heading and 50 events: {}", table.stdout);
    assert!(
        table.stderr.contains("latest 50 audit events") && table.stderr.contains("--limit"),
        "{}",
        table.stderr
    );
    assert_eq!(table.stderr.lines().count(), 1);
    let asked = env.run(&["audit", "list", "--limit", "60"]);
    assert_eq!((asked.ok().stdout.lines().count(), asked.stderr.as_str()), (total.min(60) + 1, ""));
    let filtered = env.run(&["audit", "list", "--action", "ticket.create"]);
    assert_eq!((filtered.ok().stdout.lines().count(), filtered.stderr.as_str()), (51, ""));
    let none = env.run(&["audit", "list", "--action", "case.open"]);
    assert_eq!((none.ok().stdout.as_str(), none.stderr.as_str()), ("", "no audit events match\n"));
}
