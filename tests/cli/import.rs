//! `session import` as a user sees it whichever way a store checks it (record by record on
//! SQLite, a batch of records in a few statements on PostgreSQL): clashes inside one file and
//! with stored sessions named by line, ids taken, running sessions, tags kept exactly, and a
//! history of thousands of sessions that comes back unchanged.

use serde_json::Value;

use crate::report::desk_at;
use crate::support::{Env, Run};

fn import(env: &Env, client: &std::path::Path, csv: &str) -> Run {
    env.run_full(client, &["session", "import", "-", "--input-format", "csv"], Some(csv), &[])
}

fn listing(env: &Env, client: &std::path::Path) -> String {
    env.run_on(client, &["session", "list", "--all-users", "--format", "csv"]).ok().stdout.clone()
}

fn sessions(env: &Env, client: &std::path::Path) -> Vec<Value> {
    let run = env.run_on(client, &["session", "list", "--format", "json"]);
    run.ok().json().as_array().cloned().unwrap_or_default()
}

const FIRST: &str = "aaaaaaa1-0000-4000-8000-000000000001";
const SECOND: &str = "aaaaaaa2-0000-4000-8000-000000000002";
const THIRD: &str = "aaaaaaa3-0000-4000-8000-000000000003";

#[test]
fn records_that_overlap_each_other_in_one_file_are_named_by_line() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    let csv = format!(
        "work_session_id,ticket,start,end\n\
         {FIRST},1,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z\n\
         {SECOND},2,2024-03-18T10:00:00Z,2024-03-18T11:00:00Z\n\
         ,1,2024-03-18T10:30:00Z,2024-03-18T12:00:00Z\n\
         ,1,2024-03-18T11:30:00Z,2024-03-18T12:30:00Z\n"
    );
    let run = import(&env, &tess, &csv);
    // Line 4 overlaps line 3, the latest before it; line 5 overlaps only line 4, which was
    // refused, so it is not a problem of its own.
    run.fails(
        6,
        "import refused, nothing was written: line 4: 2024-03-18 10:30 to 2024-03-18 12:00 would overlap work session aaaaaaa2 on #2 (2024-03-18 10:00 to 2024-03-18 11:00)",
    );
    assert!(!run.stderr.contains("line 5"), "{}", run.stderr);
    assert!(sessions(&env, &tess).is_empty(), "nothing was written");
    // Touching records are fine, and all of them are written.
    let touching = format!(
        "work_session_id,ticket,start,end\n\
         {FIRST},1,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z\n\
         {SECOND},2,2024-03-18T10:00:00Z,2024-03-18T11:00:00Z\n"
    );
    import(&env, &tess, &touching).ok();
    let ids: Vec<Value> = sessions(&env, &tess).iter().map(|s| s["work_session_id"].clone()).collect();
    assert_eq!(ids, [FIRST, SECOND]);
}

#[test]
fn an_overlap_is_found_thousands_of_records_later() {
    let (env, tess) = desk_at("2024-12-31T12:00:00Z");
    let mut csv = String::from("work_session_id,ticket,start,end\n");
    // 2,500 half-hour sessions an hour apart from 2024-01-01, the first with a known id.
    let base = 1_704_099_600_i64; // 2024-01-01T09:00:00Z
    for i in 0..2500_i64 {
        let id = if i == 0 { FIRST } else { "" };
        let (start, end) = (base + i * 3600, base + i * 3600 + 1800);
        csv.push_str(&format!("{id},1,{},{}\n", rfc3339(start), rfc3339(end)));
    }
    csv.push_str(",2,2024-01-01T09:15:00Z,2024-01-01T09:45:00Z\n");
    let run = import(&env, &tess, &csv);
    run.fails(
        6,
        "line 2502: 2024-01-01 09:15 to 2024-01-01 09:45 would overlap work session aaaaaaa1 on #1 (2024-01-01 09:00 to 2024-01-01 09:30)",
    );
    assert!(sessions(&env, &tess).is_empty(), "nothing was written");
}

#[test]
fn a_record_overlapping_a_stored_session_is_a_conflict_naming_it() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    let stored =
        format!("work_session_id,ticket,start,end\n{FIRST},1,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z\n");
    import(&env, &tess, &stored).ok();
    let csv = "ticket,start,end\n\
               2,2024-03-18T08:00:00Z,2024-03-18T09:00:00Z\n\
               2,2024-03-18T09:59:00Z,2024-03-18T10:30:00Z\n\
               2,2024-03-18T10:30:00Z,2024-03-18T11:00:00Z\n";
    import(&env, &tess, csv).fails(
        6,
        "import refused, nothing was written: line 3: 2024-03-18 09:59 to 2024-03-18 10:30 would overlap work session aaaaaaa1 on #1 (2024-03-18 09:00 to 2024-03-18 10:00)",
    );
    assert_eq!(sessions(&env, &tess).len(), 1, "only the stored session");
    // Another user's sessions are no obstacle.
    let other = "user,ticket,start,end\nadmin,2,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z\n";
    import(&env, &env.default_client(), other).ok();
}

#[test]
fn an_id_already_taken_by_a_stored_session_or_an_earlier_record_is_a_conflict() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    let stored =
        format!("work_session_id,ticket,start,end\n{FIRST},1,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z\n");
    import(&env, &tess, &stored).ok();
    let csv = format!(
        "work_session_id,ticket,start,end\n\
         {FIRST},1,2024-03-11T09:00:00Z,2024-03-11T10:00:00Z\n\
         {SECOND},1,2024-03-12T09:00:00Z,2024-03-12T10:00:00Z\n\
         {SECOND},1,2024-03-13T09:00:00Z,2024-03-13T10:00:00Z\n\
         {THIRD},1,2024-03-18T09:30:00Z,2024-03-18T09:45:00Z\n\
         {THIRD},1,2024-03-14T09:00:00Z,2024-03-14T10:00:00Z\n"
    );
    let run = import(&env, &tess, &csv);
    run.fails(6, &format!("line 2: work session {FIRST} already exists"));
    assert!(run.stderr.contains(&format!("line 4: work session {SECOND} already exists")), "{}", run.stderr);
    assert!(
        run.stderr.contains("line 5: 2024-03-18 09:30 to 2024-03-18 09:45 would overlap"),
        "{}",
        run.stderr
    );
    // Line 5 was refused, so line 6 may take its id.
    assert!(!run.stderr.contains("line 6"), "{}", run.stderr);
    assert!(!run.stderr.contains("line 3"), "{}", run.stderr);
    assert_eq!(sessions(&env, &tess).len(), 1);
}

#[test]
fn running_sessions_import_one_per_user() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    let csv = "user,ticket,start,end\n\
               tess,1,2024-03-19T08:00:00Z,2024-03-19T09:00:00Z\n\
               tess,2,2024-03-20T09:00:00Z,\n\
               admin,1,2024-03-20T10:00:00Z,\n";
    let run = env.run_full(
        &env.default_client(),
        &["session", "import", "-", "--input-format", "csv", "--format", "json"],
        Some(csv),
        &[],
    );
    let summary = run.ok().json();
    assert_eq!((summary["sessions"].as_i64(), summary["running"].as_i64()), (Some(3), Some(2)));
    let running = env.run_on(&tess, &["timer", "status", "--format", "json"]).ok().json();
    assert_eq!(running["ticket"], 2, "{running}");
    // A second running session, and one that starts before the running one ends (never), clash.
    let more = "ticket,start,end\n\
                1,2024-03-20T11:00:00Z,\n\
                1,2024-03-20T10:00:00Z,2024-03-20T10:30:00Z\n\
                1,2024-03-19T09:00:00Z,2024-03-19T09:30:00Z\n";
    let run = import(&env, &tess, more);
    run.fails(6, "line 2: running since 2024-03-20 11:00 would overlap work session");
    assert!(
        run.stderr.contains("line 3: 2024-03-20 10:00 to 2024-03-20 10:30 would overlap"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("line 4"), "{}", run.stderr);
    // A running session before a stored completed one overlaps it too.
    let early = "ticket,start,end\n1,2024-03-19T07:00:00Z,\n";
    env.run_on(&tess, &["timer", "cancel"]).ok();
    import(&env, &tess, early).fails(6, "line 2: running since 2024-03-19 07:00 would overlap work session");
}

#[test]
fn tags_are_imported_exactly() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    env.run_on(
        &tess,
        &[
            "timer",
            "manual",
            "--ticket",
            "1",
            "--from",
            "2024-03-15 08:00",
            "--to",
            "2024-03-15 09:00",
            "--tag",
            "vpn",
        ],
    )
    .ok();
    let csv = "ticket,start,end,tags\n\
               1,2024-03-18T09:00:00Z,2024-03-18T10:00:00Z,vpn;onsite\n\
               2,2024-03-18T10:00:00Z,2024-03-18T11:00:00Z,\n\
               1,2024-03-18T11:00:00Z,2024-03-18T12:00:00Z,onsite;call;onsite\n";
    import(&env, &tess, csv).ok();
    let tags: Vec<Value> = sessions(&env, &tess).iter().map(|s| s["tags"].clone()).collect();
    assert_eq!(
        tags,
        [
            serde_json::json!(["vpn"]),
            serde_json::json!(["onsite", "vpn"]),
            serde_json::json!([]),
            serde_json::json!(["call", "onsite"])
        ]
    );
    let tagged = |tag: &str| {
        let run = env.run_on(&tess, &["session", "list", "--tag", tag, "--format", "json"]);
        run.ok().json().as_array().map_or(0, Vec::len)
    };
    assert_eq!((tagged("vpn"), tagged("onsite"), tagged("call")), (2, 2, 1));
    import(&env, &tess, "ticket,start,end,tags\n1,2024-03-19T09:00:00Z,2024-03-19T10:00:00Z,bad tag\n")
        .fails(2, "line 2: tag \"bad tag\" is refused");
}

/// `2024-01-01T09:00:00Z` for the Unix second `secs` (UTC).
fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

#[test]
fn five_thousand_sessions_come_back_exactly_as_exported() {
    let (source, _tess) = desk_at("2024-12-31T12:00:00Z");
    let admin = source.default_client();
    let mut csv = String::from("user,ticket,start,end,note,tags\n");
    let base = 1_704_099_600_i64; // 2024-01-01T09:00:00Z
    for i in 0..5000_i64 {
        let user = if i % 2 == 0 { "tess" } else { "admin" };
        let start = base + (i / 2) * 5400 + i % 7 * 60;
        // The last session of each user runs.
        let end = if i >= 4998 { String::new() } else { rfc3339(start + 1800 + i % 5 * 300) };
        let note = if i % 3 == 0 { format!("\"call {i}, with \"\"quotes\"\"\"") } else { String::new() };
        let tags = ["", "vpn", "vpn;onsite", "call"][(i % 4) as usize];
        csv.push_str(&format!("{user},{},{},{end},{note},{tags}\n", 1 + i % 2, rfc3339(start)));
    }
    let summary = source
        .run_full(
            &admin,
            &["session", "import", "-", "--input-format", "csv", "--format", "json"],
            Some(&csv),
            &[],
        )
        .ok()
        .json();
    assert_eq!((summary["sessions"].as_i64(), summary["running"].as_i64()), (Some(5000), Some(2)));
    let exported = listing(&source, &admin);
    assert_eq!(exported.lines().count(), 5001, "a header and every session");

    let (target, _) = desk_at("2024-12-31T12:00:00Z");
    import(&target, &target.default_client(), &exported).ok();
    assert_eq!(listing(&target, &target.default_client()), exported);
}
