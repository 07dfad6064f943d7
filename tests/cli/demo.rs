//! `stint demo`: a sample desk that obeys every rule, with the admin logged in.

use crate::support::Env;

#[test]
fn demo_builds_a_desk_and_shows_a_weekly_report() {
    let mut env = Env::empty();
    env.now = "2024-03-20T10:00:00Z".into();
    let location = env.location.clone();
    let db = location.as_str();
    let run = env.run(&["--db", db, "demo"]);
    run.ok();
    assert!(run.stderr.contains("12 tickets, 4 cases with 9 notes"), "{}", run.stderr);
    assert!(run.stderr.contains("auth login tess"), "{}", run.stderr);
    assert!(run.stdout.lines().any(|l| l.starts_with("2024-03-11")), "last week's Monday: {}", run.stdout);
    assert!(run.stdout.contains("total"), "{}", run.stdout);

    // The admin is logged in on this client, and the data is consistent.
    let tickets = env.run(&["--db", db, "ticket", "list", "--format", "json"]).ok().json();
    assert_eq!(tickets.as_array().map(Vec::len), Some(12));
    let running =
        env.run(&["--db", db, "session", "list", "--all-users", "--running", "--format", "json"]).ok().json();
    assert_eq!(running[0]["user"], "tess");
    let tess = env.client("tess");
    env.run_full(
        &tess,
        &["--db", db, "auth", "login", "tess", "--password-stdin"],
        Some("demo-password\n"),
        &[],
    )
    .ok();
    let status = env.run_full(&tess, &["--db", db, "timer", "status", "--format", "json"], None, &[]);
    assert_eq!(status.ok().json()["ticket"], 7, "{}", status.stdout);
    let days = env
        .run(&[
            "--db",
            db,
            "session",
            "report",
            "--all-users",
            "--by",
            "day",
            "--last-week",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(days.as_array().map(Vec::len), Some(5), "five working days: {days}");

    // A second demo never overwrites the first.
    env.run(&["--db", db, "demo"]).fails(6, "already");
}

#[test]
fn demo_without_db_uses_a_new_temporary_file_not_stint_db() {
    let env = Env::new();
    let before = env.run(&["audit", "list", "--format", "json"]).ok().stdout.clone();
    let run = env.run(&["demo"]);
    run.ok();
    let line = run.stderr.lines().next().unwrap_or_default().to_owned();
    let path = line.trim_start_matches("Built a demo service desk in ").trim_end_matches(':').to_owned();
    assert!(path.contains("stint-demo-"), "{line}");
    let after = env.run(&["audit", "list", "--format", "json"]).ok().stdout.clone();
    assert_eq!(after, before, "STINT_DB is left alone");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
}
