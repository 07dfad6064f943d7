//! Class 1, concurrency: real processes released together from a barrier race for one timer,
//! one stop, one username, one ticket number, one database file and one lock. Already covered
//! in `tests/cli`: 30 unsynchronised starts for one user (`timer.rs`), start/stop loops of one
//! user (`timer.rs`), and an in-process lock holder making a write exit 7 (`foundation.rs`).

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use serde_json::Value;

use crate::harness::{
    Barrier, Battery, Case, Class, Db, Running, desk, fresh, login, rfc3339, unix, user_client,
};
use crate::support::{Env, Run, START};

fn tally_codes(runs: &[Run]) -> BTreeMap<i32, usize> {
    let mut codes = BTreeMap::new();
    for run in runs {
        *codes.entry(run.code).or_insert(0) += 1;
    }
    codes
}

/// Starts every command behind one barrier, releases them together and waits for all.
fn race(commands: Vec<crate::harness::Cmd<'_>>, barrier: &mut Barrier) -> Vec<Run> {
    let started: Vec<Running> = commands.into_iter().map(|c| c.behind(barrier).start()).collect();
    barrier.release();
    started.into_iter().map(Running::wait).collect()
}

fn sessions(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["session", "list", "--all-users", "--format", "json"];
    args.extend_from_slice(extra);
    env.cmd(&args).run().ok().json().as_array().cloned().unwrap_or_default()
}

/// Input: 24 `timer start --ticket 1` for one user, released at once.
/// Expected: exactly one exits 0; 23 exit 6 "already running"; one running session, one
/// `timer.start` event.
#[test]
fn many_starts_for_one_user_give_one_timer() {
    let (env, tess) = desk();
    let case = Case::begin(Class::Concurrency, "24 simultaneous `timer start` for one user", &env.db);
    let mut barrier = Barrier::new();
    let runs = race(
        (0..24).map(|_| env.cmd(&["timer", "start", "--ticket", "1"]).on(&tess)).collect(),
        &mut barrier,
    );
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 1), (6, 23)]), "{runs:?}");
    for run in runs.iter().filter(|r| r.code == 6) {
        run.fails(6, "already running");
    }
    let listed = sessions(&env, &[]);
    assert_eq!((listed.len(), &listed[0]["running"]), (1, &Value::Bool(true)));
    let audit = env.cmd(&["audit", "list", "--action", "timer.start", "--format", "json"]).run().ok().json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1));
    case.end(Db::Any);
}

/// Input: 8 users, 3 simultaneous `timer start` each (24 processes).
/// Expected: exactly one success per user, the others exit 6; 8 running sessions.
#[test]
fn starts_for_different_users_give_one_timer_each() {
    let (env, _) = desk();
    let clients: Vec<PathBuf> =
        (0..8).map(|i| user_client(&env, &format!("tech{i}"), "technician")).collect();
    let case = Case::begin(Class::Concurrency, "8 users x 3 simultaneous `timer start`", &env.db);
    let mut barrier = Barrier::new();
    let commands = clients
        .iter()
        .flat_map(|c| (0..3).map(move |_| c))
        .map(|c| env.cmd(&["timer", "start", "--ticket", "2"]).on(c))
        .collect();
    let runs = race(commands, &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 8), (6, 16)]), "{runs:?}");
    let listed = sessions(&env, &["--running"]);
    let users: HashSet<&str> = listed.iter().filter_map(|s| s["user"].as_str()).collect();
    assert_eq!((listed.len(), users.len()), (8, 8));
    case.end(Db::Any);
}

/// Input: one running timer, 16 simultaneous `timer stop`; then 6 users' timers, 3 stops each.
/// Expected: exactly one stop per timer exits 0, the rest exit 6 "no timer is running"; every
/// session ends once, with duration = end - start.
#[test]
fn many_stops_at_once_stop_once() {
    let (mut env, tess) = desk();
    env.now = "2024-03-15T09:00:00Z".into();
    env.cmd(&["timer", "start", "--ticket", "1"]).on(&tess).run().ok();
    env.now = "2024-03-15T10:30:00Z".into();
    let case = Case::begin(Class::Concurrency, "16 simultaneous `timer stop` of one timer", &env.db);
    let mut barrier = Barrier::new();
    let runs = race((0..16).map(|_| env.cmd(&["timer", "stop"]).on(&tess)).collect(), &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 1), (6, 15)]), "{runs:?}");
    for run in runs.iter().filter(|r| r.code == 6) {
        run.fails(6, "no timer is running");
    }
    let listed = sessions(&env, &[]);
    assert_eq!((listed.len(), listed[0]["duration_seconds"].as_i64()), (1, Some(5400)));
    case.end(Db::Any);

    let clients: Vec<PathBuf> =
        (0..6).map(|i| user_client(&env, &format!("stopper{i}"), "technician")).collect();
    for client in &clients {
        env.cmd(&["timer", "start", "--ticket", "2", "--at", "10:00"]).on(client).run().ok();
    }
    let case = Case::begin(Class::Concurrency, "6 users x 3 simultaneous `timer stop`", &env.db);
    let commands = clients
        .iter()
        .flat_map(|c| (0..3).map(move |_| c))
        .map(|c| env.cmd(&["timer", "stop"]).on(c))
        .collect();
    let runs = race(commands, &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 6), (6, 12)]), "{runs:?}");
    assert!(sessions(&env, &["--running"]).is_empty());
    case.end(Db::Any);
}

/// Input: 3 users, 3 processes each, every process looping `timer start` / `timer stop` 6
/// times on a shared clock that advances one second per command.
/// Expected: each command exits 0, 6 (already running / not running) or 2 (a stop whose clock
/// is before a start another process made); every successful start left one session and every
/// successful stop ended one; invariants hold.
#[test]
fn start_stop_loops_of_several_users_account_for_every_session() {
    let (env, _) = desk();
    let clients: Vec<PathBuf> =
        (0..3).map(|i| user_client(&env, &format!("loop{i}"), "technician")).collect();
    let case = Case::begin(Class::Concurrency, "3 users x 3 processes x 6 start/stop rounds", &env.db);
    let base = unix(START) + 60;
    let clock = AtomicI64::new(0);
    let tallies: Vec<(usize, (usize, usize))> = std::thread::scope(|scope| {
        let handles: Vec<_> = clients
            .iter()
            .enumerate()
            .flat_map(|(i, c)| (0..3).map(move |_| (i, c)))
            .map(|(i, client)| {
                let clock = &clock;
                let env = &env;
                scope.spawn(move || {
                    let run = |args: &[&str]| {
                        let now = rfc3339(base + clock.fetch_add(1, Ordering::SeqCst));
                        env.cmd(args).on(client).env("STINT_TEST_NOW", now).run()
                    };
                    let (mut started, mut stopped) = (0, 0);
                    for _ in 0..6 {
                        let start = run(&["timer", "start", "--ticket", "1"]);
                        match start.code {
                            0 => started += 1,
                            // Another process's session may lie after this one's clock.
                            6 if start.stderr.contains("would overlap") => {}
                            6 => {
                                start.fails(6, "already running");
                            }
                            _ => panic!("start: {start:?}"),
                        }
                        let stop = run(&["timer", "stop"]);
                        match stop.code {
                            0 => stopped += 1,
                            2 => {
                                stop.fails(2, "before the timer's start");
                            }
                            6 => {
                                stop.fails(6, "no timer is running");
                            }
                            _ => panic!("stop: {stop:?}"),
                        }
                    }
                    (i, (started, stopped))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker")).collect()
    });
    let listed = sessions(&env, &[]);
    for (i, _) in clients.iter().enumerate() {
        let name = format!("loop{i}");
        let started: usize = tallies.iter().filter(|t| t.0 == i).map(|t| t.1.0).sum();
        let stopped: usize = tallies.iter().filter(|t| t.0 == i).map(|t| t.1.1).sum();
        let mine: Vec<&Value> = listed.iter().filter(|s| s["user"] == name.as_str()).collect();
        let running = mine.iter().filter(|s| s["running"] == true).count();
        assert!(started > 0, "{name}: some start must win");
        assert_eq!(mine.len(), started, "{name}: one session per successful start");
        assert_eq!(mine.len() - running, stopped, "{name}: one ended session per successful stop");
    }
    case.end(Db::Any);
}

/// Holds the write lock with a real stint process: `session import -` takes the lock before it
/// reads stdin, and keeps it until stdin ends. Returns once another writer would have to wait.
pub fn hold_the_lock(env: &Env, records: &str) -> (Running, std::process::ChildStdin) {
    let mut importer = env.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin_open().start();
    let mut stdin = importer.stdin();
    stdin.write_all(records.as_bytes()).expect("write records");
    stdin.flush().expect("flush");
    let probe = rusqlite::Connection::open(&env.db).expect("probe connection");
    probe.busy_timeout(Duration::ZERO).expect("probe without waiting");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        match probe.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => break,
            _ if std::time::Instant::now() > deadline => panic!("the importer never took the lock"),
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    (importer, stdin)
}

/// Input: a `session import -` holding the write lock while it waits for more stdin; meanwhile
/// every kind of write runs with `STINT_BUSY_TIMEOUT_MS=150`, and reads run normally.
/// Expected: each write exits 7 with a one-line "busy ... try again" and changes nothing;
/// reads exit 0 and do not see the import's uncommitted rows, even a read whose login session is
/// due a `last_seen` update; once stdin ends the import commits, and every refused write then
/// succeeds when retried.
#[test]
fn a_writer_holding_the_lock_past_the_timeout_is_exit_7_and_safe_to_retry() {
    let (mut env, tess) = desk();
    let sue = user_client(&env, "sue", "supervisor");
    let ws = env
        .cmd(&["timer", "manual", "--ticket", "1", "--from", "08:00", "--to", "09:00", "-q"])
        .on(&tess)
        .run();
    let ws = ws.ok().stdout.trim().to_owned();
    env.cmd(&["ticket", "create", "Case ticket", "-q"]).run().ok();
    let header = "ticket,start,end,note\n";
    let (importer, stdin) =
        hold_the_lock(&env, &format!("{header}1,2024-03-14T08:00:00Z,2024-03-14T09:00:00Z,held\n"));
    let writes: Vec<(&str, Vec<&str>, Option<&str>)> = vec![
        ("timer start", vec!["timer", "start", "--ticket", "1"], None),
        ("timer manual", vec!["timer", "manual", "--ticket", "2", "--from", "10:00", "--to", "10:30"], None),
        ("session edit", vec!["session", "edit", &ws[..8], "--note", "edited"], None),
        ("session delete", vec!["session", "delete", &ws[..8], "--yes"], None),
        ("ticket create", vec!["ticket", "create", "While busy"], None),
        ("ticket close", vec!["ticket", "close", "1"], None),
        ("case open", vec!["case", "open", "While busy"], None),
        ("config set", vec!["config", "set", "timer.max_length", "10h"], None),
        (
            "user add",
            vec!["user", "add", "newbie", "--role", "viewer", "--password-stdin"],
            Some("newbie-password\n"),
        ),
        ("auth login", vec!["auth", "login", "sue", "--password-stdin"], Some("sue-password\n")),
        ("auth logout", vec!["auth", "logout"], None),
    ];
    for (name, args, input) in &writes {
        let case = Case::begin(
            Class::Concurrency,
            format!("`{name}` while another process holds the lock"),
            &env.db,
        );
        let client = if args[0] == "auth" || args[0] == "timer" || args[0] == "session" {
            &tess
        } else {
            &env.default_client()
        };
        let client = if *name == "auth login" { &sue } else { client };
        let mut cmd = env.cmd(args).on(client).env("STINT_BUSY_TIMEOUT_MS", "150");
        if let Some(input) = input {
            cmd = cmd.stdin(input);
        }
        cmd.run().fails(7, "busy");
        case.end(Db::Unchanged);
    }
    let case = Case::begin(Class::Concurrency, "reads while another process holds the lock", &env.db);
    for args in [
        &["session", "list", "--all-users", "--format", "csv"][..],
        &["ticket", "list"],
        &["config", "list"],
        &["audit", "list"],
        &["auth", "status"],
    ] {
        let read = env.cmd(args).env("STINT_BUSY_TIMEOUT_MS", "150").run();
        read.ok();
        assert!(!read.stdout.contains("held"), "an uncommitted row is visible: {}", read.stdout);
    }
    // A read that is due to record `last_seen` still succeeds: that write is best effort.
    env.now = "2024-03-15T12:05:00Z".into();
    env.cmd(&["ticket", "list"]).on(&sue).env("STINT_BUSY_TIMEOUT_MS", "150").run().ok();
    env.now = START.into();
    case.end(Db::Unchanged);

    let case = Case::begin(
        Class::Concurrency,
        "the held import commits, then every refused write is retried",
        &env.db,
    );
    drop(stdin);
    let imported = importer.wait();
    imported.ok();
    for (name, args, input) in &writes {
        let client = if args[0] == "auth" || args[0] == "timer" || args[0] == "session" {
            &tess
        } else {
            &env.default_client()
        };
        let client = if *name == "auth login" { &sue } else { client };
        let mut cmd = env.cmd(args).on(client);
        if let Some(input) = input {
            cmd = cmd.stdin(input);
        }
        let run = cmd.run();
        assert_eq!(run.code, 0, "retrying `{name}`: {run:?}");
    }
    let notes: Vec<String> =
        sessions(&env, &[]).iter().filter_map(|s| s["note"].as_str().map(String::from)).collect();
    assert!(notes.contains(&"held".to_owned()), "{notes:?}");
    case.end(Db::Any);
}

/// Input: one process imports 10 batches of 20 ten-minute sessions, one batch per command,
/// while two readers loop `session list --all-users --format csv` and `session report`.
/// Expected: every listing a reader sees holds a whole number of batches, never fewer than the
/// previous one it saw, and every report's total is exactly 600 s times its session count.
#[test]
fn readers_during_writes_see_whole_transactions() {
    let env = fresh();
    env.cmd(&["ticket", "create", "Batches", "-q"]).run().ok();
    let case = Case::begin(Class::Concurrency, "2 readers during 10 imports of 20 sessions", &env.db);
    const BATCH: i64 = 20;
    const BATCHES: i64 = 10;
    let day = unix("2024-01-01T00:00:00Z");
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            for b in 0..BATCHES {
                let mut csv = String::from("ticket,start,end\n");
                for i in 0..BATCH {
                    let start = day + (b * BATCH + i) * 3600;
                    csv.push_str(&format!("1,{},{}\n", rfc3339(start), rfc3339(start + 600)));
                }
                env.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin(csv).run().ok();
            }
            done.store(true, Ordering::SeqCst);
        });
        let readers: Vec<_> = (0..2)
            .map(|r| {
                let (env, done) = (&env, &done);
                scope.spawn(move || {
                    let mut last = 0;
                    let mut seen = 0;
                    while !done.load(Ordering::SeqCst) || seen < 2 {
                        seen += 1;
                        if r == 0 {
                            let csv = env.cmd(&["session", "list", "--all-users", "--format", "csv"]).run();
                            let rows = csv.ok().stdout.lines().count() as i64 - 1;
                            assert_eq!(rows % BATCH, 0, "a listing saw part of an import: {rows} rows");
                            assert!(rows >= last, "a listing went back in time: {rows} < {last}");
                            last = rows;
                        } else {
                            let report =
                                env.cmd(&["session", "report", "--all-users", "--format", "json"]).run();
                            let json = report.ok().json();
                            let (count, total) = (
                                json[0]["sessions"].as_i64().unwrap_or(0),
                                json[0]["duration_seconds"].as_i64().unwrap_or(0),
                            );
                            assert_eq!(count % BATCH, 0, "a report saw part of an import: {count}");
                            assert_eq!(total, count * 600, "a report's total disagrees with its count");
                            assert!(count >= last, "a report went back in time");
                            last = count;
                        }
                    }
                })
            })
            .collect();
        writer.join().expect("writer");
        for reader in readers {
            reader.join().expect("reader");
        }
    });
    assert_eq!(sessions(&env, &[]).len() as i64, BATCH * BATCHES);
    case.end(Db::Any);
}

/// Input: 12 simultaneous `user add dup`; then 12 simultaneous `user add twin --if-not-exists -q`.
/// Expected: one success and 11 exit 6 "already exists"; then all 12 exit 0 printing the same
/// id; each name exists once.
#[test]
fn concurrent_user_add_of_one_name_makes_one_user() {
    let env = fresh();
    let mut barrier = Barrier::new();
    let case = Case::begin(Class::Concurrency, "12 simultaneous `user add` of one name", &env.db);
    let add = |name: &str, extra: &[&str]| {
        let mut args = vec!["user", "add", name, "--role", "technician", "--password-stdin"];
        args.extend_from_slice(extra);
        env.cmd(&args).stdin("a-good-password\n")
    };
    let runs = race((0..12).map(|_| add("dup", &[])).collect(), &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 1), (6, 11)]), "{runs:?}");
    for run in runs.iter().filter(|r| r.code == 6) {
        run.fails(6, "already exists");
    }
    case.end(Db::Any);
    let case =
        Case::begin(Class::Concurrency, "12 simultaneous `user add --if-not-exists` of one name", &env.db);
    let runs = race((0..12).map(|_| add("twin", &["--if-not-exists", "-q"])).collect(), &mut barrier);
    let ids: HashSet<&str> = runs.iter().map(|r| r.ok().stdout.trim()).collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    let users = env.cmd(&["user", "list", "--format", "json"]).run().ok().json();
    let names: Vec<&str> =
        users.as_array().expect("array").iter().filter_map(|u| u["username"].as_str()).collect();
    assert_eq!(names, ["admin", "dup", "twin"]);
    case.end(Db::Any);
}

/// Input: 16 simultaneous `ticket create -q` by two users.
/// Expected: all exit 0 with the numbers 1 to 16, each once.
#[test]
fn concurrent_ticket_creates_get_distinct_numbers() {
    let env = fresh();
    let tom = user_client(&env, "tom", "technician");
    let case = Case::begin(Class::Concurrency, "16 simultaneous `ticket create`", &env.db);
    let mut barrier = Barrier::new();
    let commands = (0..16)
        .map(|i| {
            let cmd = env.cmd(&["ticket", "create", "Race", "-q"]);
            if i % 2 == 0 { cmd.on(&tom) } else { cmd }
        })
        .collect();
    let runs = race(commands, &mut barrier);
    let mut numbers: Vec<i64> = runs.iter().map(|r| r.ok().stdout.trim().parse().expect("number")).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
    case.end(Db::Any);
}

/// Input: 8 simultaneous `stint init` of one new path, each from its own client.
/// Expected: one exits 0, 7 exit 6 "already exists"; the database is whole and its admin's
/// client is logged in.
#[test]
fn concurrent_init_of_one_path_makes_one_database() {
    let env = Env::empty();
    let case = Case::begin(Class::Concurrency, "8 simultaneous `init` of one path", &env.db);
    let mut barrier = Barrier::new();
    let commands = (0..8)
        .map(|i| {
            env.cmd(&["init", "--admin", &format!("boss{i}"), "--password-stdin"])
                .on(&env.client(&format!("init{i}")))
                .stdin("a-good-password\n")
        })
        .collect();
    let runs = race(commands, &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 1), (6, 7)]), "{runs:?}");
    for run in runs.iter().filter(|r| r.code == 6) {
        run.fails(6, "already exists");
    }
    let winner = runs.iter().position(|r| r.code == 0).expect("a winner");
    env.cmd(&["auth", "status"]).on(&env.client(&format!("init{winner}"))).run().ok();
    case.end(Db::Any);
}

/// Input: a stint database at schema version 0 (application id set, no tables) opened by 8
/// processes at once, all of which must migrate it first.
/// Expected: the schema is migrated exactly once (no "already exists" errors): every process
/// exits 8 "has no organisation"; the file ends at the latest version.
#[test]
fn concurrent_openers_migrate_once() {
    let env = Env::empty();
    {
        let conn = rusqlite::Connection::open(&env.db).expect("create");
        conn.pragma_update(None, "application_id", 0x5354_4e54).expect("application id");
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(())).expect("wal");
    }
    let case =
        Case::begin_foreign(Class::Concurrency, "8 processes migrating one version-0 database", &env.db);
    let mut barrier = Barrier::new();
    let commands = (0..8)
        .map(|i| {
            env.cmd(&["auth", "login", "admin", "--password-stdin"])
                .on(&env.client(&format!("m{i}")))
                .stdin("whatever-password\n")
        })
        .collect();
    for run in race(commands, &mut barrier) {
        run.fails(8, "no organisation");
    }
    let conn = rusqlite::Connection::open(&env.db).expect("open");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
    assert_eq!(version, stint::store::sqlite::latest_version());
    drop(conn);
    crate::harness::assert_invariants(&env.db, "after the migration");
    case.end(Db::Any);
}

/// Input: `session.max_per_user` 3, then 8 clients of one user log in at once.
/// Expected: exactly 3 exit 0 and 5 exit 6 naming the limit; 3 active sessions.
#[test]
fn concurrent_logins_respect_the_session_cap() {
    let env = fresh();
    env.cmd(&["config", "set", "session.max_per_user", "3"]).run().ok();
    let password = crate::harness::add_user(&env, "bob", "technician");
    let case = Case::begin(Class::Concurrency, "8 clients of one user log in at once, cap 3", &env.db);
    let mut barrier = Barrier::new();
    let commands = (0..8)
        .map(|i| {
            env.cmd(&["auth", "login", "bob", "--password-stdin"])
                .on(&env.client(&format!("bob{i}")))
                .stdin(format!("{password}\n"))
        })
        .collect();
    let runs = race(commands, &mut barrier);
    assert_eq!(tally_codes(&runs), BTreeMap::from([(0, 3), (6, 5)]), "{runs:?}");
    for run in runs.iter().filter(|r| r.code == 6) {
        run.fails(6, "the limit is 3");
    }
    let sessions = env.cmd(&["auth", "sessions", "--all-users", "--format", "json"]).run().ok().json();
    let active = sessions
        .as_array()
        .expect("array")
        .iter()
        .filter(|s| s["username"] == "bob" && s["state"] == "active")
        .count();
    assert_eq!(active, 3, "{sessions}");
    case.end(Db::Any);
}

/// Input: 6 simultaneous `auth login` of one user on one client that is already logged in.
/// Expected: all exit 0 (each resumes the session) and the client is still logged in afterwards.
#[test]
fn concurrent_logins_on_one_client_leave_it_logged_in() {
    let env = fresh();
    let password = crate::harness::add_user(&env, "bob", "technician");
    let client = env.client("bob");
    login(&env, &client, "bob", &password).ok();
    let case = Case::begin(Class::Concurrency, "6 simultaneous logins of one user on one client", &env.db);
    let mut barrier = Barrier::new();
    let commands = (0..6)
        .map(|_| {
            env.cmd(&["auth", "login", "bob", "--password-stdin"]).on(&client).stdin(format!("{password}\n"))
        })
        .collect();
    for run in race(commands, &mut barrier) {
        run.ok();
    }
    env.cmd(&["auth", "status"]).on(&client).run().ok();
    case.end(Db::Any);
}
