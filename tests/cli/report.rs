//! `session report`, clipped exports and `session import`: one clipping rule for every output,
//! DST-aware days, and imports that are all or nothing.

use serde_json::Value;

use crate::seed;
use crate::support::{ADMIN, ADMIN_PASSWORD, Env};
use crate::timer::desk;

/// The test desk, with the clock moved to `now` and everyone logged in again.
pub fn desk_at(now: &str) -> (Env, std::path::PathBuf) {
    let (mut env, tess) = desk();
    env.now = now.into();
    env.login(&tess, "tess", "tess-password").ok();
    env.login(&env.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    (env, tess)
}

fn manual(env: &Env, client: &std::path::Path, ticket: &str, from: &str, to: &str, note: &str) {
    env.run_on(
        client,
        &["timer", "manual", "--ticket", ticket, "--from", from, "--to", to, "--note", note, "--force"],
    )
    .ok();
}

fn json_rows(env: &Env, client: &std::path::Path, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    env.run_on(client, &all).ok().json().as_array().cloned().unwrap_or_default()
}

fn per_day(rows: &[Value]) -> Vec<(String, i64)> {
    rows.iter()
        .map(|r| {
            (r["day"].as_str().unwrap_or_default().to_owned(), r["duration_seconds"].as_i64().unwrap_or(-1))
        })
        .collect()
}

#[test]
fn report_clips_at_midnight_and_totals_agree_in_every_format() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    manual(&env, &tess, "1", "2024-03-13 22:00", "2024-03-14 02:30", "night, \"shift\"");
    manual(&env, &tess, "2", "2024-03-14 09:00", "2024-03-14 10:30", "=cmd|' /C calc'!A0");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "11:00"]).ok();
    let days = json_rows(&env, &tess, &["session", "report", "--by", "day"]);
    assert_eq!(
        per_day(&days),
        [("2024-03-13".into(), 7200), ("2024-03-14".into(), 9000 + 5400), ("2024-03-20".into(), 3600)]
    );
    assert_eq!(days[2]["running"], true, "a running session is flagged");
    let total: i64 = 7200 + 9000 + 5400 + 3600;
    let csv =
        env.run_on(&tess, &["session", "report", "--by", "ticket", "--format", "csv"]).ok().stdout.clone();
    let csv_total: i64 = csv.lines().skip(1).filter_map(|l| l.split(',').nth(2)?.parse::<i64>().ok()).sum();
    assert_eq!(csv_total, total);
    assert_eq!(csv.lines().next(), Some("ticket,ticket_title,duration_seconds,running,sessions"));
    let table = env.run_on(&tess, &["session", "report", "--by", "day"]).ok().stdout.clone();
    let last = table.lines().last().unwrap_or_default().to_owned();
    assert!(last.starts_with("total") && last.contains("7:00:00 (running)"), "{table}");
    assert!(table.contains('█'), "day reports draw bars: {table}");
    // A clipped export sums to the report, day by day.
    let clipped =
        json_rows(&env, &tess, &["session", "list", "--clip", "--from", "2024-03-14", "--to", "2024-03-15"]);
    let sum: i64 = clipped.iter().filter_map(|s| s["duration_seconds"].as_i64()).sum();
    assert_eq!(sum, 9000 + 5400);
    let ranged = json_rows(&env, &tess, &["session", "report", "--from", "2024-03-14", "--to", "2024-03-15"]);
    assert_eq!(ranged[0]["duration_seconds"], sum);
    // Rounding is for display; machine formats keep the raw seconds too.
    let rounded = json_rows(&env, &tess, &["session", "report", "--by", "ticket", "--round", "1h"]);
    assert_eq!(rounded[1]["duration_seconds"], 5400);
    assert_eq!(rounded[1]["rounded_seconds"], 7200);
    // Everyone's whole history (read in table order, not by start) gives the same totals.
    let everyone =
        env.run(&["session", "report", "--all-users", "--by", "user", "--format", "json"]).ok().json();
    assert_eq!(everyone[0]["user"], "tess");
    assert_eq!(everyone[0]["duration_seconds"], total);
    let by_ticket = env
        .run(&["session", "report", "--all-users", "--by", "ticket", "--format", "csv"])
        .ok()
        .stdout
        .clone();
    assert_eq!(by_ticket, csv, "the same rows in the same order");
    env.run_on(&tess, &["session", "report", "--by", "year"])
        .fails(2, "invalid value 'year' for '--by <GROUP>' (valid: user, ticket");
    env.run_on(&tess, &["session", "report", "--by", "day", "--by", "day"]).fails(2, "twice");
}

#[test]
fn dst_nights_have_23_hours_in_berlin_and_new_york() {
    for (tz, night, from, to, expected) in [
        (
            "Europe/Berlin",
            "2024-03-31",
            "2024-03-30 22:00",
            "2024-03-31 06:00",
            [("2024-03-30", 7200), ("2024-03-31", 5 * 3600)],
        ),
        (
            "America/New_York",
            "2024-03-10",
            "2024-03-09 22:00",
            "2024-03-10 06:00",
            [("2024-03-09", 7200), ("2024-03-10", 5 * 3600)],
        ),
    ] {
        let (mut env, tess) = desk_at("2024-04-02T12:00:00Z");
        env.tz = tz.into();
        manual(&env, &tess, "1", from, to, night);
        let days = json_rows(&env, &tess, &["session", "report", "--by", "day"]);
        let expected: Vec<(String, i64)> = expected.iter().map(|(d, s)| ((*d).to_owned(), *s)).collect();
        assert_eq!(per_day(&days), expected, "{tz}");
        // The same night in UTC is one day or two, but always seven hours.
        let utc = json_rows(&env, &tess, &["--utc", "session", "report"]);
        assert_eq!(utc[0]["duration_seconds"], 7 * 3600, "{tz}");
    }
}

#[test]
fn month_and_week_boundaries_split_sessions() {
    let (env, tess) = desk_at("2024-04-10T12:00:00Z");
    manual(&env, &tess, "1", "2024-03-31 23:00", "2024-04-01 01:00", "across months");
    let months = json_rows(&env, &tess, &["session", "report", "--by", "month"]);
    let got: Vec<(String, i64)> = months
        .iter()
        .map(|r| {
            (r["month"].as_str().unwrap_or_default().to_owned(), r["duration_seconds"].as_i64().unwrap_or(0))
        })
        .collect();
    assert_eq!(got, [("2024-03".into(), 3600), ("2024-04".into(), 3600)]);
    let weeks = json_rows(&env, &tess, &["session", "report", "--by", "week", "--by", "user"]);
    assert_eq!(weeks[0]["week"], "2024-W13");
    assert_eq!(weeks[1]["week"], "2024-W14");
    assert_eq!(weeks[1]["user"], "tess");
}

#[test]
fn report_permissions_follow_the_matrix() {
    let (env, tess) = desk();
    let viewer = env.user_client("vic", "viewer");
    env.run_on(&viewer, &["session", "report", "--all-users"]).ok();
    env.run_on(&tess, &["session", "report", "--all-users"]).fails(5, "everyone's work sessions");
    env.run_on(&tess, &["session", "report", "--user", "vic"]).fails(5, "everyone's work sessions");
    env.run_on(&tess, &["session", "report"]).ok();
}

fn export(env: &Env, client: &std::path::Path) -> String {
    env.run_on(client, &["session", "list", "--all-users", "--format", "csv"]).ok().stdout.clone()
}

#[test]
fn own_export_imports_into_an_empty_database_unchanged() {
    let (source, tess) = desk_at("2024-03-20T12:00:00Z");
    for (ticket, from, to, note) in [
        ("1", "2024-03-18 09:00", "2024-03-18 10:00", "commas, \"quotes\" and\nnewlines"),
        ("2", "2024-03-18 10:00", "2024-03-18 11:15", "=SUM(A1:A9) formula"),
        ("1", "2024-03-19 08:00", "2024-03-19 08:30", "unicode ✓ ü 日本 \u{202e}bidi"),
        ("2", "2024-03-19 09:00", "2024-03-19 09:45", "'leading quote"),
    ] {
        manual(&source, &tess, ticket, from, to, note);
    }
    source.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "11:00", "--note", "-dash"]).ok();
    let exported = export(&source, &source.default_client());

    let mut target = Env::new();
    target.now = source.now.clone();
    target.login(&target.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    seed::ticket(&target, 1, "open");
    seed::ticket(&target, 2, "in_progress");
    target.add_user("tess", "technician");
    let file = target.dir.path().join("export.csv");
    std::fs::write(&file, &exported).expect("write export");
    let path = file.to_str().expect("utf-8");
    let dry = target.run(&["session", "import", path, "--dry-run", "--format", "json"]);
    assert_eq!(dry.ok().json()["sessions"], 5);
    assert_eq!(export(&target, &target.default_client()).lines().count(), 1, "a dry run writes nothing");
    target.run(&["session", "import", path]).ok();
    assert_eq!(export(&target, &target.default_client()), exported);
    // Importing the same file again conflicts and changes nothing.
    target.run(&["session", "import", path]).fails(6, "import refused, nothing was written: line 2:");
    assert_eq!(export(&target, &target.default_client()), exported);
    // The same works through stdin, as NDJSON.
    let ndjson = source.run(&["session", "list", "--all-users", "--format", "ndjson"]).ok().stdout.clone();
    let mut third = Env::new();
    third.now = source.now.clone();
    third.login(&third.default_client(), ADMIN, ADMIN_PASSWORD).ok();
    seed::ticket(&third, 1, "open");
    seed::ticket(&third, 2, "open");
    third.add_user("tess", "technician");
    third.run_stdin(&["session", "import", "-", "--input-format", "ndjson"], &ndjson).ok();
    let third_ndjson =
        third.run(&["session", "list", "--all-users", "--format", "ndjson"]).ok().stdout.clone();
    assert_eq!(third_ndjson.replace("\"in_progress\"", ""), ndjson);
}

#[test]
fn one_bad_record_refuses_the_whole_import() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    manual(&env, &tess, "1", "2024-03-18 09:00", "2024-03-18 10:00", "existing");
    let mut csv = String::from("ticket,start,end,note\n");
    for day in 10..17 {
        csv.push_str(&format!("2,2024-03-{day}T08:00:00Z,2024-03-{day}T09:00:00Z,fine\n"));
    }
    csv.push_str("1,2024-03-18T09:30:00Z,2024-03-18T10:30:00Z,overlaps the existing one\n");
    csv.push_str("9,2024-03-17T09:30:00Z,2024-03-17T10:30:00Z,no such ticket\n");
    csv.push_str("1,2024-03-17T09:30:00Z,2024-03-17T08:30:00Z,ends first\n");
    let before = env.run_on(&tess, &["session", "list", "--format", "csv"]).ok().stdout.clone();
    let run = env.run_full(&tess, &["session", "import", "-", "--input-format", "csv"], Some(&csv), &[]);
    run.fails(6, "line 9: 2024-03-18 09:30 to 2024-03-18 10:30 would overlap");
    assert!(run.stderr.contains("line 10: no ticket #9"), "{}", run.stderr);
    assert!(run.stderr.contains("line 11: the end is before the start"), "{}", run.stderr);
    assert_eq!(env.run_on(&tess, &["session", "list", "--format", "csv"]).ok().stdout, before);
    let garbage = env.run_full(
        &tess,
        &["session", "import", "-", "--input-format", "json"],
        Some("{\"not\": \"an array\"}"),
        &[],
    );
    garbage.fails(2, "JSON array");
    env.run_on(&tess, &["session", "import", "no-such-file.csv"]).fails(2, "cannot read");
    env.run_on(&tess, &["session", "import", "frames"]).fails(2, "--input-format");
    let other = env.run_full(
        &tess,
        &["session", "import", "-", "--input-format", "csv", "--user", "admin"],
        Some("ticket,start,end\n1,2024-03-01T08:00:00Z,2024-03-01T09:00:00Z\n"),
        &[],
    );
    other.fails(5, "correct everyone's work sessions");
}

/// Only a clash with a stored session (an overlap, an id taken) makes a refused import a
/// conflict; records that are merely invalid refuse it as invalid input.
#[test]
fn an_import_refused_for_invalid_records_alone_is_invalid_input() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    manual(&env, &tess, "1", "2024-03-18 09:00", "2024-03-18 10:00", "existing");
    let invalid = "ticket,start,end\n9,2024-03-17T09:30:00Z,2024-03-17T10:30:00Z\n1,2024-03-17T09:30:00Z,2024-03-17T08:30:00Z\n";
    let run = env.run_full(&tess, &["session", "import", "-", "--input-format", "csv"], Some(invalid), &[]);
    run.fails(2, "line 2: no ticket #9");
    assert!(run.stderr.contains("line 3: the end is before the start"), "{}", run.stderr);
    let clash = format!("{invalid}1,2024-03-18T09:30:00Z,2024-03-18T10:30:00Z\n");
    let run = env.run_full(&tess, &["session", "import", "-", "--input-format", "csv"], Some(&clash), &[]);
    run.fails(6, "line 4: 2024-03-18 09:30 to 2024-03-18 10:30 would overlap");
}

#[test]
fn timewarrior_and_watson_histories_import_with_per_day_totals() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    let timew = r#"[
        {"id":3,"start":"20240311T080000Z","end":"20240311T093000Z","tags":["ticket:1","vpn"],"annotation":"VPN outage"},
        {"id":2,"start":"20240311T100000Z","end":"20240311T103000Z","tags":["ticket:2"]},
        {"id":1,"start":"20240312T233000Z","end":"20240313T003000Z","tags":["ticket:1"]}
    ]"#;
    let run = env.run_full(
        &tess,
        &["session", "import", "-", "--input-format", "timewarrior", "--map-tag"],
        Some(timew),
        &[],
    );
    assert!(run.ok().stderr.contains("Imported 3 work sessions"), "{}", run.stderr);
    let watson = r#"[[1710403200, 1710406800, "support", "a1", ["ticket:2"], 1710406800],
                     [1710489600, 1710491400, "ticket:1", "a2", [], 1710491400]]"#;
    env.run_full(
        &tess,
        &["session", "import", "-", "--input-format", "watson", "--map-tag"],
        Some(watson),
        &[],
    )
    .ok();
    let days = json_rows(&env, &tess, &["session", "report", "--by", "day"]);
    assert_eq!(
        per_day(&days),
        [
            ("2024-03-11".into(), 5400 + 1800),
            ("2024-03-12".into(), 1800),
            ("2024-03-13".into(), 1800),
            ("2024-03-14".into(), 3600),
            ("2024-03-15".into(), 1800),
        ]
    );
    let sessions = json_rows(&env, &tess, &["session", "list"]);
    assert_eq!(sessions[0]["note"], "VPN outage");
    assert_eq!(sessions[0]["source"], "import");
    // Without a mapping, records need a target from the command line.
    let untagged = r#"[{"id":1,"start":"20240301T080000Z","end":"20240301T090000Z","tags":["misc"]}]"#;
    env.run_full(&tess, &["session", "import", "-", "--input-format", "timew"], Some(untagged), &[])
        .fails(2, "--ticket N, --case ID");
    env.run_full(
        &tess,
        &["session", "import", "-", "--input-format", "timew", "--ticket", "2"],
        Some(untagged),
        &[],
    )
    .ok();
}

/// With `--round` every row is rounded on its own and the table's total is the sum of what it
/// shows (three 20-minute days at 15m: 0:15 each, total 0:45, not the raw hour rounded);
/// machine rows keep the raw seconds beside the rounded ones. Grouped twice, each outer group
/// gets a subtotal; tickets read with their titles.
#[test]
fn rounded_reports_add_up_and_nested_groups_have_subtotals() {
    let (env, tess) = desk_at("2024-03-20T12:00:00Z");
    for day in ["11", "12", "13"] {
        manual(&env, &tess, "1", &format!("2024-03-{day} 09:00"), &format!("2024-03-{day} 09:20"), "");
    }
    manual(&env, &tess, "2", "2024-03-13 10:00", "2024-03-13 11:00", "");
    let table = env.run_on(&tess, &["session", "report", "--by", "ticket", "--by", "day", "--round", "15m"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    let ticket_one: Vec<&&str> = lines.iter().filter(|l| l.contains("2024-03-1")).collect();
    assert_eq!(ticket_one.len(), 4, "{lines:?}");
    assert!(ticket_one.iter().take(3).all(|l| l.contains("0:15:00")), "each day rounded: {lines:?}");
    let subtotals: Vec<&&str> = lines.iter().filter(|l| l.contains("subtotal")).collect();
    assert_eq!(subtotals.len(), 2, "one per ticket: {lines:?}");
    assert!(subtotals[0].contains("0:45:00") && subtotals[1].contains("1:00:00"), "{subtotals:?}");
    let total = lines.last().copied().unwrap_or_default();
    assert!(total.starts_with("total") && total.contains("1:45:00"), "the sum of the rows shown: {lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("#1 ")), "a ticket with its title: {lines:?}");

    let rows =
        json_rows(&env, &tess, &["session", "report", "--by", "ticket", "--by", "day", "--round", "15m"]);
    assert_eq!(
        (rows[0]["duration_seconds"].as_i64(), rows[0]["rounded_seconds"].as_i64()),
        (Some(1200), Some(900))
    );
    assert!(rows[0]["ticket_title"].is_string(), "machine rows carry the title: {:?}", rows[0]);
}
