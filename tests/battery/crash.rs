//! Class 2, crash and durability: `kill -9` of writers, imports and `init` at random points,
//! many times (slow, `#[ignore]`; `tests/battery/run-all.sh` runs them), and two deterministic
//! kills in the middle of a transaction (fast). After every kill the invariants hold as the
//! next process would recover the database, every change is there together with its audit
//! event or not at all, every change a command reported is kept, and the next command works.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::{
    Battery, Case, Class, Db, Rng, assert_invariants, desk, fresh, knob, login, rfc3339, unix,
};
use crate::invariants::on_copy;
use crate::support::{ADMIN, ADMIN_PASSWORD, Env};

/// Numbers that agree exactly when each change was written with its audit event.
#[derive(Debug, PartialEq, Eq)]
struct Ledger {
    tickets: (i64, i64),
    notes: (i64, i64),
    users: (i64, i64),
    sessions: (i64, i64),
    stopped: (i64, i64),
    imports: i64,
}

fn ledger(db: &Path) -> Ledger {
    on_copy(db, |conn| {
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
        let events = |action: &str| {
            conn.query_row("SELECT count(*) FROM audit_events WHERE action = ?1", [action], |r| {
                r.get::<_, i64>(0)
            })
        };
        Ok(Ledger {
            tickets: (count("SELECT count(*) FROM tickets")?, events("ticket.create")?),
            notes: (count("SELECT count(*) FROM case_notes")?, events("case.note")?),
            users: (count("SELECT count(*) FROM users")?, events("user.add")?),
            sessions: (
                count("SELECT count(*) FROM work_sessions WHERE source <> 'import'")?,
                events("timer.start")? + events("timer.manual")? - events("work_session.delete")?,
            ),
            stopped: (
                count("SELECT count(*) FROM work_sessions WHERE source = 'timer' AND end_at IS NOT NULL")?,
                events("timer.stop")?,
            ),
            imports: events("session.import")?,
        })
    })
}

fn assert_ledger_balances(db: &Path, context: &str) -> Ledger {
    let l = ledger(db);
    for (what, (rows, events)) in [
        ("tickets", l.tickets),
        ("case notes", l.notes),
        ("users", l.users),
        ("work sessions", l.sessions),
        ("stops", l.stopped),
    ] {
        assert_eq!(rows, events, "{context}: {what} and their audit events disagree: {l:?}");
    }
    l
}

fn imported(db: &Path) -> i64 {
    on_copy(db, |conn| {
        conn.query_row("SELECT count(*) FROM work_sessions WHERE source = 'import'", [], |r| r.get(0))
    })
}

/// `n` ten-minute sessions, one an hour, from `start`, as import CSV.
fn batch(start: i64, n: i64) -> String {
    let mut csv = String::from("ticket,start,end,note\n");
    for i in 0..n {
        let at = start + i * 3600;
        csv.push_str(&format!(
            "1,{},{},batch record {i} with a little text\n",
            rfc3339(at),
            rfc3339(at + 600)
        ));
    }
    csv
}

/// Input: a `session import -` holding the write lock with 2,000 records already read (its
/// transaction open and uncommitted), killed with `kill -9`.
/// Expected: none of its records is there, invariants hold, and the next writer proceeds at
/// once (exit 0, no waiting for a lock).
#[test]
fn killed_mid_import_leaves_nothing_and_blocks_nobody() {
    let env = fresh();
    env.cmd(&["ticket", "create", "Imports", "-q"]).run().ok();
    let case = Case::begin(Class::Crash, "kill -9 of an import 2,000 records into its transaction", &env.db);
    let (importer, mut stdin) = crate::concurrency::hold_the_lock(&env, "ticket,start,end,note\n");
    let csv = batch(unix("2020-01-01T00:00:00Z"), 2_000);
    let body = csv.split_once('\n').map(|(_, rest)| rest).unwrap_or_default();
    stdin.write_all(body.as_bytes()).expect("feed the importer");
    stdin.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(200));
    importer.kill9();
    drop(stdin);
    assert_eq!(imported(&env.db), 0);
    let started = Instant::now();
    env.cmd(&["ticket", "create", "After the crash", "-q"]).env("STINT_BUSY_TIMEOUT_MS", "100").run().ok();
    assert!(started.elapsed() < Duration::from_secs(5), "the next writer waited for a dead process");
    assert_ledger_balances(&env.db, "after the kill");
    case.end(Db::Any);
}

/// Input: `kill -9` of every kind of write at a random moment (`STINT_BATTERY_KILLS` times,
/// default 150; the seed is printed and `STINT_BATTERY_SEED` replays it): ticket create, timer
/// start and stop, manual sessions, session edits, case notes, user add, config set and login,
/// each next to an unkilled writer running at the same time.
/// Expected: after every kill the invariants hold; every change is there with its audit event
/// or neither is; every change a command reported (exit 0) is there; the unkilled writer always
/// succeeds (the dead process's lock is gone); the next command works.
#[test]
#[ignore = "slow: kill -9 loop; run by tests/battery/run-all.sh"]
fn slow_kill_9_at_random_points_of_writes() {
    let kills: u64 = knob("STINT_BATTERY_KILLS").unwrap_or(150);
    let mut rng = Rng::seeded("slow_kill_9_at_random_points_of_writes");
    let (env, tess) = desk();
    let case_id = env.cmd(&["case", "open", "Crashes", "-q"]).on(&tess).run().ok().stdout.trim().to_owned();
    let first = env
        .cmd(&["timer", "manual", "--ticket", "1", "--from", "06:00", "--to", "06:30", "-q"])
        .on(&tess)
        .run();
    let first = first.ok().stdout.trim().to_owned();
    let case =
        Case::begin(Class::Crash, format!("kill -9 at random points of writes, {kills} times"), &env.db);
    let mut reported_tickets: Vec<String> = Vec::new();
    let (mut killed, mut finished, mut relogins) = (0, 0, 0);
    let slot_base = unix("2024-03-14T00:00:00Z");
    for i in 0..kills {
        let kind = rng.below(9);
        let slot = rfc3339(slot_base + i as i64 * 60);
        let name = format!("crash{i}");
        let note = format!("note {i}");
        let hours = format!("{}h", 10 + i % 5);
        let (args, on_tess, stdin): (Vec<&str>, bool, Option<String>) = match kind {
            0 => (vec!["ticket", "create", "Crash", "-q"], false, None),
            1 => (vec!["timer", "start", "--ticket", "1"], true, None),
            2 => (vec!["timer", "stop"], true, None),
            3 => (
                vec!["timer", "manual", "--ticket", "2", "--from", &slot, "--duration", "30s", "-q"],
                true,
                None,
            ),
            4 => (vec!["session", "edit", &first[..8], "--note", &note], true, None),
            5 => (vec!["case", "note", &case_id, &note], true, None),
            6 => (
                vec!["user", "add", &name, "--role", "viewer", "--password-stdin"],
                false,
                Some("viewer-password\n".into()),
            ),
            7 => (vec!["config", "set", "timer.max_length", &hours], false, None),
            _ => (vec!["auth", "login", "tess", "--password-stdin"], true, Some("tess-password\n".into())),
        };
        let mut cmd = env.cmd(&args);
        if on_tess {
            cmd = cmd.on(&tess);
        }
        if let Some(stdin) = stdin {
            cmd = cmd.stdin(stdin);
        }
        let victim = cmd.start();
        let bystander = env.cmd(&["ticket", "create", "Bystander", "-q"]).start();
        // A command takes about 10 ms here (60 ms with a password hash): kill within that.
        let limit_us = if kind == 6 || kind == 8 { 80_000 } else { 15_000 };
        std::thread::sleep(Duration::from_micros(rng.below(limit_us)));
        let run = victim.kill9();
        let by = bystander.wait();
        reported_tickets.push(by.ok().stdout.trim().to_owned());
        if run.code == -1 {
            killed += 1;
        } else {
            finished += 1;
            if kind == 0 && run.code == 0 {
                reported_tickets.push(run.stdout.trim().to_owned());
            }
        }
        let context = format!("kill {i} (`{}`, exit {})", args.join(" "), run.code);
        assert_invariants(&env.db, &context);
        assert_ledger_balances(&env.db, &context);
        // A login killed between its commit and saving the rotated token leaves the client the
        // old one, which then reads as a replayed token: safe, and a new login fixes it.
        if env.cmd(&["timer", "status"]).on(&tess).run().code == 4 {
            relogins += 1;
            login(&env, &tess, "tess", "tess-password").ok();
        }
    }
    let listed = env.cmd(&["ticket", "list", "--format", "json"]).run().ok().json();
    let numbers: Vec<String> = listed
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|t| t["number"].as_i64())
        .map(|n| n.to_string())
        .collect();
    for reported in &reported_tickets {
        assert!(numbers.contains(reported), "ticket #{reported} was reported created but is gone");
    }
    eprintln!("{kills} kills: {killed} mid-command, {finished} already done; {relogins} logins redone");
    case.end(Db::Any);
}

/// Input: `kill -9` of a 3,000-record `session import` at a random moment of its run
/// (`STINT_BATTERY_IMPORT_KILLS` times, default 40), each import of new sessions.
/// Expected: after every kill the database holds all 3,000 records of that import or none,
/// with one `session.import` event per import that landed; invariants hold.
#[test]
#[ignore = "slow: kill -9 loop; run by tests/battery/run-all.sh"]
fn slow_kill_9_at_random_points_of_imports() {
    let kills: u64 = knob("STINT_BATTERY_IMPORT_KILLS").unwrap_or(40);
    let mut rng = Rng::seeded("slow_kill_9_at_random_points_of_imports");
    let env = fresh();
    env.cmd(&["ticket", "create", "Imports", "-q"]).run().ok();
    const N: i64 = 3000;
    let base = unix("1990-01-01T00:00:00Z");
    let started = Instant::now();
    env.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin(batch(base, N)).run().ok();
    let full = started.elapsed().as_millis() as u64;
    let case = Case::begin(
        Class::Crash,
        format!("kill -9 at random points of a 3,000-record import, {kills} times"),
        &env.db,
    );
    let (mut landed, mut lost) = (1, 0);
    for i in 1..=kills {
        let before = imported(&env.db);
        let csv = batch(base + i as i64 * N * 3600, N);
        let running = env.cmd(&["session", "import", "-", "--input-format", "csv"]).stdin(csv).start();
        std::thread::sleep(Duration::from_millis(rng.below(full + full / 4)));
        let run = running.kill9();
        let after = imported(&env.db);
        assert!(
            after == before || after == before + N,
            "import {i} (exit {}): {before} -> {after} records",
            run.code
        );
        if after > before {
            landed += 1;
        } else {
            lost += 1;
        }
        assert_invariants(&env.db, &format!("import kill {i}"));
        assert_eq!(ledger(&env.db).imports, landed, "one audit event per import that landed");
    }
    env.cmd(&["session", "list", "--format", "csv"]).run().ok();
    eprintln!(
        "{kills} import kills ({full} ms per import): {} landed whole, {lost} left nothing",
        landed - 1
    );
    case.end(Db::Any);
}

/// Input: `kill -9` of `stint init` (which creates the file, applies the migrations and
/// makes the organisation and admin) at a random moment, `STINT_BATTERY_INIT_KILLS` times
/// (default 60), each on a new path.
/// Expected: the path holds either nothing, and `init` then works, or a whole database whose
/// admin can log in; never a half-made file that `init` refuses and no command can use.
#[test]
#[ignore = "slow: kill -9 loop; run by tests/battery/run-all.sh"]
fn slow_kill_9_during_init_and_migration() {
    let kills: u64 = knob("STINT_BATTERY_INIT_KILLS").unwrap_or(60);
    let mut rng = Rng::seeded("slow_kill_9_during_init_and_migration");
    let env = Env::empty();
    let init = |path: &Path, client: &Path| {
        env.cmd(&["--db", path.to_str().expect("utf-8"), "init", "--admin", ADMIN, "--password-stdin"])
            .on(client)
            .stdin(format!("{ADMIN_PASSWORD}\n"))
    };
    let started = Instant::now();
    init(&env.dir.path().join("timing.db"), &env.client("timing")).run().ok();
    let full = started.elapsed().as_millis() as u64;
    let case = Case::begin(
        Class::Crash,
        format!("kill -9 at random points of init and migration, {kills} times"),
        &env.db,
    );
    let (mut absent, mut whole) = (0, 0);
    for i in 0..kills {
        let path = env.dir.path().join(format!("init-{i}.db"));
        let client = env.client(&format!("init-{i}"));
        let running = init(&path, &client).start();
        std::thread::sleep(Duration::from_millis(rng.below(full + full / 4)));
        let run = running.kill9();
        let p = path.to_str().expect("utf-8");
        if path.exists() {
            whole += 1;
            assert_invariants(&path, &format!("init kill {i}"));
            let other = env.client(&format!("check-{i}"));
            let login = env
                .cmd(&["--db", p, "auth", "login", ADMIN, "--password-stdin"])
                .on(&other)
                .stdin(format!("{ADMIN_PASSWORD}\n"))
                .run();
            assert_eq!(login.code, 0, "init kill {i} (exit {}) left an unusable file: {login:?}", run.code);
        } else {
            absent += 1;
            init(&path, &client).run().ok();
            assert_invariants(&path, &format!("init after kill {i}"));
        }
    }
    eprintln!("{kills} init kills ({full} ms per init): {absent} left no file, {whole} a whole database");
    case.end(Db::Any);
}
