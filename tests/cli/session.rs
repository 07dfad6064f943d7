//! `stint session ...`: listing with every filter, show, edit and delete, and who may do what.

use serde_json::Value;

use crate::seed;
use crate::support::Env;
use crate::timer::{at, desk, sessions};

fn ids(list: &[Value]) -> Vec<String> {
    list.iter().map(|s| s["work_session_id"].as_str().expect("id").to_owned()).collect()
}

fn manual(env: &Env, client: &std::path::Path, ticket: &str, from: &str, to: &str) -> String {
    let run = env.run_on(client, &["timer", "manual", "--ticket", ticket, "--from", from, "--to", to, "-q"]);
    run.ok().stdout.trim().to_owned()
}

#[test]
fn list_filters_by_period_range_target_and_state() {
    let (mut env, tess) = desk();
    env.now = "2024-03-20T12:00:00Z".into(); // a Wednesday
    env.login(&tess, "tess", "tess-password").ok();
    let last_month = manual(&env, &tess, "1", "2024-02-28 09:00", "2024-02-28 10:00");
    let last_week = manual(&env, &tess, "1", "2024-03-12 09:00", "2024-03-12 10:00");
    let yesterday = manual(&env, &tess, "2", "2024-03-19 09:00", "2024-03-19 10:00");
    let case = seed::case(&env, "tess", "open");
    let run =
        env.run_on(&tess, &["timer", "manual", "--case", &case, "--from", "08:00", "--to", "09:00", "-q"]);
    let today = run.ok().stdout.trim().to_owned();
    let running = env
        .run_on(&tess, &["timer", "start", "--ticket", "2", "--at", "11:00", "-q"])
        .ok()
        .stdout
        .trim()
        .to_owned();
    let list = |extra: &[&str]| ids(&sessions(&env, &tess, extra));
    assert_eq!(
        list(&[]),
        [last_month.as_str(), last_week.as_str(), yesterday.as_str(), today.as_str(), running.as_str()]
    );
    assert_eq!(list(&["--today"]), [today.as_str(), running.as_str()]);
    assert_eq!(list(&["--yesterday"]), [yesterday.as_str()]);
    assert_eq!(list(&["--week"]), [yesterday.as_str(), today.as_str(), running.as_str()]);
    assert_eq!(list(&["--last-week"]), [last_week.as_str()]);
    assert_eq!(
        list(&["--month"]),
        [last_week.as_str(), yesterday.as_str(), today.as_str(), running.as_str()]
    );
    assert_eq!(list(&["--last-month"]), [last_month.as_str()]);
    assert_eq!(list(&["--from", "2024-03-19 09:30", "--to", "2024-03-20 08:00"]), [yesterday.as_str()]);
    assert_eq!(list(&["--from", "-1h"]), [running.as_str()]);
    assert_eq!(list(&["--to", "2024-03-01"]), [last_month.as_str()]);
    assert_eq!(list(&["--ticket", "#2"]), [yesterday.as_str(), running.as_str()]);
    assert_eq!(list(&["--case", &case[..8]]), [today.as_str()]);
    assert_eq!(list(&["--running"]), [running.as_str()]);
    env.run_on(&tess, &["session", "list", "--today", "--week"]).fails(2, "cannot be used with");
    env.run_on(&tess, &["session", "list", "--today", "--from", "-1h"]).fails(2, "cannot be used with");
    env.run_on(&tess, &["session", "list", "--from", "10:00", "--to", "09:00"]).fails(2, "range is empty");
    env.run_on(&tess, &["session", "list", "--ticket", "77"]).fails(3, "no ticket #77");
    env.run_on(&tess, &["session", "list", "--from", "2024-02-30"]).fails(2, "cannot read time");
}

#[test]
fn list_prints_every_format() {
    let (env, tess) = desk();
    manual(&env, &tess, "1", "08:00", "09:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "2", "--note", "=cmd"]).ok();
    let csv = env.run_on(&tess, &["session", "list", "--format", "csv"]);
    let lines: Vec<&str> = csv.ok().stdout.lines().collect();
    assert_eq!(
        lines[0],
        "work_session_id,user,ticket,case_id,start,end,duration_seconds,utc_offset,note,source,running,created_at,updated_at,tags"
    );
    assert_eq!(lines.len(), 3);
    assert!(
        lines[1].contains(",tess,1,,2024-03-15T08:00:00Z,2024-03-15T09:00:00Z,3600,0,,manual,false,"),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(",,0,'=cmd,timer,true,"), "formula guarded, running: {}", lines[2]);
    let tsv = env.run_on(&tess, &["session", "list", "--format", "tsv"]);
    assert!(tsv.ok().stdout.starts_with("work_session_id\tuser\t"));
    let ndjson = env.run_on(&tess, &["session", "list", "--format", "ndjson"]);
    let rows: Vec<Value> =
        ndjson.ok().stdout.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["note"], "=cmd", "JSON keeps exact text");
    let table = env.run_on(&tess, &["session", "list"]);
    let out = &table.ok().stdout;
    assert!(out.contains("START") && out.contains("1:00:00") && out.contains("running"), "{out}");
    let empty = env.run_on(&tess, &["session", "list", "--yesterday", "--format", "json"]);
    assert_eq!(empty.ok().stdout, "[]\n");
}

#[test]
fn list_scopes_follow_the_permission_matrix() {
    let (env, tess) = desk();
    let theo = env.user_client("theo", "technician");
    let vic = env.user_client("vic", "viewer");
    manual(&env, &tess, "1", "08:00", "09:00");
    manual(&env, &theo, "1", "09:00", "10:00");
    let users = |list: Vec<Value>| {
        list.iter().map(|s| s["user"].as_str().expect("user").to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(users(sessions(&env, &tess, &[])), ["tess"]);
    env.run_on(&tess, &["session", "list", "--all-users"]).fails(5, "everyone's work sessions");
    env.run_on(&tess, &["session", "list", "--user", "theo"]).fails(5, "everyone's work sessions");
    assert_eq!(users(sessions(&env, &tess, &["--user", "me"])), ["tess"]);
    assert_eq!(users(sessions(&env, &vic, &["--all-users"])), ["tess", "theo"]);
    assert_eq!(users(sessions(&env, &env.default_client(), &["--user", "theo"])), ["theo"]);
    env.run(&["session", "list", "--user", "nobody"]).fails(3, "no user");
    env.run(&["session", "list", "--user", "theo", "--all-users"]).fails(2, "cannot be used with");
}

#[test]
fn show_finds_a_session_by_prefix() {
    let (env, tess) = desk();
    let id = manual(&env, &tess, "1", "08:00", "09:00");
    let shown = env.run_on(&tess, &["session", "show", &id[..6], "--format", "json"]).ok().json();
    assert_eq!(shown["work_session_id"], id.as_str());
    let table = env.run_on(&tess, &["session", "show", &id.to_uppercase()]);
    assert!(table.ok().stdout.contains("DURATION  1:00:00"), "{}", table.stdout);
    env.run_on(&tess, &["session", "show", "abc"]).fails(2, "4 hex digits");
    let missing = if id.starts_with("0000") { "ffff" } else { "0000" };
    env.run_on(&tess, &["session", "show", missing]).fails(3, "no work session");
    let theo = env.user_client("theo", "technician");
    env.run_on(&theo, &["session", "show", &id]).fails(3, "no work session of yours");
    let vic = env.user_client("vic", "viewer");
    env.run_on(&vic, &["session", "show", &id]).ok();
}

#[test]
fn editing_only_the_note_keeps_the_times() {
    let (mut env, tess) = desk();
    at(&mut env, "09:00");
    let id = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    at(&mut env, "09:01");
    env.run_on(&tess, &["timer", "stop"]).ok();
    at(&mut env, "12:00");
    let edited = env.run_on(&tess, &["session", "edit", &id[..8], "--note", "reboot", "--format", "json"]);
    assert!(edited.ok().stderr.contains("Updated work session"), "{}", edited.stderr);
    let edited = edited.json();
    assert_eq!(edited["note"], "reboot");
    assert_eq!(
        (edited["start"].as_str(), edited["end"].as_str()),
        (Some("2024-03-15T09:00:00Z"), Some("2024-03-15T09:01:00Z"))
    );
    assert_eq!(edited["duration_seconds"], 60);
    let again = env.run_on(&tess, &["session", "edit", &id[..8], "--note", "reboot"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
    env.run_on(&tess, &["session", "edit", &id[..8]]).fails(2, "nothing to change");
}

#[test]
fn editing_times_and_targets_follows_the_rules() {
    let (env, tess) = desk();
    let id = manual(&env, &tess, "1", "08:00", "09:00");
    manual(&env, &tess, "2", "09:30", "10:00");
    let edit = |args: &[&str]| {
        let mut all = vec!["session", "edit", &id[..8]];
        all.extend_from_slice(args);
        env.run_on(&tess, &all)
    };
    let moved = edit(&["--from", "08:15", "--to", "09:30", "--format", "json"]).ok().json();
    assert_eq!(moved["duration_seconds"], 4500);
    edit(&["--to", "09:31"]).fails(6, "would overlap work session");
    edit(&["--from", "09:30"]).fails(2, "must be after the start");
    edit(&["--to", "12:01"]).fails(2, "future");
    edit(&["--from", "2024-03-14 20:00"]).fails(2, "timer.max_length");
    edit(&["--from", "2024-03-14 20:00", "--force"]).ok();
    edit(&["--ticket", "3"]).fails(6, "closed");
    edit(&["--ticket", "2", "--no-ticket"]).fails(2, "cannot be used with");
    edit(&["--no-ticket"]).fails(2, "needs a ticket or a case");
    let case = seed::case(&env, "tess", "open");
    let moved = edit(&["--case", &case, "--no-ticket", "--format", "json"]).ok().json();
    assert_eq!((moved["ticket"].is_null(), moved["case_id"].as_str()), (true, Some(case.as_str())));
    let running = env.run_on(&tess, &["timer", "start", "--ticket", "1", "-q"]).ok().stdout.trim().to_owned();
    env.run_on(&tess, &["session", "edit", &running[..8], "--to", "12:00"]).fails(6, "timer stop --at");
    let back = env.run_on(&tess, &["session", "edit", &running[..8], "--from", "11:00", "--format", "json"]);
    assert_eq!(
        (back.ok().json()["start"].as_str(), &back.json()["running"]),
        (Some("2024-03-15T11:00:00Z"), &Value::Bool(true))
    );
}

#[test]
fn only_supervisors_and_admins_correct_others_and_it_is_audited() {
    let (env, tess) = desk();
    let theo = env.user_client("theo", "technician");
    let sam = env.user_client("sam", "supervisor");
    let vic = env.user_client("vic", "viewer");
    let id = manual(&env, &tess, "1", "08:00", "09:00");
    env.run_on(&theo, &["session", "edit", &id[..8], "--note", "x"]).fails(3, "of yours");
    env.run_on(&theo, &["session", "edit", &id[..8], "--user", "tess", "--note", "x"])
        .fails(5, "correct everyone's");
    env.run_on(&vic, &["session", "edit", &id[..8], "--note", "x"]).fails(5, "correct everyone's");
    env.run_on(&theo, &["session", "delete", &id[..8], "--yes"]).fails(3, "of yours");
    // The supervisor's own session at the same time does not stand in the way.
    manual(&env, &sam, "1", "09:00", "10:00");
    let edited = env
        .run_on(&sam, &["session", "edit", &id[..8], "--user", "tess", "--to", "09:30", "--format", "json"]);
    assert_eq!(
        (edited.ok().json()["user"].as_str(), edited.json()["duration_seconds"].as_i64()),
        (Some("tess"), Some(5400))
    );
    let audit = env.run(&["audit", "list", "--action", "work_session.edit", "--format", "json"]).ok().json();
    assert_eq!(audit[0]["actor"], "sam");
    assert_eq!(audit[0]["before"]["end"], "2024-03-15T09:00:00Z");
    assert_eq!(audit[0]["after"]["end"], "2024-03-15T09:30:00Z");
    let deleted = env.run(&["session", "delete", &id, "--yes"]);
    assert!(deleted.ok().stderr.contains("Deleted work session"), "{}", deleted.stderr);
    assert!(sessions(&env, &tess, &[]).is_empty());
    let audit =
        env.run(&["audit", "list", "--action", "work_session.delete", "--format", "json"]).ok().json();
    assert_eq!(
        (audit[0]["actor"].as_str(), audit[0]["object_id"].as_str()),
        (Some("admin"), Some(id.as_str()))
    );
}

#[test]
fn deleting_your_own_session_frees_its_time() {
    let (env, tess) = desk();
    let id = manual(&env, &tess, "1", "08:00", "09:00");
    env.run_on(&tess, &["session", "delete", &id[..8], "--yes"]).ok();
    env.run_on(&tess, &["session", "delete", &id[..8], "--yes"]).fails(3, "no work session");
    manual(&env, &tess, "2", "08:00", "09:00");
}

#[test]
fn last_and_at_n_name_your_latest_sessions_by_start() {
    let (mut env, tess) = desk();
    env.run_on(&tess, &["session", "show", "last"]).fails(3, "you have no work sessions");
    let early = manual(&env, &tess, "1", "08:00", "09:00");
    let late = manual(&env, &tess, "2", "10:00", "10:30");
    // Entered last, but it started first: counting goes by start time.
    let earliest = manual(&env, &tess, "1", "07:00", "07:30");
    let shown = |reference: &str| {
        let run = env.run_on(&tess, &["session", "show", reference, "--format", "json"]);
        run.ok().json()["work_session_id"].as_str().expect("id").to_owned()
    };
    assert_eq!((shown("last"), shown("@1"), shown("LAST")), (late.clone(), late.clone(), late.clone()));
    assert_eq!((shown("@2"), shown("@3")), (early.clone(), earliest.clone()));
    env.run_on(&tess, &["session", "show", "@4"]).fails(3, "fewer than 4 work sessions");
    for bad in ["@0", "@-1", "@x", "@", "@1x"] {
        env.run_on(&tess, &["session", "show", bad]).fails(2, "@N counts back");
    }
    env.run_on(&tess, &["session", "show", "lastt"]).fails(2, "`last`, or @N");
    // A running timer is the latest.
    at(&mut env, "11:00");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "10:45"]).ok();
    let running = env.run_on(&tess, &["session", "show", "last", "--format", "json"]).ok().json();
    assert_eq!(running["running"], Value::Bool(true));
    env.run_on(&tess, &["timer", "stop"]).ok();
    let edited =
        env.run_on(&tess, &["session", "edit", "@2", "--note", "call", "--format", "json"]).ok().json();
    assert_eq!(
        (edited["work_session_id"].as_str(), edited["note"].as_str()),
        (Some(late.as_str()), Some("call"))
    );
    env.run_on(&tess, &["session", "delete", "@4", "--yes"]).ok();
    assert_eq!(ids(&sessions(&env, &tess, &[])).len(), 3);
    assert!(!ids(&sessions(&env, &tess, &[])).contains(&earliest));
}

#[test]
fn relative_references_to_others_need_a_supervisor() {
    let (env, tess) = desk();
    let theo = env.user_client("theo", "technician");
    let sam = env.user_client("sam", "supervisor");
    let hers = manual(&env, &tess, "1", "08:00", "09:00");
    manual(&env, &sam, "1", "09:00", "10:00");
    // Without --user, `last` is always the caller's own.
    let own = env.run_on(&sam, &["session", "show", "last", "--format", "json"]).ok().json();
    assert_eq!(own["user"], "sam");
    let theirs =
        env.run_on(&sam, &["session", "show", "last", "--user", "tess", "--format", "json"]).ok().json();
    assert_eq!(theirs["work_session_id"].as_str(), Some(hers.as_str()));
    env.run_on(&sam, &["session", "edit", "last", "--user", "tess", "--note", "fixed"]).ok();
    env.run_on(&theo, &["session", "show", "last", "--user", "tess"]).fails(5, "");
    env.run_on(&theo, &["session", "edit", "@1", "--user", "tess", "--note", "x"])
        .fails(5, "correct everyone's");
    env.run_on(&theo, &["session", "delete", "last", "--user", "tess", "--yes"])
        .fails(5, "correct everyone's");
    env.run_on(&theo, &["session", "show", "last"]).fails(3, "you have no work sessions");
    env.run_on(&sam, &["session", "show", "@2", "--user", "tess"]).fails(3, "tess has fewer than 2");
}

#[test]
fn delete_asks_on_a_terminal_and_needs_yes_off_one() {
    use crate::support::Answer;
    let (env, tess) = desk();
    let id = manual(&env, &tess, "1", "08:00", "09:00");
    env.run_on(&tess, &["session", "edit", "last", "--note", "fuser", "--tag", "onsite"]).ok();
    env.run_on(&tess, &["session", "delete", "last"]).fails(2, "add --yes");
    assert_eq!(sessions(&env, &tess, &[]).len(), 1, "refused off a terminal before anything changed");
    // The pseudo-terminal runs on the default client (the admin), who names tess's session.
    let declined =
        env.run_in_terminal(&["session", "delete", &id[..8]], &[Answer { prompt: "[y/N]", answer: "n" }]);
    assert_eq!(declined.code, 0, "{declined:?}");
    assert!(
        declined.stdout.contains(&format!(
            "Work session {} of tess on #1: 2024-03-15 08:00 to 2024-03-15 09:00 (1:00:00), note \"fuser\", tagged onsite",
            &id[..8]
        )),
        "{declined:?}"
    );
    assert!(
        declined.stdout.contains("Delete? [y/N]") && declined.stdout.contains("Nothing was deleted"),
        "{declined:?}"
    );
    let enter =
        env.run_in_terminal(&["session", "delete", &id[..8]], &[Answer { prompt: "[y/N]", answer: "" }]);
    assert!(enter.stdout.contains("Nothing was deleted"), "Enter alone is no: {enter:?}");
    assert_eq!(sessions(&env, &tess, &[]).len(), 1);
    let accepted =
        env.run_in_terminal(&["session", "delete", &id[..8]], &[Answer { prompt: "[y/N]", answer: "y" }]);
    assert_eq!(accepted.code, 0, "{accepted:?}");
    assert!(accepted.stdout.contains("Deleted work session"), "{accepted:?}");
    assert!(sessions(&env, &tess, &[]).is_empty());
    // A session that is not there is refused before the question.
    let missing = env.run_in_terminal(&["session", "delete", &id[..8]], &[]);
    assert_eq!(missing.code, 3, "{missing:?}");
    assert!(!missing.stdout.contains("[y/N]"), "{missing:?}");
}

/// `session summary` is today's day view by default: a session from last night counts only
/// its part after midnight, the running timer counts up to now and is marked, each target reads
/// with its title, and the day and the range have totals. Machine formats give one record per
/// (day, session) with the day's total; nothing to show is a notice, not an error.
#[test]
fn the_summary_is_today_with_totals_and_one_record_per_day_and_session() {
    let (mut env, tess) = desk();
    at(&mut env, "12:00");
    let manual = |from: &str, to: &str, ticket: &str| {
        env.run_on(
            &tess,
            &["timer", "manual", "--ticket", ticket, "--from", from, "--to", to, "--note", "night shift"],
        )
        .ok();
    };
    manual("2024-03-14 23:00", "2024-03-15 01:00", "2");
    manual("2024-03-15 09:00", "2024-03-15 10:00", "1");
    env.run_on(&tess, &["timer", "start", "--ticket", "1", "--at", "11:00"]).ok();

    let table = env.run_on(&tess, &["session", "summary"]).ok().stdout.clone();
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("DAY") && lines[0].contains("TARGET"), "{table}");
    assert!(lines[1].starts_with("2024-03-15  00:00  01:00") && lines[1].contains("#2 Ticket 2"), "{table}");
    assert!(lines[3].contains("11:00  now") && lines[3].contains("1:00:00 (running)"), "{table}");
    assert!(lines[4].contains("3:00:00 (running)  day total"), "{table}");
    assert!(lines[5].starts_with("total") && lines[5].contains("3:00:00 (running)"), "{table}");
    assert_eq!(lines.len(), 6, "{table}");

    let week = env.run_on(&tess, &["session", "summary", "--week", "--format", "json"]).ok().json();
    let records = week.as_array().cloned().unwrap_or_default();
    let days: Vec<(&str, i64, i64)> = records
        .iter()
        .map(|r| {
            let day = r["day"].as_str().unwrap_or_default();
            (day, r["duration_seconds"].as_i64().unwrap_or(-1), r["day_total_seconds"].as_i64().unwrap_or(-1))
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2024-03-14", 3600, 3600),
            ("2024-03-15", 3600, 10800),
            ("2024-03-15", 3600, 10800),
            ("2024-03-15", 3600, 10800)
        ]
    );
    assert_eq!(records[0]["ticket_title"], "Ticket 2");
    assert_eq!(records[3]["running"], true);

    let csv = env.run_on(&tess, &["session", "summary", "--format", "csv"]).ok().stdout.clone();
    let header = csv.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("day,work_session_id,")
            && header.ends_with(",ticket_title,case_title,day_total_seconds")
    );
    assert_eq!(csv.lines().count(), 4, "{csv}");

    let none = env.run_on(&tess, &["session", "summary", "--from", "2020-01-01", "--to", "2020-01-02"]);
    none.ok();
    assert!(none.stdout.is_empty() && none.stderr.contains("no work sessions match"), "{none:?}");
}

/// Everyone's day view over several days: a session across midnight is on both days, a later
/// one that starts before that midnight still sits under its own day, each day's total is its
/// own, and a case shows its short id and title; the table and the records agree.
#[test]
fn the_summary_puts_every_piece_under_its_own_day_across_users_and_midnights() {
    let (mut env, tess) = desk();
    at(&mut env, "12:00");
    env.login(&env.default_client(), crate::support::ADMIN, crate::support::ADMIN_PASSWORD).ok();
    let case = seed::case(&env, "tess", "open");
    let mine = |ticket: &str, from: &str, to: &str| {
        env.run_on(&tess, &["timer", "manual", "--ticket", ticket, "--from", from, "--to", to, "-q"]).ok();
    };
    mine("1", "2024-03-12 22:00", "2024-03-13 02:00");
    env.run(&[
        "timer",
        "manual",
        "--ticket",
        "2",
        "--from",
        "2024-03-12 23:00",
        "--to",
        "2024-03-12 23:30",
        "-q",
    ])
    .ok();
    env.run_on(
        &tess,
        &["timer", "manual", "--case", &case, "--from", "2024-03-13 09:00", "--to", "2024-03-13 10:00"],
    )
    .ok();
    mine("2", "2024-03-14 08:00", "2024-03-14 08:15");

    let range = ["session", "summary", "--all-users", "--from", "2024-03-12", "--to", "2024-03-15"];
    let records = env.run(&[&range[..], &["--format", "json"]].concat()).ok().json();
    let records = records.as_array().cloned().unwrap_or_default();
    let seen: Vec<(&str, &str, &str, i64, i64)> = records
        .iter()
        .map(|r| {
            (
                r["day"].as_str().unwrap_or_default(),
                r["user"].as_str().unwrap_or_default(),
                r["start"].as_str().unwrap_or_default(),
                r["duration_seconds"].as_i64().unwrap_or(-1),
                r["day_total_seconds"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("2024-03-12", "tess", "2024-03-12T22:00:00Z", 7200, 9000),
            ("2024-03-12", "admin", "2024-03-12T23:00:00Z", 1800, 9000),
            ("2024-03-13", "tess", "2024-03-13T00:00:00Z", 7200, 10800),
            ("2024-03-13", "tess", "2024-03-13T09:00:00Z", 3600, 10800),
            ("2024-03-14", "tess", "2024-03-14T08:00:00Z", 900, 900),
        ]
    );
    assert_eq!(
        (&records[3]["case_title"], &records[3]["ticket_title"]),
        (&Value::from("A case"), &Value::Null)
    );

    let table = env.run(&range).ok().stdout.clone();
    let lines: Vec<&str> = table.lines().collect();
    let short_case = &case[..8];
    assert!(lines[0].starts_with("DAY") && lines[0].contains("USER"), "{table}");
    assert!(lines[1].starts_with("2024-03-12  22:00  00:00") && lines[1].contains("tess"), "{table}");
    assert!(lines[2].starts_with("            23:00  23:30") && lines[2].contains("admin"), "{table}");
    assert!(lines[3].contains("2:30:00") && lines[3].contains("day total"), "{table}");
    assert!(lines[4].starts_with("2024-03-13  00:00  02:00"), "{table}");
    assert!(lines[5].contains(&format!("{short_case} A case")), "{table}");
    assert!(lines[6].contains("3:00:00") && lines[6].contains("day total"), "{table}");
    assert!(lines[7].starts_with("2024-03-14  08:00  08:15") && lines[8].contains("0:15:00"), "{table}");
    assert!(lines[9].starts_with("total") && lines[9].contains("5:45:00"), "{table}");
    assert_eq!(lines.len(), 10, "{table}");
}

/// `--limit N` lists the latest N sessions by start, still oldest first, on either store and
/// through a server; a table with no rows says so on stderr and succeeds.
#[test]
fn limit_lists_the_latest_sessions_oldest_first_and_an_empty_table_says_so() {
    let env = Env::new();
    env.run(&["ticket", "create", "Printer", "-q"]).ok();
    for (from, to, note) in
        [("08:00", "08:30", "first"), ("09:00", "09:30", "second"), ("10:00", "10:30", "third")]
    {
        env.run(&["timer", "manual", "--ticket", "1", "--from", from, "--to", to, "--note", note]).ok();
    }
    let notes = |args: &[&str]| -> Vec<String> {
        let json = env.run(&[&["session", "list", "--format", "json"], args].concat()).ok().json();
        json.as_array().into_iter().flatten().filter_map(|s| s["note"].as_str().map(String::from)).collect()
    };
    assert_eq!(notes(&["--limit", "2"]), ["second", "third"]);
    assert_eq!(notes(&["--limit", "9"]), ["first", "second", "third"]);
    assert_eq!(notes(&["--limit", "1", "--ticket", "1"]), ["third"]);
    let table = env.run(&["session", "list", "--limit", "2"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[1].contains("second") && lines[2].contains("third"), "{lines:?}");
    env.run(&["session", "list", "--limit", "0"]).fails(2, "--limit");

    let empty = env.run(&["session", "list", "--from", "2020-01-01", "--to", "2020-01-02"]);
    assert_eq!((empty.ok().stdout.as_str(), empty.stderr.as_str()), ("", "no work sessions match\n"));
    let json =
        env.run(&["session", "list", "--from", "2020-01-01", "--to", "2020-01-02", "--format", "json"]);
    assert_eq!((json.ok().stdout.as_str(), json.stderr.as_str()), ("[]\n", ""));
    let none = env.run(&["ticket", "list", "--status", "closed"]);
    assert_eq!((none.ok().stdout.as_str(), none.stderr.as_str()), ("", "no tickets match\n"));
}
