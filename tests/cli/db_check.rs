//! `stint db check`: a sound desk passes (exit 0, unchanged); each kind of broken invariant,
//! planted with SQL after dropping the guard that would refuse it, is found and named (exit 8).

use crate::support::Env;

/// Runs `statements` on the test database in one connection, with the checks that would refuse
/// bad rows turned off for it (SQLite's CHECK constraints, PostgreSQL's triggers and foreign keys).
fn plant(env: &Env, statements: &[&str]) {
    if crate::BACKEND.postgres() {
        let mut client =
            postgres::Client::connect(&env.location, postgres::NoTls).expect("connect to the test database");
        client.batch_execute("SET session_replication_role = replica").expect("replica role");
        for sql in statements {
            client.batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    } else {
        let conn = rusqlite::Connection::open(&env.db).expect("open the test database");
        conn.execute_batch("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
            .expect("pragma");
        for sql in statements {
            conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    }
}

/// A desk with two closed sessions and a running timer on ticket 1, all the admin's.
fn desk() -> Env {
    let env = Env::new();
    crate::seed::ticket(&env, 1, "open");
    for (from, to) in
        [("2024-03-15T09:00:00Z", "2024-03-15T10:00:00Z"), ("2024-03-15T10:00:00Z", "2024-03-15T11:00:00Z")]
    {
        env.run(&["timer", "manual", "--ticket", "1", "--from", from, "--to", to, "-q"]).ok();
    }
    env.run(&["timer", "start", "--ticket", "1", "-q"]).ok();
    env
}

#[test]
fn a_sound_desk_passes_and_is_left_unchanged() {
    let env = desk();
    let before = env.db_bytes();
    let run = env.run(&["db", "check"]);
    run.ok();
    assert!(run.stdout.is_empty(), "a table of nothing prints nothing: {}", run.stdout);
    assert!(run.stderr.contains("no violations found"), "{}", run.stderr);
    let csv = env.run(&["db", "check", "--format", "csv"]);
    assert_eq!(csv.ok().stdout, "kind,table,id,problem\r\n");
    assert_eq!(env.run(&["db", "check", "--format", "json"]).ok().json(), serde_json::json!([]));
    assert!(env.db_bytes() == before, "db check changed the database");
}

#[test]
fn each_kind_of_planted_violation_is_found_and_named() {
    let env = desk();
    let guards: &[&str] = if crate::BACKEND.postgres() {
        &[
            "ALTER TABLE work_sessions DROP CONSTRAINT work_sessions_no_overlap",
            "ALTER TABLE work_sessions DROP CONSTRAINT work_sessions_duration_matches",
            "DROP INDEX work_sessions_one_running",
            "SELECT setval(pg_get_serial_sequence('audit_events', 'event_id'), 1)",
        ]
    } else {
        &[
            "DROP TRIGGER work_sessions_no_overlap_insert",
            "DROP TRIGGER work_sessions_no_overlap_update",
            "DROP INDEX work_sessions_one_running",
            "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'audit_events'",
        ]
    };
    plant(&env, guards);
    // The desk's own sessions: other organisations' (which may start at the same instants)
    // are left sound.
    let own = "org_id = (SELECT org_id FROM organizations WHERE name = 'default')";
    let earliest = format!("(SELECT min(start_at) FROM work_sessions WHERE {own})");
    plant(
        &env,
        &[
            // The second closed session now starts inside the first.
            &format!(
                "UPDATE work_sessions SET start_at = start_at - 1800, duration = duration + 1800 \
                 WHERE {own} AND start_at = {earliest} + 3600"
            ),
            // The first one's duration no longer matches its times.
            &format!(
                "UPDATE work_sessions SET duration = duration + 5 WHERE {own} AND start_at = {earliest}"
            ),
            // A second running timer for the same user, on a ticket that does not exist.
            &format!(
                "INSERT INTO work_sessions (work_session_id, org_id, user_id, ticket_id, case_id, start_at, \
                 end_at, duration, utc_offset, note, source, created_at, updated_at) \
                 SELECT 'ffffffff-0000-4000-8000-000000000001', org_id, user_id, 987654, NULL, \
                 {earliest} - 86400, NULL, NULL, 0, '', 'timer', created_at, updated_at \
                 FROM work_sessions WHERE {own} AND start_at = {earliest}"
            ),
        ],
    );
    let before = env.db_bytes();
    let run = env.run(&["db", "check", "--format", "ndjson"]);
    assert_eq!(run.code, 8, "exit 8 when a violation is found: {run:?}");
    assert!(run.stderr.contains("violations of stint's invariants found"), "{}", run.stderr);
    let found: Vec<serde_json::Value> =
        run.stdout.lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect();
    let kinds: Vec<&str> = found.iter().filter_map(|v| v["kind"].as_str()).collect();
    for kind in ["schema", "overlap", "duration", "running", "reference", "audit"] {
        assert!(kinds.contains(&kind), "no {kind} violation in {found:#?}");
    }
    let reference = found.iter().find(|v| v["kind"] == "reference").expect("a reference violation");
    assert_eq!(reference["table"], "work_sessions");
    assert_eq!(reference["id"], "ffffffff-0000-4000-8000-000000000001");
    assert!(reference["problem"].as_str().is_some_and(|p| p.contains("987654")), "{reference}");
    assert!(env.db_bytes() == before, "db check changed the database");

    // People get the same findings as a table.
    let table = env.run(&["db", "check"]);
    assert_eq!(table.code, 8);
    for word in ["KIND", "overlap", "duration", "running", "reference", "audit"] {
        assert!(table.stdout.contains(word), "table lacks {word}:\n{}", table.stdout);
    }
}

#[test]
fn a_server_is_refused_with_a_hint() {
    let env = Env::new();
    let run = env.run(&["--server", "https://127.0.0.1:9", "db", "check"]);
    run.fails(5, "direct access");
}

#[test]
fn a_lost_organisation_name_guard_is_named() {
    let env = Env::new();
    plant(&env, &["DROP INDEX organizations_name_unique"]);
    let run = env.run(&["db", "check", "--format", "json"]);
    assert_eq!(run.code, 8, "{}", run.stderr);
    let found = run.json();
    let problems: Vec<&str> =
        found.as_array().expect("violations").iter().filter_map(|v| v["problem"].as_str()).collect();
    assert_eq!(problems.len(), 1, "{found}");
    assert!(problems[0].starts_with("index organizations_name_unique is missing"), "{found}");
}
