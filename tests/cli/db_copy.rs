//! `stint db copy`: a desk copied into a new SQLite file lists the same tickets once its users
//! log in again there, and a target that already holds data is refused.

use crate::support::{ADMIN, ADMIN_PASSWORD, Env};

#[test]
fn a_copy_into_a_new_file_lists_the_same_tickets_and_refuses_a_second_time() {
    let env = Env::new();
    if crate::BACKEND.postgres() {
        return;
    }
    crate::seed::ticket(&env, 1, "open");
    let target = env.dir.path().join("copy.db");
    let to = target.to_string_lossy().into_owned();
    env.run(&["db", "copy", "--to", &to]).ok();
    env.run(&["db", "copy", "--to", &to]).fails(6, "already exists");

    let client = env.client("copied");
    let on_copy = [("STINT_DB", to.as_str())];
    env.run_full(
        &client,
        &["auth", "login", ADMIN, "--password-stdin"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &on_copy,
    )
    .ok();
    let listed = |client, extra: &[(&str, &str)]| {
        env.run_full(client, &["ticket", "list", "--format", "csv"], None, extra).ok().stdout.clone()
    };
    assert_eq!(listed(&client, &on_copy), listed(&env.default_client(), &[]));
}

/// What people and scripts read of a desk, in every format, as `client` sees it over `db`;
/// the audit log without the `db.copy` events a copy appends.
fn outputs(env: &Env, client: &std::path::Path, db: &str, case: &str) -> Vec<String> {
    let on = [("STINT_DB", db)];
    let mut seen = Vec::new();
    for format in ["table", "csv", "tsv", "json", "ndjson"] {
        for args in [
            &["session", "list", "--all-users"][..],
            &["ticket", "list"][..],
            &["case", "log", case][..],
            &["config", "list"][..],
        ] {
            let mut args = args.to_vec();
            args.extend(["--format", format]);
            seen.push(env.run_full(client, &args, None, &on).ok().stdout.clone());
        }
    }
    let audit = env.run_full(client, &["audit", "list", "--format", "ndjson"], None, &on).ok().stdout.clone();
    seen.push(audit.lines().filter(|l| !l.contains("\"db.copy\"")).collect::<Vec<_>>().join("\n"));
    seen
}

/// Logs the admin in on `db` with a new client, as everyone must after a copy.
fn admin_on(env: &Env, name: &str, db: &str) -> std::path::PathBuf {
    let client = env.client(name);
    env.run_full(
        &client,
        &["auth", "login", ADMIN, "--password-stdin"],
        Some(&format!("{ADMIN_PASSWORD}\n")),
        &[("STINT_DB", db)],
    )
    .ok();
    client
}

#[test]
fn a_desk_copied_to_sqlite_and_on_to_postgresql_and_back_reads_the_same() {
    let env = Env::new();
    crate::seed::ticket(&env, 1, "open");
    crate::seed::ticket(&env, 2, "in_progress");
    env.run(&["config", "set", "timer.max_length", "10h"]).ok();
    let case = env.run(&["case", "open", "VPN drops", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    env.run(&["case", "note", &case, "Replaced the cable"]).ok();
    env.run(&[
        "timer",
        "manual",
        "--ticket",
        "2",
        "--from",
        "2024-03-15T09:00:00Z",
        "--to",
        "2024-03-15T10:00:00Z",
        "--tag",
        "onsite",
        "--note",
        "printer",
    ])
    .ok();
    env.run(&["timer", "manual", "--case", &case, "--duration", "45m", "-q"]).ok();
    env.run(&["timer", "start", "--ticket", "1", "-q"]).ok();
    let original = outputs(&env, &env.default_client(), &env.location, &case);

    // Into a new SQLite file; from there (on the PostgreSQL run) into an empty PostgreSQL
    // database and back into a second file.
    let first = env.dir.path().join("first.db").to_string_lossy().into_owned();
    env.run(&["db", "copy", "--to", &first]).ok();
    let mut last = first.clone();
    if crate::BACKEND.postgres() {
        let postgres = Env::empty().location;
        env.run_full(
            &env.default_client(),
            &["db", "copy", "--to", &postgres],
            None,
            &[("STINT_DB", &first)],
        )
        .ok();
        let back = env.dir.path().join("back.db").to_string_lossy().into_owned();
        env.run_full(&env.default_client(), &["db", "copy", "--to", &back], None, &[("STINT_DB", &postgres)])
            .ok();
        env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &postgres)]).ok();
        last = back;
    }
    env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &last)]).ok();

    // Login sessions are not copied: the old client's token means nothing there.
    env.run_full(&env.default_client(), &["timer", "status"], None, &[("STINT_DB", &last)]).fails(4, "");
    let client = admin_on(&env, "after-copies", &last);
    let copied = outputs(&env, &client, &last, &case);
    let (original_audit, copied_audit) = (original.last(), copied.last());
    assert_eq!(original[..original.len() - 1], copied[..copied.len() - 1]);
    // The audit log (oldest first) is the original's, with the re-login after it.
    assert!(
        copied_audit
            .zip(original_audit)
            .is_some_and(|(copied, original)| copied.starts_with(original.as_str())),
        "the audit log is copied as it is:\n{copied_audit:?}\n{original_audit:?}"
    );
    let audit = env.run_full(&client, &["audit", "list", "--format", "ndjson"], None, &[("STINT_DB", &last)]);
    let copies = audit.ok().stdout.lines().filter(|l| l.contains("\"db.copy\"")).count();
    assert_eq!(copies, if crate::BACKEND.postgres() { 3 } else { 1 }, "each copy appends one db.copy event");
}

/// Starts a copy of `env` to `to` that pauses once it writes work sessions, kills it with
/// SIGKILL there, and waits for it to be gone.
fn copy_killed_part_way(env: &Env, to: &str) {
    let pause = env.dir.path().join(format!("paused-{}", to.len()));
    let mut child = env
        .command(&env.default_client(), &["db", "copy", "--to", to])
        .env("STINT_TEST_COPY_PAUSE", &pause)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start the copy");
    let waited = std::time::Instant::now();
    while !pause.exists() {
        assert!(waited.elapsed() < std::time::Duration::from_secs(30), "the copy never reached its sessions");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().expect("SIGKILL the copy");
    child.wait().expect("reap the copy");
}

#[test]
fn a_copy_killed_part_way_leaves_the_target_as_it_was() {
    let env = Env::new();
    crate::seed::ticket(&env, 1, "open");
    env.run(&["timer", "manual", "--ticket", "1", "--duration", "1h", "-q"]).ok();
    let file = env.dir.path().join("killed.db");
    let to = file.to_string_lossy().into_owned();
    copy_killed_part_way(&env, &to);
    assert!(!file.exists(), "no database is left at the target");
    // The same target then takes a whole copy.
    env.run(&["db", "copy", "--to", &to]).ok();
    env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &to)]).ok();

    if crate::BACKEND.postgres() {
        let postgres = Env::empty().location;
        copy_killed_part_way(&env, &postgres);
        env.run(&["db", "copy", "--to", &postgres]).ok();
        // A target that holds a desk is refused, and stays as it was.
        env.run(&["db", "copy", "--to", &postgres]).fails(6, "");
        env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &postgres)]).ok();
    }
}

#[test]
fn a_target_of_a_newer_stint_is_exit_8_and_a_server_exit_5() {
    let env = Env::new();
    let newer = env.dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).expect("make the newer database");
        conn.execute_batch(
            "PRAGMA application_id = 1398034004; PRAGMA user_version = 999; CREATE TABLE t (x)",
        )
        .expect("mark it as a newer stint's");
    }
    let before = std::fs::read(&newer).expect("read it");
    env.run(&["db", "copy", "--to", &newer.to_string_lossy()]).fails(8, "newer");
    assert_eq!(std::fs::read(&newer).expect("read it"), before, "the target is left as it was");

    let target = env.dir.path().join("never.db");
    env.run(&["--server", "https://127.0.0.1:9", "db", "copy", "--to", &target.to_string_lossy()])
        .fails(5, "direct access");
    assert!(!target.exists());
}

/// A source whose sessions overlap (its guard dropped behind stint's back) is refused by every
/// target before commit, and the target is left as it was: the rules are checked on the data
/// copied, not assumed from where it came from.
#[test]
fn a_source_breaking_a_rule_is_refused_and_the_target_left_as_it_was() {
    let env = Env::new();
    crate::seed::ticket(&env, 1, "open");
    for (from, to) in
        [("2024-03-15T09:00:00Z", "2024-03-15T10:00:00Z"), ("2024-03-15T10:00:00Z", "2024-03-15T11:00:00Z")]
    {
        env.run(&["timer", "manual", "--ticket", "1", "--from", from, "--to", to, "-q"]).ok();
    }
    let bad = env.dir.path().join("bad.db");
    let bad_db = bad.to_string_lossy().into_owned();
    env.run(&["db", "copy", "--to", &bad_db]).ok();
    let conn = rusqlite::Connection::open(&bad).expect("open the copy");
    conn.execute_batch(
        "DROP TRIGGER work_sessions_no_overlap_insert; DROP TRIGGER work_sessions_no_overlap_update; \
         UPDATE work_sessions SET start_at = start_at - 1800, duration = duration + 1800 \
         WHERE work_session_id = (SELECT w.work_session_id FROM work_sessions w JOIN organizations o \
             USING (org_id) WHERE o.name = 'default' ORDER BY w.start_at DESC LIMIT 1)",
    )
    .expect("plant an overlap");
    drop(conn);
    let from_bad = [("STINT_DB", bad_db.as_str())];

    let file = env.dir.path().join("never.db");
    let run = env.run_full(
        &env.default_client(),
        &["db", "copy", "--to", &file.to_string_lossy()],
        None,
        &from_bad,
    );
    assert_ne!(run.code, 0, "an overlap was copied: {run:?}");
    assert!(run.stderr.contains("overlap"), "the reason is given: {}", run.stderr);
    assert!(!file.exists(), "no database is left at the target");

    if crate::BACKEND.postgres() {
        let postgres = Env::empty().location;
        let run = env.run_full(&env.default_client(), &["db", "copy", "--to", &postgres], None, &from_bad);
        assert_ne!(run.code, 0, "an overlap was copied: {run:?}");
        assert!(run.stderr.contains("overlap"), "the reason is given: {}", run.stderr);
        // Nothing was left behind: the same target takes the sound desk whole.
        env.run(&["db", "copy", "--to", &postgres]).ok();
        env.run_full(&env.default_client(), &["db", "check"], None, &[("STINT_DB", &postgres)]).ok();
    }
}
