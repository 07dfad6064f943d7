//! `stint db backup`: an online snapshot of a SQLite database that opens as a stint database;
//! refused on PostgreSQL (pg_dump) and through a server.

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use crate::support::{ADMIN, ADMIN_PASSWORD, Env, START};

/// A desk and the path a test backs it up to. On PostgreSQL a backup is refused with a pointer
/// to pg_dump, and there is nothing more to test: `None`.
fn sqlite_desk() -> Option<(Env, PathBuf)> {
    let env = Env::new();
    let target = env.dir.path().join("backup.db");
    if crate::BACKEND.postgres() {
        env.run(&["db", "backup", &target.to_string_lossy()]).fails(2, "pg_dump");
        assert!(!target.exists(), "nothing is written on PostgreSQL");
        return None;
    }
    Some((env, target))
}

/// What SQLite's own check says of a file.
fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("open the backup");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check")
}

/// The ids of the `default` organisation's work sessions in a SQLite file, read without stint
/// (other organisations' are not for its admin to see).
fn session_ids(conn: &rusqlite::Connection) -> BTreeSet<String> {
    let sql = "SELECT work_session_id FROM work_sessions
               WHERE org_id = (SELECT org_id FROM organizations WHERE name = 'default')";
    let mut stmt = conn.prepare(sql).expect("prepare");
    let ids = stmt.query_map([], |r| r.get::<_, String>(0)).expect("query");
    ids.map(|id| id.expect("an id")).collect()
}

fn instant(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .expect("in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Files in `dir` whose names mark them as a backup's temporary copy.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".backup-"))
        .collect()
}

#[test]
fn backup_while_five_processes_write_is_consistent_and_opens_as_a_stint_database() {
    let Some((env, target)) = sqlite_desk() else { return };
    const WRITERS: usize = 5;
    crate::seed::ticket(&env, 1, "open");
    let clients: Vec<_> =
        (0..WRITERS).map(|i| env.user_client(&format!("writer{i}"), "technician")).collect();
    let base = chrono::DateTime::parse_from_rfc3339(START).expect("start").timestamp() + 60;
    let clock = AtomicI64::new(0);
    let done = AtomicBool::new(false);
    let rounds = AtomicI64::new(0);
    let (committed_before, backup) = std::thread::scope(|scope| {
        for client in &clients {
            scope.spawn(|| {
                while !done.load(Ordering::SeqCst) {
                    for action in [&["timer", "start", "--ticket", "1"][..], &["timer", "stop"][..]] {
                        let now = instant(base + clock.fetch_add(1, Ordering::SeqCst));
                        let mut args = action.to_vec();
                        args.push("-q");
                        let run = env.run_full(
                            client,
                            &args,
                            None,
                            &[("STINT_TEST_NOW", &now), ("STINT_BUSY_TIMEOUT_MS", "60000")],
                        );
                        run.ok();
                    }
                    rounds.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
        while rounds.load(Ordering::SeqCst) < WRITERS as i64 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let source = rusqlite::Connection::open(&env.db).expect("open the source");
        let committed_before = session_ids(&source);
        let backup = env.run_full(
            &env.default_client(),
            &["db", "backup", &target.to_string_lossy()],
            None,
            &[("STINT_BUSY_TIMEOUT_MS", "60000")],
        );
        // The writers go on a little after the backup, so it is not the last state.
        let after = rounds.load(Ordering::SeqCst);
        while rounds.load(Ordering::SeqCst) < after + WRITERS as i64 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        done.store(true, Ordering::SeqCst);
        (committed_before, backup)
    });
    backup.ok();
    assert!(backup.stderr.contains("Backed up") && backup.stderr.contains("backup.db"), "{}", backup.stderr);
    assert!(leftovers(env.dir.path()).is_empty(), "{:?}", leftovers(env.dir.path()));

    assert_eq!(integrity(&target), "ok");
    let location = target.to_string_lossy().into_owned();
    let checked = env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &location)]);
    assert!(checked.ok().stderr.contains("no violations found"), "{}", checked.stderr);
    let copy = rusqlite::Connection::open(&target).expect("open the backup");
    let in_backup = session_ids(&copy);
    assert!(in_backup.is_superset(&committed_before), "every session committed before the backup is in it");
    let source = rusqlite::Connection::open(&env.db).expect("open the source");
    let final_ids = session_ids(&source);
    assert!(in_backup.is_subset(&final_ids) && in_backup.len() < final_ids.len(), "a snapshot between");
    drop(copy);

    // The backup is a normal stint database: log in on it and list what it holds.
    let client = env.client("restored");
    let with_backup = [("STINT_DB", location.as_str())];
    env.run_full(
        &client,
        &["auth", "login", ADMIN, "--password-stdin"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &with_backup,
    )
    .ok();
    let listed = env
        .run_full(&client, &["session", "list", "--all-users", "--format", "json"], None, &with_backup)
        .ok()
        .json();
    assert_eq!(listed.as_array().map(Vec::len), Some(in_backup.len()));
}

#[test]
fn backup_is_private_and_replaces_a_file_only_with_force() {
    let Some((env, target)) = sqlite_desk() else { return };
    let file = target.to_string_lossy().into_owned();
    std::fs::write(&target, "precious").expect("write");
    env.run(&["db", "backup", &file]).fails(6, "--force");
    assert_eq!(std::fs::read(&target).expect("read"), b"precious", "an existing file is kept");

    let quiet = env.run(&["db", "backup", &file, "--force", "-q"]);
    quiet.ok();
    assert_eq!(quiet.stderr, "", "-q silences the notice");
    let mode = std::fs::metadata(&target).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(integrity(&target), "ok");
    assert!(leftovers(env.dir.path()).is_empty());
}

#[test]
fn backup_to_a_bad_path_says_why_and_leaves_nothing() {
    let Some((env, target)) = sqlite_desk() else { return };
    let missing = env.dir.path().join("no-such-dir").join("backup.db");
    env.run(&["db", "backup", &missing.to_string_lossy()]).fails(2, "no-such-dir");
    std::fs::create_dir(&target).expect("a directory where the file would go");
    env.run(&["db", "backup", &target.to_string_lossy(), "--force"]).fails(2, "is a directory");
    assert_eq!(std::fs::read_dir(&target).expect("read dir").count(), 0, "the directory is untouched");
    env.run(&["db", "backup", &env.db.to_string_lossy(), "--force"]).fails(2, "the database being backed up");
    assert!(leftovers(env.dir.path()).is_empty());
    assert!(!env.dir.path().join("no-such-dir").exists());
}

#[test]
fn backup_through_a_server_needs_direct_access() {
    let mut env = Env::new();
    let url = env.serve().url.clone();
    let target = env.dir.path().join("backup.db");
    env.run(&["--server", &url, "db", "backup", &target.to_string_lossy()])
        .fails(5, "needs direct access to the database");
    assert!(!target.exists());
}
